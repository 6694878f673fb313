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
        case .ids:
            let names =
                curriculum.exercises.map(\.id.description) + curriculum.topics.map(\.id.description)
                + curriculum.modules.map { "\($0.number)" }
            return ListResult(output: Self.lines(names))
        case .topics:
            return ListResult(output: Self.lines(curriculum.topics.map(\.id.description)))
        case .plans:
            return ListResult(output: Self.lines(planFiles(of: curriculum.folder)))
        case .text:
            let renderer = OutlineRenderer(depth: request.depth, level: request.level, module: request.module)
            return ListResult(output: renderer.render(curriculum))
        }
    }

    /// The plan files kept with a curriculum: `*.plan.md` in its folder or in its `plans/`.
    func planFiles(of folder: String) -> [String] {
        [folder, fileSystem.join(folder, Checker.plansFolderName)].flatMap { planFolder in
            guard case .success(let names) = fileSystem.entries(of: planFolder) else { return [String]() }
            return names.filter { $0.hasSuffix(PlanParser.fileSuffix) && !$0.hasPrefix(".") }.map {
                fileSystem.join(planFolder, $0)
            }
        }
    }

    static func lines(_ names: [String]) -> String {
        names.map { $0 + "\n" }.joined()
    }
}

extension Diagnostic {
    fileprivate static func noModule(_ number: Int, in curriculum: Curriculum) -> Diagnostic {
        let modules = curriculum.modules.map { "\($0.number)" }.joined(separator: ", ")
        return Diagnostic(
            .notInCurriculum, en: "the curriculum has no module \(number)",
            nl: "het curriculum heeft geen module \(number)", at: nil,
            hint: FixHint(en: "its modules are \(modules)", nl: "de modules zijn \(modules)"))
    }
}
