/// fit a target.
public struct BudgetRequest: Sendable {
    public var curriculumPath = CurriculumLookup.defaultPath
    /// Exercise IDs, topics or modules; empty for the whole curriculum.
    public var selection: [String] = []
    public var level: Int?
    /// Training minutes in one course day; `nil` for the manifest's day minus lunch.
    public var dayMinutes: Int?
    public var target: Budget.Target?
    /// The command as typed (`curriculum budget`), for hints.
    public var commandLine = "curriculum budget"
    /// The language of what the output says about the curriculum (`--lang`); `nil`: the
    /// curriculum's own.
    public var language: Language?
    /// Delivered plan files (or folders of them) whose actual times replace the curriculum's
    /// durations (`--calibrate`); empty: the curriculum's durations.
    public var calibration: [String] = []

    public init() {}
}
