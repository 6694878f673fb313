/// What every job hands back besides its output: its findings, and the sources to quote them from.
///
/// A job never prints and never exits; the caller (the command line, a language server, a test)
/// decides what to show, and chooses its exit status from these two questions alone.
public protocol JobResult: Sendable {
    /// Every finding, for the caller to show in reading order.
    var diagnostics: [Diagnostic] { get }
    /// The files read, by path, so that a finding can quote its source line.
    var sources: [String: SourceText] { get }
}

extension JobResult {
    /// Whether an input could not be read at all (exit status 2 on the command line), by the one
    /// definition every command shares: `Diagnostic.isUnreadableInput`.
    public var hasUnreadableInput: Bool {
        diagnostics.contains { $0.isUnreadableInput }
    }

    /// Whether any finding is an error (exit status 1 on the command line).
    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
