/// The outcome of `import book`: the folder written and the report's counts, or why nothing was.
public struct ImportBookResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] { [:] }
    /// The folder written, `nil` when nothing was.
    public var folder: String?
    /// The files written into it, by name.
    public var files: [String] = []
    /// The exercises imported.
    public var exerciseCount = 0
    /// Places the report asks a person to check.
    public var doubtCount = 0
    /// Repairs the report lists.
    public var repairCount = 0
}
