/// The `plan diff` pipeline: both plans laid out, each against the curriculum it names, and
/// compared exercise by exercise.
public struct PlanDiffJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: PlanDiffRequest) -> PlanDiffResult {
        var schedules: [Schedule] = []
        var language = request.language
        let loader = CurriculumLoader(fileSystem: fileSystem)
        for path in [request.old, request.new] {
            let loaded = ScheduledPlan.load(path: path, loader: loader, autoBreaks: request.autoBreaks)
            guard let schedule = loaded.schedule else {
                let errors = loaded.diagnostics.sortedByLocation().filter { $0.severity == .error }
                return PlanDiffResult(diagnostics: errors + [.notLaidOut(path)], sources: loaded.sources)
            }
            schedules.append(schedule)
            language = language ?? loaded.curriculum?.language
        }
        let diff = PlanDiff(old: schedules[0], new: schedules[1])
        let renderer = PlanDiffRenderer(language: language ?? schedules[1].metadata.language)
        return PlanDiffResult(
            diff: diff, output: renderer.render(diff, oldName: request.oldName, newName: request.newName))
    }
}

extension Diagnostic {
    fileprivate static func notLaidOut(_ path: String) -> Diagnostic {
        Diagnostic(
            .planHasErrors, en: "cannot lay out '\(path)'; 'curriculum check \(path)' shows every problem",
            nl: "'\(path)' kan niet ingepland worden; 'curriculum check \(path)' toont elk probleem", at: nil)
    }
}
