extension CurriculumSnapshot {
    /// The hover text (Markdown) for what is at `location`: an exercise's time, goals, step timings
    /// and annexes; a topic's, level's or module's totals; an annex's catalogue title and where it
    /// lives; a duration's reading in minutes; a plan item's clock time.
    public func hover(at location: SourceLocation) -> String? {
        if location.file.hasSuffix(PlanParser.fileSuffix), let text = planItemHover(at: location) { return text }
        switch target(at: location) {
        case .exerciseHeading(let exercise): return Self.summary(of: exercise, catalogue: curriculum?.annexCatalogue)
        case .topicHeading(let topic):
            return "**\(topic.id) \(topic.title)**\n\n"
                + Self.totals(topic.totalMinutes, exercises: topic.exercises.count)
        case .levelHeading(let level, let topic):
            let name = level.name.map { " \($0)" } ?? ""
            // nl: "**\(topic.id) niveau \(nummer)\(naam)**"
            return "**\(topic.id) level \(level.number ?? 0)\(name)**\n\n"
                + Self.totals(level.totalMinutes, exercises: level.exercises.count)
        case .moduleHeading(let module):
            return "**Module \(module.number): \(module.title)**\n\n"
                + Self.totals(module.totalMinutes, exercises: module.exercises.count)
        case .annexReference(let reference, _):
            guard let entry = curriculum?.annexCatalogue?.entry(id: reference.id) else {
                // nl: "`\(reference.written)`: staat niet in de bijlagencatalogus"
                return "`\(reference.written)`: not in the annex catalogue"
            }
            return annexText(entry)
        case .annexEntry(let entry): return annexText(entry)
        case .duration(let duration, _): return Self.reading(of: duration)
        case .exerciseMention(let id, _):
            guard let exercise = curriculum?.exercise(resolving: id)?.exercise else { return nil }
            return Self.summary(of: exercise, catalogue: curriculum?.annexCatalogue)
        case nil: return nil
        }
    }

    static func totals(_ total: Duration, exercises: Int) -> String {
        // nl: "\(aantal) oefening(en), totaal \(totaal) (\(uren))"
        "\(exercises) exercise\(exercises == 1 ? "" : "s"), total \(total) (\(total.formattedHours()))"
    }

    /// An exercise at a glance: duration, goals, steps against the duration, annexes.
    static func summary(of exercise: Exercise, catalogue: AnnexCatalogue?) -> String {
        var lines = ["**\(exercise.id) \(exercise.title)**", ""]
        if let duration = exercise.duration {
            // nl: "- duur: \(minuten) (`\(tekst)`)", "onleesbaar"
            lines.append("- duration: \(duration.value.map(\.description) ?? "unreadable") (`\(duration.text)`)")
        } else {
            // nl: "- duur: niet opgegeven"
            lines.append("- duration: none given")
        }
        // nl: "- leerdoelen: \(aantal)"
        lines.append("- goals: \(exercise.goals.count)")
        if let steps = exercise.timedStepTotal {
            let against = exercise.duration?.value.map { " of \($0)" } ?? ""
            // nl: "- getimede stappen: \(som) van \(duur)"
            lines.append("- timed steps: \(steps)\(against)")
        }
        for reference in exercise.annexes {
            let title = catalogue?.entry(id: reference.id)?.title ?? reference.title ?? ""
            // nl: "- bijlage `\(id)`: \(titel)"
            lines.append("- annex `\(reference.id)`\(title.isEmpty ? "" : ": \(title)")")
        }
        return lines.joined(separator: "\n")
    }

    /// A duration read in minutes, both readings when the text is ambiguous.
    static func reading(of duration: WrittenDuration) -> String {
        // nl: "`\(tekst)`: geen duur die de tools kunnen lezen"
        guard let value = duration.value else { return "`\(duration.text)`: not a duration the tools can read" }
        // nl: "`\(tekst)` leest als \(minuten) (\(uren))"; "; het kan ook gelezen worden als \(ander)"
        var text = "`\(duration.text)` reads as \(value) (\(value.formattedHours()))"
        if let other = duration.alternative { text += "; it could also be read as \(other)" }
        if let remark = duration.remark { text += "\n\n\(remark)" }
        return text
    }

    private func annexText(_ entry: AnnexEntry) -> String {
        var text = "**\(entry.id)**" + (entry.title.map { ": \($0)" } ?? "")
        if let target = entry.target {
            // nl: "staat op \(plek)"
            text += "\n\nlives at \(target)"
        } else if let place = curriculum?.annexCatalogue?.defaultLocation {
            text += "\n\nlives at: \(place)"
        }
        // nl: "vermeld in \(bestand):\(regel)"
        text += "\n\nlisted at \(Self.fileName(entry.location.file)):\(entry.location.line)"
        return text
    }

    /// The clock time a plan item starts and ends, as the plan lays it out.
    private func planItemHover(at location: SourceLocation) -> String? {
        guard let schedule = scheduledPlan(location.file)?.schedule else { return nil }
        for day in schedule.days {
            for item in day.items where item.location?.line == location.line && item.location?.file == location.file {
                let range = item.hasRange ? " (latest \(item.latestStart)–\(item.latestEnd))" : ""
                // nl: "dag \(n): \(begin)–\(eind) (uiterlijk \(begin)–\(eind)), \(duur)"
                return "**\(item.title)**\n\nday \(day.number): \(item.start)–\(item.end)\(range), \(item.duration)"
            }
        }
        return nil
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
