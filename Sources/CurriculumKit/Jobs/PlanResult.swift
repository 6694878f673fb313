/// What `plan` produced: the agenda or document to print, the findings, and the plan file saved.
public struct PlanResult: JobResult {
    /// Why the request cannot be carried out as asked: a mistake in what was asked, not in a file.
    public enum Problem: Error, Equatable, Sendable {
        /// The selection or fill names nothing, or something the curriculum lacks.
        case selection(Selection.Failure)
        /// No day's hours were given and the manifest has none.
        case noDayFrame
        /// An ICS calendar needs dates; these days have none.
        case undatedDays([Int])
        /// The `--write` target's name does not end in `.plan.md`.
        case notAPlanFileName(String)
    }

    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The laid-out plan, when there is one.
    public var schedule: Schedule?
    /// The rendered plan, for standard output.
    public var output = ""
    public var problem: Problem?
    /// The plan file written, when one was asked for and written.
    public var writtenPlanFile: String?
    /// Every file read, which `--write` may not name (`OutputGuard`).
    public var filesRead: [String] = []

    public init() {}

    /// Whether the plan fits and nothing is wrong.
    public var succeeded: Bool {
        problem == nil && !hasErrors && (schedule?.fits ?? false)
    }
}
