/// Codes for the structure of a curriculum and the fields every exercise needs (CUR2xx, rule part;
/// CUR220-222 are the loader's file codes).
extension DiagnosticCode {
    public static let duplicateExerciseID = DiagnosticCode(
        "CUR201", "duplicate-exercise-id", .error,
        summary: "two exercises have the same ID",
        help: "Give each exercise its own ID; plans and cross-references name exercises by ID.")
    public static let misplacedExerciseID = DiagnosticCode(
        "CUR202", "misplaced-exercise-id", .error,
        summary: "an exercise's ID does not agree with the module, topic or level it sits under",
        help:
            "Correct the ID so that it starts with the module number, topic letter and level of the headings above it, or move the exercise."
    )
    public static let numberingGap = DiagnosticCode(
        "CUR203", "numbering-gap", .warning,
        summary: "a number or letter is skipped in the numbering of topics, levels or exercises",
        help: "Renumber so that the sequence has no holes, or add the missing element.")
    public static let numberingOutOfOrder = DiagnosticCode(
        "CUR204", "numbering-out-of-order", .warning,
        summary: "topics, levels or exercises are not in ascending order",
        help: "Move the element to its place in the sequence, or renumber.")
    public static let emptyTopic = DiagnosticCode(
        "CUR205", "empty-topic", .warning,
        summary: "a topic holds no exercises",
        help: "Add the topic's exercises, or remove the topic heading.")
    public static let emptyLevel = DiagnosticCode(
        "CUR206", "empty-level", .warning,
        summary: "a level holds no exercises",
        help: "Add the level's exercises, or remove the level heading.")
    public static let skippedHeadingLevel = DiagnosticCode(
        "CUR207", "skipped-heading-level", .warning,
        summary: "an exercise heading skips a heading level, or has one too many `#`",
        help: "Use `####` for exercises under a `### Niveau` heading and `###` for exercises directly under a topic.")

    public static let missingTitle = DiagnosticCode(
        "CUR210", "missing-title", .error,
        summary: "an exercise heading has an ID but no title",
        help: "Write the title after the ID: `#### 1.A.1.1 De rollen van de coach`.")
    public static let missingGoals = DiagnosticCode(
        "CUR211", "missing-goals", .error,
        summary: "an exercise has no learning goal",
        help: "Add a `Leerdoelen:` field with at least one goal.")
    public static let missingDuration = DiagnosticCode(
        "CUR212", "missing-duration", .error,
        summary: "an exercise has no duration",
        help: "Add a `Duur:` field (`Duur: 1 uur`); plans cannot schedule an exercise without one.")
    public static let missingProcedure = DiagnosticCode(
        "CUR213", "missing-procedure", .error,
        summary: "an exercise has no procedure",
        help: "Add a `Procedure:` field with the steps the trainer follows.")
    public static let emptyFeedback = DiagnosticCode(
        "CUR214", "empty-feedback", .warning,
        summary: "a feedback field with nothing in it",
        help: "Write how the trainer closes the exercise, or remove the empty label.")

    static let structureCodes: [DiagnosticCode] = [
        duplicateExerciseID, misplacedExerciseID, numberingGap, numberingOutOfOrder, emptyTopic, emptyLevel,
        skippedHeadingLevel, missingTitle, missingGoals, missingDuration, missingProcedure, emptyFeedback,
    ]
}
