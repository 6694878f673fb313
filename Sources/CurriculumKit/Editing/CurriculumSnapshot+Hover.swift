extension CurriculumSnapshot {
    /// The words about this curriculum, in its language (Dutch for a lone file).
    var labels: Labels { Labels(curriculum?.language ?? .dutch) }

    /// The hover text (Markdown) for what is at `location`: an exercise's time, goals, step timings
    /// and annexes; a topic's, level's or module's totals; an annex's catalogue title and where it
    /// lives; a duration's reading in minutes; a plan item's clock time. In the curriculum's language.
    public func hover(at location: SourceLocation) -> String? {
        if location.file.hasSuffix(PlanParser.fileSuffix), let text = planItemHover(at: location) { return text }
        let labels = labels
        switch target(at: location) {
        case .exerciseHeading(let exercise): return summary(of: exercise)
        case .topicHeading(let topic):
            return "**\(topic.id) \(topic.title)**\n\n"
                + labels.totals(topic.totalMinutes, exercises: topic.exercises.count)
        case .levelHeading(let level, let topic):
            return "**\(topic.id) \(labels.levelName(level.number ?? 0, level.name))**\n\n"
                + labels.totals(level.totalMinutes, exercises: level.exercises.count)
        case .moduleHeading(let module):
            return "**\(labels.module) \(module.number): \(module.title)**\n\n"
                + labels.totals(module.totalMinutes, exercises: module.exercises.count)
        case .annexReference(let reference, _):
            guard let entry = curriculum?.annexCatalogue?.entry(id: reference.id) else {
                return labels.notInCatalogue(reference.written)
            }
            return annexText(entry)
        case .annexEntry(let entry): return annexText(entry)
        case .duration(let duration, _): return Self.reading(of: duration, labels: labels)
        case .exerciseMention(let id, _):
            guard let exercise = curriculum?.exercise(resolving: id)?.exercise else { return nil }
            return summary(of: exercise)
        case nil: return nil
        }
    }

    /// An exercise at a glance: duration, goals, steps against the duration, annexes.
    func summary(of exercise: Exercise) -> String {
        let labels = labels
        var lines = ["**\(exercise.id) \(exercise.title)**", ""]
        lines.append(labels.durationLine(exercise.duration))
        lines.append(labels.goalCountLine(exercise.goals.count))
        if let steps = exercise.timedStepTotal {
            lines.append(labels.timedStepsLine(steps, of: exercise.duration?.value))
        }
        for reference in exercise.annexes {
            let title = curriculum?.annexCatalogue?.entry(id: reference.id)?.title ?? reference.title ?? ""
            lines.append(labels.annexLine(reference.id.written(in: labels.language), title: title))
        }
        return lines.joined(separator: "\n")
    }

    /// A duration read in minutes, both readings when the text is ambiguous.
    static func reading(of duration: WrittenDuration, labels: Labels) -> String {
        guard let value = duration.value else { return labels.unreadableDuration(duration.text) }
        var text = labels.reading(duration.text, as: value, alternative: duration.alternative)
        if let remark = duration.remark { text += "\n\n\(remark)" }
        return text
    }

    private func annexText(_ entry: AnnexEntry) -> String {
        let labels = labels
        var text = "**\(entry.id.written(in: labels.language))**" + (entry.title.map { ": \($0)" } ?? "")
        if let target = entry.target {
            text += "\n\n" + labels.annexTarget("\(target)")
        } else if let place = curriculum?.annexCatalogue?.defaultLocation {
            text += "\n\n" + labels.annexPlace(place)
        }
        text += "\n\n" + labels.listedAt(Self.fileName(entry.location.file), line: entry.location.line)
        return text
    }

    /// The clock time a plan item starts and ends, as the plan lays it out.
    private func planItemHover(at location: SourceLocation) -> String? {
        guard let schedule = scheduledPlan(location.file)?.schedule else { return nil }
        for day in schedule.days {
            for item in day.items where item.location?.line == location.line && item.location?.file == location.file {
                return "**\(item.title)**\n\n" + labels.planItemTimes(item, day: day.number)
            }
        }
        return nil
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
