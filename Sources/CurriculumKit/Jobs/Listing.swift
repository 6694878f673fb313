/// The shape of `list --format json`: the curriculum's outline with totals.
struct Listing: Encodable {
    struct ExerciseEntry: Encodable {
        var id: String
        var title: String
        var minutes: Duration?
        var file: String
        var line: Int
    }
    struct LevelEntry: Encodable {
        var number: Int?
        var name: String?
        var minutes: Duration
        var exercises: [ExerciseEntry]
    }
    struct TopicEntry: Encodable {
        var id: String
        var title: String
        var minutes: Duration
        var levels: [LevelEntry]
    }
    struct ModuleEntry: Encodable {
        var number: Int
        var title: String
        var file: String
        var minutes: Duration
        var topics: [TopicEntry]
    }
    var title: String
    var language: String
    var minutes: Duration
    var exerciseCount: Int
    var modules: [ModuleEntry]

    init(curriculum: Curriculum, level: Int?) {
        func entry(_ e: Exercise) -> ExerciseEntry {
            ExerciseEntry(
                id: e.id.description, title: e.title, minutes: e.duration?.value, file: e.location.file,
                line: e.location.line)
        }
        var total = Duration.zero
        var count = 0
        modules = curriculum.modules.map { module in
            var moduleTotal = Duration.zero
            let topics: [TopicEntry] = module.topics.map { topic in
                var topicTotal = Duration.zero
                let levels: [LevelEntry] = topic.levels.filter { level == nil || $0.number == level }.map { l in
                    count += l.exercises.count
                    topicTotal += l.totalMinutes
                    return LevelEntry(
                        number: l.number, name: l.name ?? l.number.flatMap { curriculum.manifest.levelNames[$0] },
                        minutes: l.totalMinutes, exercises: l.exercises.map(entry))
                }
                moduleTotal += topicTotal
                return TopicEntry(id: topic.id.description, title: topic.title, minutes: topicTotal, levels: levels)
            }
            total += moduleTotal
            return ModuleEntry(
                number: module.number, title: module.title, file: module.file, minutes: moduleTotal, topics: topics)
        }
        title = curriculum.title
        language = curriculum.language.rawValue
        minutes = total
        exerciseCount = count
    }
}
