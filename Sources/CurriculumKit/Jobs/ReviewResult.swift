/// The review, or the findings of a plan that could not be laid out.
public struct ReviewResult: JobResult {
    /// The findings about actuals (CUR720, CUR721), and why a plan could not be laid out.
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The review; `nil` when a plan could not be laid out.
    public var review: Review?
    /// The review in the format asked for, for standard output.
    public var output: String?
}
