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

    /// The report with only its errors: what `--quiet` shows.
    public var errorsOnly: CheckReport {
        var report = self
        report.diagnostics = diagnostics.filter { $0.severity == .error }
        return report
    }

    /// Whether the check failed: any error, or with `strict` any warning.
    public func fails(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }
}
