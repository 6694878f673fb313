/// The comparison, or the findings of a plan that could not be laid out.
public struct PlanDiffResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The comparison; `nil` when a plan could not be laid out.
    public var diff: PlanDiff?
    /// The comparison in words, for standard output.
    public var output: String?
}
