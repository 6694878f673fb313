/// One exercise as a document section: the part handouts and booklets share.
struct ExerciseSection {
    /// What of the exercise to show.
    enum Content {
        /// Everything a trainer needs to run it.
        case trainer
        /// What participants may read beforehand: goals, annexes; no instructions or feedback.
        case participant
    }

    var labels: Labels
    var catalogue: AnnexCatalogue?
    var content: Content
    /// The heading level of the exercise's title; its parts are one level deeper.
    var headingLevel: Int
    var startsPage: Bool
    /// `catalogue.firstIndexByID`, made once for all the sections of a document.
    var annexIndex: [AnnexID: Int]

    init(
        labels: Labels, catalogue: AnnexCatalogue?, content: Content, headingLevel: Int, startsPage: Bool,
        annexIndex: [AnnexID: Int]? = nil
    ) {
        self.labels = labels
        self.catalogue = catalogue
        self.content = content
        self.headingLevel = headingLevel
        self.startsPage = startsPage
        self.annexIndex = annexIndex ?? catalogue?.firstIndexByID ?? [:]
    }

    /// The catalogue's first entry with this ID.
    func entry(id: AnnexID) -> AnnexEntry? {
        guard let catalogue, let index = annexIndex[id], catalogue.entries.indices.contains(index) else { return nil }
        return catalogue.entries[index]
    }

    /// The section; `slot` is when the agenda runs it, and `date` the day in words when the agenda
    /// has several days.
    func section(_ exercise: Exercise, slot: Handout.Entry? = nil, date: String? = nil, context: String? = nil)
        -> DocumentNode
    {
        var nodes: [DocumentNode] = []
        if let context { nodes.append(.paragraph([.text(context)], style: .small)) }
        nodes.append(
            .heading(level: headingLevel, [.text(exercise.id.description + " " + exercise.title)], anchor: nil))
        var details: [DocumentNode.Detail] = []
        if let slot {
            details.append(.init(labels.plannedStart, date.map { "\($0), \(slot.timeText)" } ?? slot.timeText))
        }
        if let duration = exercise.duration {
            var text = duration.value.map(labels.duration) ?? duration.text
            if let remark = duration.remark { text += " — " + remark }
            details.append(.init(labels.duration, text))
        }
        if let groupSize = exercise.groupSize, content == .trainer {
            details.append(.init(labels.groupSize, [.text(groupSize)]))
        }
        if !details.isEmpty { nodes.append(.details(details)) }
        if !exercise.description.isBlank { nodes += CurriculumTextNodes.nodes(exercise.description) }
        let part = headingLevel + 1
        if !exercise.goals.isEmpty {
            nodes.append(.heading(part, labels.goals))
            nodes.append(CurriculumTextNodes.goals(exercise.goals))
        }
        if content == .trainer {
            if !exercise.preparation.isBlank {
                nodes.append(.heading(part, labels.preparation))
                nodes += CurriculumTextNodes.nodes(exercise.preparation)
            }
            if !exercise.procedure.isEmpty {
                nodes.append(.heading(part, labels.procedure))
                // Step clock times only when the start is certain.
                nodes += CurriculumTextNodes.procedure(
                    exercise.procedure, start: slot.flatMap { $0.start == $0.latestStart ? $0.start : nil },
                    labels: labels)
            }
            if !exercise.feedback.isBlank {
                nodes.append(.heading(part, labels.feedback))
                nodes += CurriculumTextNodes.nodes(exercise.feedback)
            }
        }
        if !exercise.annexes.isEmpty || !exercise.otherSupport.isEmpty {
            nodes.append(.heading(part, labels.annexes))
            var items = exercise.annexes.map { reference in
                let entry = entry(id: reference.id)
                return DocumentNode.List.Item(
                    CurriculumTextNodes.annex(
                        reference.id, title: entry?.title ?? reference.title, target: reference.target ?? entry?.target,
                        labels: labels))
            }
            items += exercise.otherSupport.map { DocumentNode.List.Item(InlineMarkdown.parse($0.text)) }
            nodes.append(.list(DocumentNode.List(.bullets, items: items)))
            // Where the annexes without a location of their own are kept: the catalogue's first sentence.
            let unlocated = exercise.annexes.contains { $0.target == nil && entry(id: $0.id)?.target == nil }
            if unlocated, let location = catalogue?.defaultLocation.map(Self.firstSentence), !location.isEmpty {
                nodes.append(.paragraph(InlineMarkdown.parse("\(labels.annexLocation): \(location)"), style: .small))
            }
        }
        if content == .trainer {
            if !exercise.materials.isEmpty {
                nodes.append(.heading(part, labels.materials))
                nodes.append(
                    .list(
                        DocumentNode.List(
                            .bullets,
                            items: exercise.materials.map { DocumentNode.List.Item(InlineMarkdown.parse($0.name)) })))
            }
            if !exercise.notes.isBlank {
                nodes.append(.heading(part, labels.notes))
                nodes += CurriculumTextNodes.nodes(exercise.notes)
            }
        }
        return .section(
            DocumentNode.Section(
                .exercise, anchor: CurriculumTextNodes.anchor(exercise.id), startsPage: startsPage, nodes: nodes))
    }

    /// Text up to and including its first full stop followed by a space: `Ze staan op Moodle.`
    static func firstSentence(_ text: String) -> String {
        guard let stop = text.firstRange(of: ". ") else { return text }
        return String(text[..<stop.lowerBound]) + "."
    }
}
