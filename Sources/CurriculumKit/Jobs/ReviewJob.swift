/// The `review` pipeline: every plan laid out against the curriculum it names, its items compared
/// with their actuals, and the figures per exercise gathered across all plans.
public struct ReviewJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: ReviewRequest) -> ReviewResult {
        let delivered = DeliveredPlans(
            paths: request.paths, names: request.names, loader: CurriculumLoader(fileSystem: fileSystem))
        var result = ReviewResult(diagnostics: delivered.diagnostics, sources: delivered.sources)
        guard let review = delivered.review else { return result }
        result.review = review
        switch request.format {
        case .text:
            result.output = ReviewRenderer.text(review, language: request.language ?? delivered.language ?? .dutch)
        case .json: result.output = JSONText.encode(review)
        case .csv: result.output = ReviewRenderer.csv(review)
        }
        return result
    }
}
