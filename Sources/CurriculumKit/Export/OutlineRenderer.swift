/// The tree `curriculum list` prints: modules, topics, levels and exercises with their durations
/// and totals.
///
/// ```
/// IGMA Femina training curriculum — 89 oefeningen, 90 uur
/// Module 0: Introductie van de training — 7 oefeningen, 7 uur
///   0.A Inleiding tot het IGMA-project — 2 oefeningen, 2 uur
///       0.A.1      60 min  De IGMA Femina-uitdaging
/// ```
public struct OutlineRenderer: Sendable {
    /// How deep to go: 1 modules, 2 topics, 3 levels, 4 exercises.
    public var depth: Int
    /// Only this level's exercises (and the containers that hold some).
    public var level: Int?
    /// Only this module.
    public var module: Int?

    public init(depth: Int = 4, level: Int? = nil, module: Int? = nil) {
        self.depth = depth
        self.level = level
        self.module = module
    }

    public func render(_ curriculum: Curriculum) -> String {
        let labels = Labels(curriculum.language)
        let modules = curriculum.modules.filter { module == nil || $0.number == module }.map(filtered)
        let all = modules.flatMap(\.exercises)
        var out = "\(curriculum.title) — \(summary(all, labels))\n"
        let idWidth = max(8, all.map { $0.id.description.count }.max() ?? 0)
        let durationWidth = max(6, all.map { durationText($0, labels).count }.max() ?? 0)
        for module in modules {
            out += "\(labels.module) \(module.number): \(module.title) — \(summary(module.exercises, labels))\n"
            guard depth >= 2 else { continue }
            for topic in module.topics {
                out += "  \(topic.id) \(topic.title) — \(summary(topic.exercises, labels))\n"
                for level in topic.levels {
                    var indent = "    "
                    if !level.isImplicit {
                        guard depth >= 3 else { continue }
                        out +=
                            "    \(labels.levelTitle(level, names: curriculum.manifest.levelNames)) — \(summary(level.exercises, labels))\n"
                        indent = "      "
                    }
                    guard depth >= 4 else { continue }
                    for exercise in level.exercises {
                        let id = exercise.id.description.paddedRight(to: idWidth)
                        let time = durationText(exercise, labels)
                        let padded = String(repeating: " ", count: max(0, durationWidth - time.count)) + time
                        out += "\(indent)\(id) \(padded)  \(exercise.title)\n"
                    }
                }
            }
        }
        return out
    }

    private func filtered(_ module: Module) -> Module {
        guard let level else { return module }
        var copy = module
        copy.topics = module.topics.compactMap { topic in
            var t = topic
            t.levels = topic.levels.filter { $0.number == level }
            return t.levels.isEmpty ? nil : t
        }
        return copy
    }

    private func durationText(_ exercise: Exercise, _ labels: Labels) -> String {
        guard let value = exercise.duration?.value else { return "?" }
        return value.isRange ? "\(value.minimum)-\(value.maximum) min" : "\(value.minimum) min"
    }

    private func summary(_ exercises: [Exercise], _ labels: Labels) -> String {
        let total = exercises.reduce(Duration.zero) { $0 + $1.minutes }
        let missing = exercises.filter { $0.duration?.value == nil }.count
        var text = "\(labels.exerciseCount(exercises.count)), \(labels.duration(total))"
        if missing > 0 { text += " (+\(missing) \(labels.noDuration))" }
        return text
    }
}

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
