/// Lays out a handout: cover, agenda, one section per exercise in agenda order, and for trainers
/// the preparation checklist and a notes page.
///
/// The trainer handout puts every exercise on a page of its own so that a trainer can lay the
/// day's pages out in order; the participant handout runs the exercises on, with their goals and
/// annexes only.
public struct HandoutBuilder: Sendable {
    public var audience: Handout.Audience
    /// Ruled lines on the notes page.
    public var noteLines: Int

    public init(audience: Handout.Audience = .trainers, noteLines: Int = 26) {
        self.audience = audience
        self.noteLines = noteLines
    }

    public func document(for handout: Handout) -> ExportDocument {
        let labels = Labels(handout.curriculum.language)
        let forTrainers = audience == .trainers
        var nodes: [DocumentNode] = [cover(handout, labels: labels), agenda(handout, labels: labels)]
        let sections = ExerciseSection(
            labels: labels, catalogue: handout.curriculum.annexCatalogue,
            content: forTrainers ? .trainer : .participant, headingLevel: 2, startsPage: forTrainers)
        var exerciseNodes: [DocumentNode] = []
        for day in handout.days {
            let date = day.date.map { DateWording.long($0, language: handout.curriculum.language) }
            for entry in day.entries {
                guard case .exercise(let exercise) = entry.kind else { continue }
                let context = ExerciseContext.line(for: exercise.id, in: handout.curriculum, labels: labels)
                exerciseNodes.append(
                    sections.section(exercise, slot: entry, date: handout.days.count > 1 ? date : nil, context: context)
                )
            }
        }
        if forTrainers {
            nodes += exerciseNodes
            nodes.append(checklist(handout, labels: labels))
        } else if !exerciseNodes.isEmpty {
            nodes.append(
                .section(
                    DocumentNode.Section(
                        .part, startsPage: true,
                        nodes: [.heading(2, labels.exerciseCountHeading)] + exerciseNodes.map(demoted))))
        }
        nodes.append(
            .section(
                DocumentNode.Section(
                    .notes, startsPage: true, nodes: [.heading(2, labels.notesPage), .writingLines(noteLines)])))
        let title = handout.title ?? (forTrainers ? labels.handout : labels.participantHandout)
        return ExportDocument(
            title: title, language: handout.curriculum.language,
            kind: forTrainers ? .trainerHandout : .participantHandout, nodes: nodes)
    }

    /// The participant handout's exercises sit under a common heading: one level deeper.
    private func demoted(_ node: DocumentNode) -> DocumentNode {
        switch node {
        case .heading(let level, let spans, let anchor): return .heading(level: level + 1, spans, anchor: anchor)
        case .section(var section):
            section.nodes = section.nodes.map(demoted)
            return .section(section)
        default: return node
        }
    }

    private func cover(_ handout: Handout, labels: Labels) -> DocumentNode {
        let language = handout.curriculum.language
        var nodes: [DocumentNode] = [.paragraph([.text(handout.curriculum.title)], style: .small)]
        let kindName = audience == .trainers ? labels.handout : labels.participantHandout
        nodes.append(.heading(1, handout.title ?? kindName))
        var lead = handout.title == nil ? [] : [kindName]
        let dates = handout.days.compactMap(\.date)
        if let first = dates.first, let last = dates.last {
            lead.append(DateWording.range(first, last, language: language))
        }
        if !lead.isEmpty { nodes.append(.paragraph([.text(lead.joined(separator: " · "))], style: .lead)) }
        var details: [DocumentNode.Detail] = []
        if let first = dates.first, let last = dates.last {
            details.append(.init(labels.date, DateWording.range(first, last, language: language)))
        }
        if handout.days.count == 1, let day = handout.days.first, let first = day.entries.first,
            let last = day.entries.last
        {
            details.append(
                .init(
                    labels.time,
                    Handout.Entry.span(from: (first.start, first.latestStart), to: (last.end, last.latestEnd))))
        }
        if let place = handout.place { details.append(.init(labels.place, place)) }
        if !handout.trainers.isEmpty {
            details.append(.init(labels.trainers, handout.trainers.joined(separator: ", ")))
        } else if let count = handout.trainerCount {
            details.append(.init(labels.trainers, "\(count)"))
        }
        if let count = handout.participantCount { details.append(.init(labels.participants, "\(count)")) }
        let exercises = handout.exercises
        let total = handout.days.flatMap(\.entries).reduce(Duration.zero) { sum, entry in
            if case .exercise = entry.kind { return sum + entry.length } else { return sum }
        }
        details.append(
            .init(labels.exerciseCountHeading, "\(labels.exerciseCount(exercises.count)), \(labels.duration(total))"))
        nodes.append(.details(details))
        return .section(DocumentNode.Section(.cover, nodes: nodes))
    }

    private func agenda(_ handout: Handout, labels: Labels) -> DocumentNode {
        let language = handout.curriculum.language
        var nodes: [DocumentNode] = [.heading(2, labels.agenda)]
        for (index, day) in handout.days.enumerated() {
            let date = day.date.map { DateWording.long($0, language: language) }
            if handout.days.count > 1 {
                nodes.append(
                    .heading(
                        3, [day.heading ?? labels.day(index + 1), date].compactMap { $0 }.joined(separator: " · ")))
            }
            let rows = day.entries.map { entry -> DocumentNode.Table.Row in
                let time: [InlineSpan] = [.text(entry.timeText)]
                let length: [InlineSpan] = [.text(labels.duration(entry.length))]
                switch entry.kind {
                case .exercise(let exercise):
                    let title: [InlineSpan] = [
                        .link(
                            [.strong([.text(exercise.id.description)]), .text(" " + exercise.title)],
                            target: "#" + CurriculumTextNodes.anchor(exercise.id))
                    ]
                    return DocumentNode.Table.Row([time, title, length])
                case .pause(let name):
                    return DocumentNode.Table.Row(
                        [time, [.emphasis([.text(name ?? labels.breakTime)])], length], isQuiet: true)
                case .lunch:
                    return DocumentNode.Table.Row([time, [.emphasis([.text(labels.lunch)])], length], isQuiet: true)
                case .other(let title):
                    return DocumentNode.Table.Row([time, InlineMarkdown.parse(title), length], isQuiet: true)
                }
            }
            nodes.append(
                .table(
                    DocumentNode.Table(
                        header: [labels.time, labels.activity, labels.duration], rows: rows, firstColumnIsHeader: true,
                        numericColumns: [2])))
        }
        return .section(DocumentNode.Section(.agenda, anchor: "agenda", nodes: nodes))
    }

    private func checklist(_ handout: Handout, labels: Labels) -> DocumentNode {
        let list = PreparationChecklist(exercises: handout.exercises, catalogue: handout.curriculum.annexCatalogue)
        var nodes: [DocumentNode] = [
            .heading(2, labels.checklist), .paragraph([.text(labels.checklistIntroduction)], style: .lead),
        ]
        func uses(_ ids: [ExerciseID]) -> String { ids.map(\.description).joined(separator: ", ") }

        nodes.append(.heading(3, labels.annexesToPrint))
        let trainers = max(1, handout.trainerCount ?? 1)
        let copies = PreparationChecklist.copies(participants: handout.participantCount, trainers: trainers)
        if list.toPrint.isEmpty {
            nodes.append(.paragraph([.text(list.annexes.isEmpty ? labels.nothingToPrint : labels.nothingToPrintOnly)]))
        } else {
            let rows = list.toPrint.map { annex in
                var title = InlineMarkdown.parse(annex.title ?? "")
                if let target = annex.target {
                    let text = target.description
                    title +=
                        [.text(" — ")] + [
                            InlineMarkdown.isSafeLinkTarget(text) ? .link([.text(text)], target: text) : .text(text)
                        ]
                }
                return DocumentNode.Table.Row([
                    [.text("☐ " + annex.id.written(in: labels.language))], title,
                    [.text(copies.map(String.init) ?? "…")], [.text(uses(annex.exercises))],
                ])
            }
            nodes.append(
                .table(
                    DocumentNode.Table(
                        header: [labels.annex, labels.title, labels.copies, labels.usedIn], rows: rows,
                        firstColumnIsHeader: true, numericColumns: [2])))
            var notes: [String] = []
            if copies != nil, let participants = handout.participantCount {
                notes.append(
                    "\(labels.copies): " + labels.copyCount(participants: participants, trainers: trainers) + ".")
            } else {
                notes.append("\(labels.copies): \(labels.unknownCopies).")
            }
            if let location = list.defaultAnnexLocation { notes.append("\(labels.annexLocation): \(location)") }
            for note in notes { nodes.append(.paragraph(InlineMarkdown.parse(note), style: .small)) }
        }
        if !list.toShowOrOpen.isEmpty {
            // Slides, videos, links and platforms: what to have ready on a screen, never copies.
            nodes.append(.heading(3, labels.annexesToShowOrOpen))
            let rows = list.toShowOrOpen.map { annex in
                var title = InlineMarkdown.parse(annex.title ?? "")
                if let target = annex.target {
                    let text = target.description
                    title +=
                        [.text(" — ")] + [
                            InlineMarkdown.isSafeLinkTarget(text) ? .link([.text(text)], target: text) : .text(text)
                        ]
                }
                return DocumentNode.Table.Row([
                    [.text("☐ " + annex.id.written(in: labels.language))], title, [.text(labels.annexKind(annex.kind))],
                    [.text(uses(annex.exercises))],
                ])
            }
            nodes.append(
                .table(
                    DocumentNode.Table(
                        header: [labels.annex, labels.title, labels.annexUse, labels.usedIn], rows: rows,
                        firstColumnIsHeader: true)))
            if list.toPrint.isEmpty, let location = list.defaultAnnexLocation {
                nodes.append(.paragraph(InlineMarkdown.parse("\(labels.annexLocation): \(location)"), style: .small))
            }
        }
        if !list.otherSupport.isEmpty {
            nodes.append(.heading(3, labels.otherSupport))
            nodes.append(
                .list(
                    DocumentNode.List(
                        .checkboxes,
                        items: list.otherSupport.map {
                            DocumentNode.List.Item(InlineMarkdown.parse($0.text), aside: $0.exercise.description)
                        })))
        }

        nodes.append(.heading(3, labels.materials))
        let toBring = list.materials.filter { !$0.isRoomEquipment }
        if toBring.isEmpty {
            nodes.append(.paragraph([.text(labels.nothingToBring)]))
        } else {
            nodes.append(
                .list(
                    DocumentNode.List(
                        .checkboxes,
                        items: toBring.map {
                            DocumentNode.List.Item(InlineMarkdown.parse($0.name), aside: uses($0.exercises))
                        })))
        }

        nodes.append(.heading(3, labels.room))
        var room: [DocumentNode.List.Item] = []
        if let participants = handout.participantCount {
            let people = participants + trainers
            room.append(
                DocumentNode.List.Item(
                    [.text(labels.seats(people))],
                    aside: labels.copyCount(participants: participants, trainers: trainers)))
        }
        room += list.materials.filter(\.isRoomEquipment).map {
            DocumentNode.List.Item(InlineMarkdown.parse($0.name), aside: uses($0.exercises))
        }
        room += list.groupSizes.map {
            DocumentNode.List.Item([.text("\(labels.groupSize): "), .text($0.text)], aside: $0.exercise.description)
        }
        if room.isEmpty {
            nodes.append(.paragraph([.text(labels.noRoomNeeds)]))
        } else {
            nodes.append(.list(DocumentNode.List(.checkboxes, items: room)))
        }

        if !list.preparation.isEmpty {
            nodes.append(.heading(3, labels.preparationNotes))
            nodes.append(
                .list(
                    DocumentNode.List(
                        .checkboxes,
                        items: list.preparation.map { note in
                            let text = note.blocks.plainText.split(whereSeparator: \.isNewline).joined(separator: " ")
                            return DocumentNode.List.Item(InlineMarkdown.parse(text), aside: note.exercise.description)
                        })))
        }
        return .section(DocumentNode.Section(.checklist, anchor: "checklist", startsPage: true, nodes: nodes))
    }
}
