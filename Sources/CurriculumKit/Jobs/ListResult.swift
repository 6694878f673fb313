/// The outline, or the findings that stopped it.
public struct ListResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The outline as text or JSON, for standard output.
    public var output: String?
}
