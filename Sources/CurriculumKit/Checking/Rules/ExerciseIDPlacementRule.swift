/// An exercise's ID must agree with the headings above it: `1.B.2.3` belongs under module 1, topic
/// 1.B, level 2. A mismatch usually means a copied exercise whose ID was not updated, and it breaks
/// every plan or cross-reference that names the exercise.
public struct ExerciseIDPlacementRule: Rule {
    public static let codes: [DiagnosticCode] = [.misplacedExerciseID]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for module in curriculum.modules {
            for topic in module.topics {
                if topic.id.module != module.number {
                    found.append(.topicInOtherModule(topic, in: module))
                }
                for level in topic.levels {
                    // The numbers the level's rightly placed exercises already use.
                    let used = Set(
                        level.exercises.filter {
                            $0.id.module == module.number && $0.id.topic == topic.id.letter
                                && $0.id.level == level.number
                        }.map(\.id.number))
                    for exercise in level.exercises {
                        let expected = ExerciseID(
                            module: module.number, topic: topic.id.letter, level: level.number,
                            number: exercise.id.number)
                        guard exercise.id != expected else { continue }
                        if level.number == nil, let wanted = exercise.id.level, exercise.id.topicID == topic.id {
                            // The ID is right; the level heading above it is missing.
                            found.append(
                                .missingLevelHeading(exercise, level: wanted, language: curriculum.language))
                            continue
                        }
                        // The first number the level does not use yet: no gap, no clash.
                        let free = (1...).first { !used.contains($0) } ?? 1
                        let renumbered = ExerciseID(
                            module: module.number, topic: topic.id.letter, level: level.number, number: free)
                        found.append(
                            .exerciseUnderOtherHeadings(
                                exercise, topic: "\(module.number).\(topic.id.letter)", level: level.number,
                                expected: renumbered))
                    }
                }
            }
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "an exercise of level 2 under level 1", module: ExampleText.module(ExampleText.exercise("↓1.A.2.1")),
            triggers: .misplacedExerciseID),
        RuleExample(
            "an exercise of topic B under topic A", module: ExampleText.module(ExampleText.exercise("↓1.B.1.1")),
            triggers: .misplacedExerciseID),
        RuleExample(
            "a four-part ID in a module without levels",
            module: ExampleText.module(ExampleText.exercise("↓1.A.1.1", depth: 3), level: nil),
            triggers: .misplacedExerciseID),
        RuleExample(
            "a topic numbered for another module", module: "# Module 1: Een\n\n## ↓2.A Onderwerp\n\n### Niveau 1\n\n",
            triggers: .misplacedExerciseID),
        RuleExample(
            "IDs that match their headings",
            module: ExampleText.module(ExampleText.exercise() + ExampleText.exercise("1.A.1.2"))),
        RuleExample(
            "three-part IDs in a module without levels",
            module: ExampleText.module(ExampleText.exercise("1.A.1", depth: 3), level: nil)),
    ]
}

extension Diagnostic {
    fileprivate static func topicInOtherModule(_ topic: Topic, in module: Module) -> Diagnostic {
        Diagnostic(
            .misplacedExerciseID, en: "topic \(topic.id) sits in module \(module.number)",
            nl: "onderwerp \(topic.id) staat in module \(module.number)",
            at: SourceLocation(file: topic.location.file, line: topic.location.line, column: topic.location.column + 3),
            length: topic.id.description.scalarCount,
            hint: FixHint(
                en: "number it \(module.number).\(topic.id.letter), or move it to module \(topic.id.module)",
                nl: "nummer het \(module.number).\(topic.id.letter), of verplaats het naar module \(topic.id.module)"))
    }

    /// An exercise with a level in its ID in a topic without level headings: the heading to add, as
    /// the file's language writes it.
    fileprivate static func missingLevelHeading(_ exercise: Exercise, level: Int, language: Language) -> Diagnostic {
        let heading = "### \(language == .dutch ? "Niveau" : "Level") \(level)"
        return Diagnostic(
            .misplacedExerciseID,
            en: "exercise \(exercise.id) names level \(level), but its topic has no level headings",
            nl: "oefening \(exercise.id) noemt niveau \(level), maar haar onderwerp heeft geen niveaukoppen",
            at: exercise.idLocation, length: exercise.writtenID.scalarCount,
            hint: FixHint(
                en:
                    "add the level heading `\(heading)` above it (the exercise a `####` heading under it), or leave the level out of this topic's IDs",
                nl:
                    "zet de kop `\(heading)` boven de oefening (en maak de oefening een `####`-kop daaronder), of laat het niveau weg uit de nummers van dit onderwerp"
            ))
    }

    /// An exercise whose ID names other headings than the ones it sits under: topic `topic`, at
    /// `level` (`nil`: a topic without levels).
    fileprivate static func exerciseUnderOtherHeadings(
        _ exercise: Exercise, topic: String, level: Int?, expected: ExerciseID
    ) -> Diagnostic {
        let english = "topic \(topic)" + (level.map { ", level \($0)" } ?? ", which has no levels")
        let dutch = "onderwerp \(topic)" + (level.map { ", niveau \($0)" } ?? ", dat geen niveaus heeft")
        return Diagnostic(
            .misplacedExerciseID, en: "exercise \(exercise.id) sits under \(english)",
            nl: "oefening \(exercise.id) staat onder \(dutch)", at: exercise.idLocation,
            length: exercise.writtenID.scalarCount,
            hint: FixHint(
                en: "number it \(expected), or move it under the headings its ID names",
                nl: "nummer haar \(expected), of verplaats haar naar de koppen die haar nummer noemt",
                replacement: expected.description))
    }
}
