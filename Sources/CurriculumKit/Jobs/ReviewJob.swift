/// The `review` pipeline: every plan laid out against the curriculum it names, its items compared
/// with their actuals, and the figures per exercise gathered across all plans.
public struct ReviewJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// The findings a review passes on: an actual it could not read would be missing from the figures.
    static let actualCodes: Set<DiagnosticCode> = [.badActual, .actualOutsideItem]

    public func run(_ request: ReviewRequest) -> ReviewResult {
        let loader = CurriculumLoader(fileSystem: fileSystem)
        var result = ReviewResult()
        var plans: [(name: String, plan: Plan, schedule: Schedule)] = []
        var language: Language?
        for (index, path) in request.paths.enumerated() {
            let loaded = ScheduledPlan.load(path: path, loader: loader)
            result.sources.merge(loaded.sources) { a, _ in a }
            guard let plan = loaded.plan, let schedule = loaded.schedule else {
                let errors = loaded.diagnostics.sortedByLocation().filter { $0.severity == .error }
                result.diagnostics += errors + [.notReviewed(path)]
                continue
            }
            result.diagnostics += loaded.diagnostics.sortedByLocation().filter { Self.actualCodes.contains($0.code) }
            language = language ?? loaded.curriculum?.manifest.language
            let name = index < request.names.count ? request.names[index] : path
            plans.append((name, plan, schedule))
        }
        guard plans.count == request.paths.count else { return result }
        let review = Review(plans: plans) { location in
            guard case .success(let source) = loader.source(at: location.file) else { return nil }
            return source.line(location.line)
        }
        result.review = review
        switch request.format {
        case .text: result.output = ReviewRenderer.text(review, language: language ?? .dutch)
        case .json: result.output = JSONText.encode(review)
        case .csv: result.output = ReviewRenderer.csv(review)
        }
        return result
    }
}

extension Diagnostic {
    fileprivate static func notReviewed(_ path: String) -> Diagnostic {
        Diagnostic(
            .planHasErrors, "cannot lay out '\(path)' to review it; 'curriculum check \(path)' shows every problem",
            at: nil)
    }
}
