/// Lays out a reference booklet of a whole curriculum or one module: a cover, a table of contents,
/// every module's and topic's introduction and goals, and every exercise in full.
///
/// Headings follow the curriculum's own depth: module (2), topic (3), level (4), exercise (5, or 4
/// in a module without levels), so no level is ever skipped.
public struct BookletBuilder: Sendable {
    /// Only this module, or the whole curriculum.
    public var module: Int?

    public init(module: Int? = nil) {
        self.module = module
    }

    /// The booklet; `nil` when `module` names a module the curriculum does not have.
    public func document(for curriculum: Curriculum) -> ExportDocument? {
        let labels = Labels(curriculum.language)
        let modules = curriculum.modules.filter { module == nil || $0.number == module }
        if module != nil && modules.isEmpty { return nil }
        let exercises = modules.flatMap(\.exercises)
        var cover: [DocumentNode] = []
        var title = curriculum.title
        if let only = modules.first, module != nil {
            title = "\(labels.module) \(only.number): \(only.title)"
            cover.append(.paragraph([.text(curriculum.title)], style: .small))
        }
        cover.append(.heading(1, title))
        let total = exercises.reduce(Duration.zero) { $0 + $1.minutes }
        cover.append(
            .paragraph(
                [.text("\(labels.booklet) · \(labels.exerciseCount(exercises.count)), \(labels.duration(total))")],
                style: .lead))
        if module == nil { cover += CurriculumTextNodes.nodes(curriculum.manifest.description) }
        var nodes: [DocumentNode] = [
            .section(DocumentNode.Section(.cover, nodes: cover)),
            contents(modules, labels: labels, names: curriculum.manifest.levelNames),
        ]
        let annexIndex = curriculum.annexCatalogue?.firstIndexByID ?? [:]
        for module in modules {
            nodes.append(section(module, in: curriculum, labels: labels, annexIndex: annexIndex))
        }
        return ExportDocument(title: title, language: curriculum.language, kind: .booklet, nodes: nodes)
    }

    static func anchor(_ module: Module) -> String { "module-\(module.number)" }
    static func anchor(_ topic: Topic) -> String { "topic-\(topic.id.module)-\(topic.id.letter)" }

    private func contents(_ modules: [Module], labels: Labels, names: [Int: String]) -> DocumentNode {
        let items = modules.map { module in
            DocumentNode.List.Item(
                [
                    .link(
                        [.text("\(labels.module) \(module.number): \(module.title)")], target: "#" + Self.anchor(module)
                    )
                ],
                aside: labels.exerciseCount(module.exercises.count),
                children: DocumentNode.List(
                    .bullets,
                    items: module.topics.map { topic in
                        DocumentNode.List.Item(
                            [.link([.text("\(topic.id) \(topic.title)")], target: "#" + Self.anchor(topic))],
                            aside: labels.exerciseCount(topic.exercises.count))
                    }))
        }
        return .section(
            DocumentNode.Section(
                .contents, anchor: "contents",
                nodes: [.heading(2, labels.contents), .list(DocumentNode.List(.bullets, items: items))]))
    }

    /// A module's section: its heading at `level`, introduction, goals and every topic below it.
    func section(
        _ module: Module, in curriculum: Curriculum, labels: Labels, level: Int = 2, startsPage: Bool = true,
        annexIndex: [AnnexID: Int]? = nil
    ) -> DocumentNode {
        let annexIndex = annexIndex ?? curriculum.annexCatalogue?.firstIndexByID ?? [:]
        var nodes: [DocumentNode] = [.heading(level, "\(labels.module) \(module.number): \(module.title)")]
        nodes += CurriculumTextNodes.nodes(module.introduction)
        if !module.goals.isEmpty {
            nodes.append(.heading(level + 1, labels.generalGoals))
            nodes.append(CurriculumTextNodes.goals(module.goals))
        }
        for topic in module.topics {
            nodes.append(section(topic, in: curriculum, labels: labels, level: level + 1, annexIndex: annexIndex))
        }
        return .section(
            DocumentNode.Section(.module, anchor: Self.anchor(module), startsPage: startsPage, nodes: nodes))
    }

    /// A topic's section: its heading at `level`, introduction, goals, and every level with its
    /// exercises.
    func section(
        _ topic: Topic, in curriculum: Curriculum, labels: Labels, level: Int = 3, annexIndex: [AnnexID: Int]? = nil
    ) -> DocumentNode {
        let annexIndex = annexIndex ?? curriculum.annexCatalogue?.firstIndexByID ?? [:]
        var topicNodes: [DocumentNode] = [.heading(level, "\(topic.id) \(topic.title)")]
        topicNodes += CurriculumTextNodes.nodes(topic.introduction)
        if !topic.goals.isEmpty {
            topicNodes.append(.heading(level + 1, labels.levelGoals))
            topicNodes.append(CurriculumTextNodes.goals(topic.goals))
        }
        for courseLevel in topic.levels {
            var exerciseLevel = level + 1
            var levelNodes: [DocumentNode] = []
            if !courseLevel.isImplicit {
                exerciseLevel = level + 2
                levelNodes.append(
                    .heading(level + 1, labels.levelTitle(courseLevel, names: curriculum.manifest.levelNames)))
                levelNodes += CurriculumTextNodes.nodes(courseLevel.introduction)
                if !courseLevel.goals.isEmpty {
                    levelNodes.append(.heading(level + 2, labels.levelGoals))
                    levelNodes.append(CurriculumTextNodes.goals(courseLevel.goals))
                }
            }
            let sections = ExerciseSection(
                labels: labels, catalogue: curriculum.annexCatalogue, content: .trainer,
                headingLevel: exerciseLevel, startsPage: false, annexIndex: annexIndex)
            levelNodes += courseLevel.exercises.map { sections.section($0) }
            topicNodes.append(
                courseLevel.isImplicit
                    ? .section(DocumentNode.Section(.part, nodes: levelNodes))
                    : .section(DocumentNode.Section(.level, nodes: levelNodes)))
        }
        return .section(DocumentNode.Section(.topic, anchor: Self.anchor(topic), nodes: topicNodes))
    }
}
