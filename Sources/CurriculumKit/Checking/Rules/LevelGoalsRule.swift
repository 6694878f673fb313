/// A level's goals say what its exercises achieve together; if no exercise under the level addresses
/// any of them, goals and exercises have drifted apart.
///
/// Matching rule: a goal's *key words* are its words of five or more letters that are not stop
/// words, cut to their first six letters (so `begeleiding` and `begeleidingsrollen` meet). An
/// exercise addresses a goal when its title and learning goals share at least two key words with it
/// (one, when the goal has only one). The level is reported, once, when none of its goals is
/// addressed by any of its exercises.
public struct LevelGoalsRule: Rule {
    public static let codes: [DiagnosticCode] = [.unaddressedLevelGoals]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var stems = LevelStems()
        curriculum.forEachLevel { topic, level in
            guard !level.goals.isEmpty, !level.exercises.isEmpty else { return }
            let addressed = stems.addresses(level) ?? Self.unicodeAddresses(level)
            guard !addressed, let first = level.goals.first else { return }
            found.append(.unaddressedGoals(of: level, in: topic, first: first))
        }
        return found
    }

    /// Whether an exercise of the level addresses one of its goals, on `String`s: for levels with a
    /// word beyond Latin-1, where `LevelStems` declines.
    static func unicodeAddresses(_ level: Level) -> Bool {
        let exerciseWords = level.exercises.map { exercise in
            Wording.unicodeStems(([exercise.title] + exercise.goals.map(\.text)).joined(separator: " "))
        }
        return level.goals.contains { goal in
            let words = Wording.unicodeStems(goal.text)
            let needed = min(2, words.count)
            return needed > 0 && exerciseWords.contains { $0.intersection(words).count >= needed }
        }
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "level goals about budgets, exercises about introductions",
            module: ExampleText.module(
                ExampleText.exercise(), levelGoals: "↓- Huishoudbudgetten opstellen met cliënten"),
            triggers: .unaddressedLevelGoals),
        RuleExample(
            "an exercise that shares two key words with a level goal",
            module: ExampleText.module(
                ExampleText.exercise(goals: "Begeleidingsrollen van de casemanager onderscheiden"),
                levelGoals: "- De verschillende begeleidingsrollen van een casemanager kennen")),
    ]
}

extension Diagnostic {
    fileprivate static func unaddressedGoals(of level: Level, in topic: Topic, first: Goal) -> Diagnostic {
        let english = level.number.map { "level \($0) of topic \(topic.id)" } ?? "topic \(topic.id)"
        let dutch = level.number.map { "niveau \($0) van onderwerp \(topic.id)" } ?? "onderwerp \(topic.id)"
        return Diagnostic(
            .unaddressedLevelGoals,
            en: "none of the \(level.goals.count) goals of \(english) is addressed by its exercises",
            nl: "geen van de \(level.goals.count) leerdoelen van \(dutch) komt terug in de oefeningen",
            at: first.location, length: first.text.scalarCount,
            hint: FixHint(
                en:
                    "give the exercises learning goals that share the key words of a level goal (the matching rule is in docs/rules.md, CUR601), or revise the level goals",
                nl:
                    "geef de oefeningen leerdoelen met de kernwoorden van een leerdoel van het niveau (hoe dat vergeleken wordt staat in docs/rules.md, CUR601), of herzie de leerdoelen van het niveau"
            ))
    }
}
