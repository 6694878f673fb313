/// A topic or level without exercises gives trainers nothing to run and usually means exercises
/// were lost or put under the wrong heading.
public struct EmptyContainerRule: Rule {
    public static let codes: [DiagnosticCode] = [.emptyTopic, .emptyLevel]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        curriculum.forEachTopic { topic in
            // Not `topic.exercises`, which would copy every exercise to count them.
            if topic.levels.allSatisfy({ $0.exercises.isEmpty }) {
                found.append(.emptyTopic(topic))
                return
            }
            for level in topic.levels where level.exercises.isEmpty {
                found.append(.emptyLevel(level, of: topic))
            }
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "a topic with only a title",
            module: ExampleText.module(ExampleText.exercise()) + "↓## 1.B Leeg onderwerp\n\nAlleen inleiding.\n",
            triggers: .emptyTopic),
        RuleExample(
            "a level with no exercises",
            module: ExampleText.module(ExampleText.exercise()) + "↓### Niveau 2\n\nNog te schrijven.\n",
            triggers: .emptyLevel),
        RuleExample(
            "every topic and level has exercises",
            module: ExampleText.module(ExampleText.exercise()) + "### Niveau 2\n\n" + ExampleText.exercise("1.A.2.1")),
    ]
}

extension Diagnostic {
    fileprivate static func emptyTopic(_ topic: Topic) -> Diagnostic {
        Diagnostic(
            .emptyTopic, en: "topic \(topic.id) '\(topic.title)' has no exercises",
            nl: "onderwerp \(topic.id) '\(topic.title)' heeft geen oefeningen", at: topic.location,
            length: 2 + 1 + topic.id.description.scalarCount,
            hint: FixHint(
                en: "add its exercises under it (`#### \(topic.id).1.1 title`), or remove the topic",
                nl: "zet de oefeningen eronder (`#### \(topic.id).1.1 titel`), of haal het onderwerp weg"))
    }

    fileprivate static func emptyLevel(_ level: Level, of topic: Topic) -> Diagnostic {
        let english = level.number.map { "level \($0)" } ?? "the level"
        let dutch = level.number.map { "niveau \($0)" } ?? "het niveau"
        return Diagnostic(
            .emptyLevel, en: "\(english) of topic \(topic.id) has no exercises",
            nl: "\(dutch) van onderwerp \(topic.id) heeft geen oefeningen", at: level.location, length: 3,
            hint: FixHint(
                en:
                    "add its exercises under it (`#### \(topic.id).\(level.number ?? 1).1 title`), or remove the level heading",
                nl:
                    "zet de oefeningen eronder (`#### \(topic.id).\(level.number ?? 1).1 titel`), of haal de kop van het niveau weg"
            ))
    }
}
