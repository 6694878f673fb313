/// The files `init` wrote, or why it wrote none.
public struct InitResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] { [:] }
    /// Every file written, in writing order.
    public var created: [String] = []
}
