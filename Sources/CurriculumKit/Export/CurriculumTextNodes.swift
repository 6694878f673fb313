/// Turns curriculum text (paragraphs, lists, procedure steps) into document nodes, reading inline
/// Markdown on the way.
enum CurriculumTextNodes {
    static func nodes(_ blocks: [TextBlock]) -> [DocumentNode] {
        blocks.compactMap { block in
            switch block {
            case .paragraph(let text, _):
                return text.allSatisfy(\.isWhitespace) ? nil : .paragraph(InlineMarkdown.parse(text))
            case .list(let items):
                return items.isEmpty ? nil : .list(list(items))
            }
        }
    }

    static func list(_ items: [ListItem]) -> DocumentNode.List {
        let numbered = items.allSatisfy { if case .bullet = $0.marker { return false } else { return true } }
        return DocumentNode.List(
            numbered ? .numbers : .bullets,
            items: items.map { item in
                var marker: String?
                if case .letter(let c) = item.marker { marker = String(c) }
                return DocumentNode.List.Item(
                    InlineMarkdown.parse(item.text), marker: marker,
                    children: item.children.isEmpty ? nil : list(item.children))
            })
    }

    static func goals(_ goals: [Goal]) -> DocumentNode {
        .list(DocumentNode.List(.bullets, items: goals.map { DocumentNode.List.Item(InlineMarkdown.parse($0.text)) }))
    }

    /// The procedure as numbered steps, each with its own time and, when the exercise is scheduled
    /// and every step is timed, the clock time it runs (`15 min · 09:00–09:15`).
    ///
    /// A procedure written as paragraphs is numbered paragraph by paragraph: each is one thing the
    /// trainer does. When prose and a list are mixed, the prose stays prose around the list.
    static func procedure(_ steps: [ProcedureStep], start: ClockTime?, labels: Labels) -> [DocumentNode] {
        let everyStepTimed = !steps.isEmpty && steps.allSatisfy { $0.duration != nil }
        var clock = everyStepTimed ? start : nil
        func item(_ step: ProcedureStep) -> DocumentNode.List.Item {
            var aside: [String] = []
            if let duration = step.duration {
                aside.append(labels.duration(duration))
                if let begin = clock {
                    let end = begin.adding(minutes: duration.maximum)
                    aside.append(labels.timeSpan(begin, end))
                    clock = end
                }
            }
            var marker: String?
            if case .letter(let c) = step.kind { marker = String(c) }
            let children =
                step.substeps.isEmpty
                ? nil
                : DocumentNode.List(
                    step.substeps.allSatisfy({ if case .bullet = $0.kind { return false } else { return true } })
                        ? .numbers : .bullets,
                    items: step.substeps.map { sub in
                        var m: String?
                        if case .letter(let c) = sub.kind { m = String(c) }
                        return DocumentNode.List.Item(
                            InlineMarkdown.parse(sub.text), marker: m, aside: sub.duration.map(labels.duration))
                    })
            return DocumentNode.List.Item(
                InlineMarkdown.parse(step.text), marker: marker,
                aside: aside.isEmpty ? nil : aside.joined(separator: " · "), children: children)
        }
        let allParagraphs = steps.allSatisfy { $0.kind == .paragraph }
        if allParagraphs || steps.allSatisfy({ $0.kind != .paragraph }) {
            let style: DocumentNode.List.Style = steps.allSatisfy({ $0.kind == .bullet }) ? .bullets : .numbers
            return steps.isEmpty ? [] : [.list(DocumentNode.List(style, items: steps.map(item)))]
        }
        var nodes: [DocumentNode] = []
        var run: [DocumentNode.List.Item] = []
        func flush() {
            if !run.isEmpty {
                nodes.append(.list(DocumentNode.List(.numbers, items: run)))
                run = []
            }
        }
        for step in steps {
            if step.kind == .paragraph {
                flush()
                var spans = InlineMarkdown.parse(step.text)
                if let duration = step.duration { spans.append(.text(" (\(labels.duration(duration)))")) }
                nodes.append(.paragraph(spans))
            } else {
                run.append(item(step))
            }
        }
        flush()
        return nodes
    }

    /// `1.A.1.1 bijlage 1: De 6 rollen van de casemanager`, with a link to its location when it
    /// has a safe one.
    static func annex(_ id: AnnexID, title: String?, target: AnnexTarget?, labels: Labels) -> [InlineSpan] {
        var spans: [InlineSpan] = [.strong([.text(id.written(in: labels.language))])]
        if let title {
            spans.append(.text(": "))
            spans += InlineMarkdown.parse(title)
        }
        if let target {
            let text = target.description
            spans.append(.text(" — "))
            spans.append(InlineMarkdown.isSafeLinkTarget(text) ? .link([.text(text)], target: text) : .text(text))
        }
        return spans
    }

    /// A fragment identifier for an exercise: `ex-1-A-1-1`.
    static func anchor(_ id: ExerciseID) -> String {
        "ex-" + id.description.split(separator: ".").joined(separator: "-")
    }
}
