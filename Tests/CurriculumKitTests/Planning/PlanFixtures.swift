@testable import CurriculumKit

/// Small curricula built in memory, with exactly the durations a planning test needs.
enum PlanFixtures {
    /// A curriculum whose exercises are `(id, minimum, maximum, goals)`, in the order given.
    static func curriculum(_ specs: [(String, Int, Int, [String])], title: String = "Test") -> Curriculum {
        let location = SourceLocation(file: "test.md", line: 1, column: 1)
        var modules: [Int: Module] = [:]
        var order: [Int] = []
        for (text, minimum, maximum, goals) in specs {
            guard let id = ExerciseID(text) else { fatalError("bad fixture ID \(text)") }
            var exercise = Exercise(
                id: id, writtenID: text, title: "Exercise \(text)", location: location, idLocation: location)
            exercise.duration = WrittenDuration(
                text: "\(minimum)-\(maximum) min", value: Duration(minimum: minimum, maximum: maximum),
                location: location)
            exercise.goals = goals.map { Goal(text: $0, location: location) }
            var module =
                modules[id.module]
                ?? Module(number: id.module, title: "Module \(id.module)", file: "m\(id.module).md", location: location)
            if modules[id.module] == nil { order.append(id.module) }
            if let t = module.topics.firstIndex(where: { $0.id == id.topicID }) {
                if let l = module.topics[t].levels.firstIndex(where: { $0.number == id.level }) {
                    module.topics[t].levels[l].exercises.append(exercise)
                } else {
                    var level = Level(number: id.level, location: location)
                    level.exercises = [exercise]
                    module.topics[t].levels.append(level)
                }
            } else {
                var topic = Topic(id: id.topicID, title: "Topic \(id.topicID)", location: location)
                var level = Level(number: id.level, location: location)
                level.exercises = [exercise]
                topic.levels = [level]
                module.topics.append(topic)
            }
            modules[id.module] = module
        }
        var manifest = Manifest(file: "curriculum.md", title: title, language: .dutch, location: location)
        manifest.dayFrame = frame("09:00-16:30")
        return Curriculum(folder: "test", manifest: manifest, modules: order.compactMap { modules[$0] })
    }

    /// Exercises of fixed length: `[("1.A.1.1", 60)]`.
    static func fixed(_ specs: [(String, Int)]) -> Curriculum {
        curriculum(specs.map { ($0.0, $0.1, $0.1, []) })
    }

    static func frame(_ text: String) -> DayFrame {
        guard let frame = DayFrame(text) else { fatalError("bad frame \(text)") }
        return frame
    }

    static func time(_ text: String) -> ClockTime {
        guard let time = ClockTime(text) else { fatalError("bad time \(text)") }
        return time
    }

    /// Parses a plan text; fails the caller's expectations through the diagnostics it returns.
    static func plan(_ text: String, path: String = "day.plan.md") -> (Plan?, [Diagnostic]) {
        let result = PlanParser.parse(text, path: path)
        return (result.plan, result.diagnostics)
    }

    /// Parses and schedules a plan text against a curriculum.
    static func schedule(
        _ text: String, curriculum: Curriculum, autoBreaks: Bool = false, frame: String = "09:00-16:30"
    ) -> Scheduler.Result {
        let (plan, diagnostics) = plan(text)
        guard let plan else { fatalError("plan did not parse: \(diagnostics)") }
        let policy = BreakPolicy(manifest: curriculum.manifest, settings: plan.settings, autoBreaks: autoBreaks)
        var result = Scheduler(curriculum: curriculum, policy: policy).schedule(
            plan, frame: plan.settings.dayFrame ?? self.frame(frame))
        result.diagnostics = diagnostics + result.diagnostics
        return result
    }
}
