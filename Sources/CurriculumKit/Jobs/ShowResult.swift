/// The exercise, topic or module, or the findings that stopped it.
public struct ShowResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The text or JSON, for standard output.
    public var output: String?
}
