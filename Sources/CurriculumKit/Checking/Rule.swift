/// One check over a loaded curriculum.
///
/// A rule is a small value with no state of its own: it reads the curriculum and returns findings.
/// Each rule documents itself: its codes, and examples that trigger and do not trigger it, which one
/// generic test runs.
public protocol Rule: Sendable {
    /// The codes this rule can report.
    static var codes: [DiagnosticCode] { get }
    /// Curriculum snippets that must and must not trigger the rule, with `↓` where each finding
    /// starts; one generic test runs them all (see `RuleExample`).
    static var examples: [RuleExample] { get }
    func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic]
}

/// What a rule may consult besides the curriculum: the file system (for annex files) and options.
public struct CheckContext: Sendable {
    public var fileSystem: any FileSystem
    /// The longest plausible exercise, in minutes (a course day).
    public var longestPlausibleMinutes: Int
    /// The decoded files of the curriculum, by path: rules that look at running text (cross-references)
    /// read the lines themselves, to report exact columns.
    public var sources: [String: SourceText]
    /// The module files' bytes with their comments blanked, by path, as the parser read them
    /// (`CurriculumLoader.Result.commentFreeBytes`); a rule blanks a file missing here itself.
    public var commentFreeBytes: [String: [UInt8]]
    /// The curriculum's in-file suppressions, when known: what a rule may ask before spending work
    /// that only a reader of the finding would see (`Suppressions.silences`).
    public var suppressions: Suppressions?

    public init(
        fileSystem: any FileSystem, longestPlausibleMinutes: Int = 8 * 60, sources: [String: SourceText] = [:],
        commentFreeBytes: [String: [UInt8]] = [:], suppressions: Suppressions? = nil
    ) {
        self.fileSystem = fileSystem
        self.longestPlausibleMinutes = longestPlausibleMinutes
        self.sources = sources
        self.commentFreeBytes = commentFreeBytes
        self.suppressions = suppressions
    }
}
