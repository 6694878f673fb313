/// One exercise, topic or module as a document, set exactly as the booklet sets it: what `show`
/// prints, so that `show` and `export` never render the same exercise two ways.
///
/// The excerpt's own heading is its title (level 1); everything below keeps the booklet's order.
public struct ExcerptBuilder: Sendable {
    public init() {}

    public func document(for exercise: Exercise, in curriculum: Curriculum) -> ExportDocument {
        let labels = Labels(curriculum.language)
        let section = ExerciseSection(
            labels: labels, catalogue: curriculum.annexCatalogue, content: .trainer, headingLevel: 1,
            startsPage: false
        ).section(exercise)
        return document("\(exercise.id) \(exercise.title)", section, in: curriculum)
    }

    public func document(for topic: Topic, in curriculum: Curriculum) -> ExportDocument {
        let section = BookletBuilder().section(topic, in: curriculum, labels: Labels(curriculum.language), level: 1)
        return document("\(topic.id) \(topic.title)", section, in: curriculum)
    }

    public func document(for module: Module, in curriculum: Curriculum) -> ExportDocument {
        let labels = Labels(curriculum.language)
        let section = BookletBuilder().section(module, in: curriculum, labels: labels, level: 1, startsPage: false)
        return document("\(labels.module) \(module.number): \(module.title)", section, in: curriculum)
    }

    private func document(_ title: String, _ section: DocumentNode, in curriculum: Curriculum) -> ExportDocument {
        ExportDocument(title: title, language: curriculum.language, kind: .booklet, nodes: [section])
    }
}
