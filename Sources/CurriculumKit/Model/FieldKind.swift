/// The kinds of labelled field the format knows, in every file type.
///
/// One table of labels (see `LabelTable`) maps the words authors write, in Dutch and English, to
/// these kinds.
public enum FieldKind: String, Hashable, Sendable, Codable, CaseIterable {
    // Exercise fields, in canonical order.
    case goals
    case duration
    case procedure
    case feedback
    case annexes
    case materials
    case preparation
    case groupSize
    case notes
    case formerIDs
    // Manifest fields.
    case language
    case description
    case levels
    case dayFrame
    case lunchWindow
    case maximumStretch
    case breakMinutes
    case lunchMinutes
    case participantsPerTrainer
    case modules
    case annexFile
    case notation
    // Catalogue fields.
    case location

    /// Fields an exercise may carry.
    public static let exerciseFields: [FieldKind] = [
        .goals, .duration, .procedure, .feedback, .annexes, .materials, .preparation, .groupSize, .notes, .formerIDs,
    ]
    /// Fields a manifest may carry.
    public static let manifestFields: [FieldKind] = [
        .language, .description, .levels, .dayFrame, .lunchWindow, .maximumStretch, .breakMinutes, .lunchMinutes,
        .participantsPerTrainer, .modules, .annexFile, .notation,
    ]
}
