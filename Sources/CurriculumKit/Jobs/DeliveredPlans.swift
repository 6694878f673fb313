/// Delivered plan files read for `review` and `--calibrate`: each laid out against the curriculum
/// it names, and compared with its actuals. A folder stands for the `*.plan.md` files in it.
struct DeliveredPlans {
    var review: Review?
    var diagnostics: [Diagnostic] = []
    var sources: [String: SourceText] = [:]
    /// The language of the first plan's curriculum.
    var language: Language?

    /// The findings a review passes on: an actual it could not read would be missing from the figures.
    static let actualCodes: Set<DiagnosticCode> = [.badActual, .actualOutsideItem]

    init(paths: [String], names: [String]? = nil, loader: CurriculumLoader) {
        let fileSystem = loader.fileSystem
        var files: [(path: String, name: String)] = []
        for (index, path) in paths.enumerated() {
            let name = names.flatMap { index < $0.count ? $0[index] : nil } ?? path
            if case .directory = fileSystem.kind(of: path), case .success(let entries) = fileSystem.entries(of: path) {
                for entry in entries.sorted() where entry.hasSuffix(PlanParser.fileSuffix) && !entry.hasPrefix(".") {
                    files.append((fileSystem.join(path, entry), fileSystem.join(name, entry)))
                }
            } else {
                files.append((path, name))
            }
        }
        var plans: [(name: String, plan: Plan, schedule: Schedule)] = []
        for (path, name) in files {
            let loaded = ScheduledPlan.load(path: path, loader: loader)
            sources.merge(loaded.sources) { a, _ in a }
            // A file of the curriculum left out stops the review, as it stops every command.
            guard let plan = loaded.plan, let schedule = loaded.schedule,
                !loaded.diagnostics.contains(where: \.isFileProblem)
            else {
                let errors = loaded.diagnostics.sortedByLocation().filter { $0.severity == .error }
                diagnostics += errors + [.notReviewed(path)]
                continue
            }
            diagnostics += loaded.diagnostics.sortedByLocation().filter { Self.actualCodes.contains($0.code) }
            language = language ?? loaded.curriculum?.manifest.language
            plans.append((name, plan, schedule))
        }
        guard plans.count == files.count else { return }
        review = Review(plans: plans) { location in
            guard case .success(let source) = loader.source(at: location.file) else { return nil }
            return source.line(location.line)
        }
    }
}

extension Diagnostic {
    fileprivate static func notReviewed(_ path: String) -> Diagnostic {
        Diagnostic(
            .planHasErrors,
            en: "cannot lay out '\(path)' to learn from it; 'curriculum check \(path)' shows every problem",
            nl: "'\(path)' kan niet ingepland worden om ervan te leren; 'curriculum check \(path)' toont elk probleem",
            at: nil)
    }
}
