/// Renders exercises, topics and modules as plain text wrapped at 80 columns: what `show` prints
/// and what the text export is built from.
public struct PlainTextRenderer: Sendable {
    public var width: Int
    public var labels: Labels
    public var levelNames: [Int: String]

    public init(language: Language, levelNames: [Int: String] = [:], width: Int = 80) {
        self.labels = Labels(language)
        self.levelNames = levelNames
        self.width = width
    }

    public init(curriculum: Curriculum, width: Int = 80) {
        self.init(language: curriculum.language, levelNames: curriculum.manifest.levelNames, width: width)
    }

    /// One exercise in full: heading, goals, duration, procedure, feedback, annexes, materials.
    public func render(_ exercise: Exercise, catalogue: AnnexCatalogue? = nil) -> String {
        var out = "\(exercise.id) \(exercise.title)\n"
        out += String(repeating: "=", count: min(width, DisplayWidth.of(out) - 1)) + "\n"
        if !exercise.description.isEmpty { out += "\n" + blocks(exercise.description, indent: "") }
        if !exercise.goals.isEmpty {
            out += section(labels.goals)
            for goal in exercise.goals {
                out += TextWrapper.wrap(goal.text, width: width, firstPrefix: "  - ", restPrefix: "    ") + "\n"
            }
        }
        if let duration = exercise.duration {
            out += section(labels.duration)
            var line = "  " + duration.text
            if let value = duration.value, !duration.text.hasPrefix("\(value.minimum) min"),
                !duration.text.hasPrefix("\(value.minimum)'")
            {
                line += " (\(value))"
            }
            if let remark = duration.remark { line += " — \(remark)" }
            out += line + "\n"
        }
        if !exercise.preparation.isEmpty {
            out += section(labels.preparation) + blocks(exercise.preparation, indent: "  ")
        }
        if let groupSize = exercise.groupSize {
            out += section(labels.groupSize) + "  \(groupSize)\n"
        }
        if !exercise.procedure.isEmpty {
            out += section(labels.procedure)
            out += steps(exercise.procedure, indent: "  ")
        }
        if !exercise.feedback.isEmpty {
            out += section(labels.feedback) + blocks(exercise.feedback, indent: "  ")
        }
        if !exercise.annexes.isEmpty || !exercise.otherSupport.isEmpty {
            out += section(labels.annexes)
            for annex in exercise.annexes {
                let entry = catalogue?.entry(id: annex.id)
                let title = annex.title ?? entry?.title
                var text = annex.id.written(in: labels.language) + (title.map { ": \($0)" } ?? "")
                if let target = annex.target ?? entry?.target { text += " <\(target)>" }
                out += TextWrapper.wrap(text, width: width, firstPrefix: "  - ", restPrefix: "    ") + "\n"
            }
            for item in exercise.otherSupport {
                out += TextWrapper.wrap(item.text, width: width, firstPrefix: "  - ", restPrefix: "    ") + "\n"
            }
        }
        if !exercise.materials.isEmpty {
            out += section(labels.materials)
            out +=
                TextWrapper.wrap(
                    exercise.materials.map(\.name).joined(separator: ", "), width: width, firstPrefix: "  ",
                    restPrefix: "  ") + "\n"
        }
        if !exercise.notes.isEmpty {
            out += section(labels.notes) + blocks(exercise.notes, indent: "  ")
        }
        return out
    }

    /// A topic: its introduction, goals per level and every exercise.
    public func render(_ topic: Topic, catalogue: AnnexCatalogue? = nil) -> String {
        var out =
            "\(topic.id) \(topic.title)\n"
            + String(repeating: "#", count: min(width, DisplayWidth.of("\(topic.id) \(topic.title)"))) + "\n"
        if !topic.introduction.isEmpty { out += "\n" + blocks(topic.introduction, indent: "") }
        if !topic.goals.isEmpty { out += section(labels.levelGoals) + goalList(topic.goals) }
        for level in topic.levels {
            if !level.isImplicit {
                let title = labels.levelTitle(level, names: levelNames)
                out += "\n\(title)\n" + String(repeating: "-", count: DisplayWidth.of(title)) + "\n"
                if !level.introduction.isEmpty { out += "\n" + blocks(level.introduction, indent: "") }
                if !level.goals.isEmpty { out += section(labels.levelGoals) + goalList(level.goals) }
            }
            for exercise in level.exercises { out += "\n" + render(exercise, catalogue: catalogue) }
        }
        return out
    }

    /// A module: its introduction and goals, then every topic.
    public func render(_ module: Module, catalogue: AnnexCatalogue? = nil) -> String {
        let title = "\(labels.module) \(module.number): \(module.title)"
        var out = title + "\n" + String(repeating: "*", count: min(width, DisplayWidth.of(title))) + "\n"
        if !module.introduction.isEmpty { out += "\n" + blocks(module.introduction, indent: "") }
        if !module.goals.isEmpty { out += section(labels.generalGoals) + goalList(module.goals) }
        for topic in module.topics { out += "\n" + render(topic, catalogue: catalogue) }
        return out
    }

    private func section(_ title: String) -> String { "\n\(title)\n" }

    private func goalList(_ goals: [Goal]) -> String {
        goals.map { TextWrapper.wrap($0.text, width: width, firstPrefix: "  - ", restPrefix: "    ") + "\n" }.joined()
    }

    /// Paragraphs wrapped, lists with their markers and nesting.
    public func blocks(_ blocks: [TextBlock], indent: String) -> String {
        var out = ""
        for (index, block) in blocks.enumerated() {
            if index > 0 { out += "\n" }
            switch block {
            case .paragraph(let text, _):
                out += TextWrapper.wrap(text, width: width, firstPrefix: indent, restPrefix: indent) + "\n"
            case .list(let items):
                out += list(items, indent: indent)
            }
        }
        return out
    }

    private func list(_ items: [ListItem], indent: String) -> String {
        var out = ""
        for item in items {
            let marker: String
            switch item.marker {
            case .bullet: marker = "- "
            case .number(let n): marker = "\(n). "
            case .letter(let c): marker = "\(c). "
            }
            out +=
                TextWrapper.wrap(
                    item.text, width: width, firstPrefix: indent + marker,
                    restPrefix: indent + String(repeating: " ", count: marker.count)) + "\n"
            if !item.children.isEmpty {
                out += list(item.children, indent: indent + String(repeating: " ", count: marker.count))
            }
        }
        return out
    }

    private func steps(_ steps: [ProcedureStep], indent: String) -> String {
        var out = ""
        for step in steps {
            let marker: String
            switch step.kind {
            case .numbered(let n): marker = "\(n). "
            case .bullet: marker = "- "
            case .letter(let c): marker = "\(c). "
            case .paragraph: marker = ""
            }
            var text = step.text
            if let duration = step.duration { text += " (\(duration))" }
            out +=
                TextWrapper.wrap(
                    text, width: width, firstPrefix: indent + marker,
                    restPrefix: indent + String(repeating: " ", count: marker.count)) + "\n"
            if !step.substeps.isEmpty {
                out += self.steps(step.substeps, indent: indent + String(repeating: " ", count: max(marker.count, 2)))
            }
        }
        return out
    }
}
