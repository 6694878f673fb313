/// Everything one run of `check` found, with what renderers need to show it.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Every file read, in reading order.
    public var files: [String]
    /// The decoded files, for quoting source lines.
    public var sources: [String: SourceText]
    /// How many findings `--max-errors` left out.
    public var truncated: Int

    public init(
        diagnostics: [Diagnostic] = [], files: [String] = [], sources: [String: SourceText] = [:], truncated: Int = 0
    ) {
        self.diagnostics = diagnostics
        self.files = files
        self.sources = sources
        self.truncated = truncated
    }

    public var errorCount: Int { diagnostics.errorCount }
    public var warningCount: Int { diagnostics.warningCount }
    public var noteCount: Int { diagnostics.noteCount }

    /// Whether an input could not be read at all (exit status 2 rather than 1).
    public var hasUnreadableInput: Bool {
        diagnostics.contains { $0.isUnreadableInput }
    }
}
