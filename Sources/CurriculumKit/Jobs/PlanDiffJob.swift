/// What `plan diff` is asked for: two plan files to lay out and compare.
public struct PlanDiffRequest: Sendable {
    /// The plan files' paths as the user sees them.
    public var old: String
    public var new: String
    /// The names the comparison shows for them (the paths as typed).
    public var oldName: String
    public var newName: String
    public var autoBreaks = false

    public init(old: String, new: String, oldName: String? = nil, newName: String? = nil) {
        self.old = old
        self.new = new
        self.oldName = oldName ?? old
        self.newName = newName ?? new
    }
}

/// The comparison, or the findings of a plan that could not be laid out.
public struct PlanDiffResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The comparison; `nil` when a plan could not be laid out.
    public var diff: PlanDiff?
    /// The comparison in words, for standard output.
    public var output: String?
}

/// The `plan diff` pipeline: both plans laid out, each against the curriculum it names, and
/// compared exercise by exercise.
public struct PlanDiffJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: PlanDiffRequest) -> PlanDiffResult {
        var schedules: [Schedule] = []
        let loader = CurriculumLoader(fileSystem: fileSystem)
        for path in [request.old, request.new] {
            let loaded = ScheduledPlan.load(path: path, loader: loader, autoBreaks: request.autoBreaks)
            guard let schedule = loaded.schedule else {
                let errors = loaded.diagnostics.sortedByLocation().filter { $0.severity == .error }
                return PlanDiffResult(diagnostics: errors + [.notLaidOut(path)], sources: loaded.sources)
            }
            schedules.append(schedule)
        }
        let diff = PlanDiff(old: schedules[0], new: schedules[1])
        return PlanDiffResult(diff: diff, output: diff.render(oldName: request.oldName, newName: request.newName))
    }
}

extension Diagnostic {
    fileprivate static func notLaidOut(_ path: String) -> Diagnostic {
        Diagnostic(.planHasErrors, "cannot lay out '\(path)'; 'curriculum check \(path)' shows every problem", at: nil)
    }
}
