/// What `budget` is asked for: the time totals of a curriculum or a selection, and whether they
/// fit a target.
public struct BudgetRequest: Sendable {
    public var curriculumPath = CurriculumLookup.defaultPath
    /// Exercise IDs, topics or modules; empty for the whole curriculum.
    public var selection: [String] = []
    public var level: Int?
    /// Training minutes in one course day; `nil` for the manifest's day minus lunch.
    public var dayMinutes: Int?
    public var target: Budget.Target?
    /// The command as typed (`curriculum budget`), for hints.
    public var commandLine = "curriculum budget"

    public init() {}
}

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

/// The `budget` pipeline: totals per module, topic and level, the days each needs, the verdict.
public struct BudgetJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: BudgetRequest) -> BudgetResult {
        let found = CurriculumLookup(loader: CurriculumLoader(fileSystem: fileSystem)).load(
            [request.curriculumPath], commandLine: request.commandLine)
        guard let curriculum = found.curriculum else {
            return BudgetResult(diagnostics: found.diagnostics.sortedByLocation(), sources: found.sources)
        }
        var dayMinutes = request.dayMinutes
        if dayMinutes == nil, let frame = curriculum.manifest.dayFrame {
            let policy = BreakPolicy(manifest: curriculum.manifest, settings: PlanSettings())
            dayMinutes = frame.minutes - (policy.includesLunch(frame) ? policy.lunchMinutes : 0)
        }
        let exercises: [Exercise]
        switch Selection.parse(request.selection, level: request.level).flatMap({ $0.exercises(in: curriculum) }) {
        case .success(let list): exercises = list
        case .failure(let failure): return BudgetResult(problem: failure)
        }
        let budget = Budget(curriculum: curriculum, exercises: exercises, dayMinutes: dayMinutes)
        var result = BudgetResult(output: budget.render())
        if let target = request.target {
            let (fits, text) = budget.verdict(for: target)
            result.output? += "Verdict: \(text)\n"
            result.fits = fits
        }
        return result
    }
}
