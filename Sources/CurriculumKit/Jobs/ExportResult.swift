/// What `export` made: the document, rendered in the format asked for, or the findings that
/// stopped it.
public struct ExportResult: JobResult {
    /// The findings to show: only those that stopped the export (a handout that could be made
    /// says nothing).
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    public var document: ExportDocument?
    /// The document in the format asked for; for PDF, the HTML to print.
    public var rendered: String?
    /// Every file read, which `--output` may not name (`OutputGuard`).
    public var filesRead: [String] = []

    public init() {}

    /// Whether the document was made.
    public var succeeded: Bool { rendered != nil && !hasErrors }
}
