/// The `list` pipeline: the tree of modules, topics, levels and exercises with durations and
/// totals, as text or as JSON.
public struct ListJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: ListRequest) -> ListResult {
        let found = CurriculumLookup(loader: CurriculumLoader(fileSystem: fileSystem)).load(
            [request.curriculumPath], commandLine: request.commandLine)
        guard let curriculum = found.curriculum?.speaking(request.language) else {
            return ListResult(diagnostics: found.diagnostics.sortedByLocation(), sources: found.sources)
        }
        if let module = request.module, curriculum.module(number: module) == nil {
            return ListResult(diagnostics: [.noModule(module, in: curriculum)])
        }
        switch request.format {
        case .json:
            var selected = curriculum
            selected.modules = curriculum.modules.filter { request.module == nil || $0.number == request.module }
            return ListResult(output: JSONText.encode(Listing(curriculum: selected, level: request.level)) + "\n")
        case .text:
            let renderer = OutlineRenderer(depth: request.depth, level: request.level, module: request.module)
            return ListResult(output: renderer.render(curriculum))
        }
    }
}

extension Diagnostic {
    fileprivate static func noModule(_ number: Int, in curriculum: Curriculum) -> Diagnostic {
        Diagnostic(
            .notInCurriculum, "the curriculum has no module \(number)", at: nil,
            hint: FixHint("its modules are \(curriculum.modules.map { "\($0.number)" }.joined(separator: ", "))"))
    }
}
