/// The totals and the verdict, or why there are none.
public struct BudgetResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The selection cannot be made: a mistake in what was asked.
    public var problem: Selection.Failure?
    /// The totals, and the verdict line when a target was given, for standard output.
    public var output: String?
    /// Whether the programme fits the target (true without a target).
    public var fits = true
}
