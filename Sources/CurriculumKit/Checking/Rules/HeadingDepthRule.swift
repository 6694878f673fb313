/// Exercise headings take `####` under a level and `###` directly under a topic. A heading that
/// skips a level (`####` right under `##`) renders as a sub-sub-heading in every Markdown preview
/// and suggests a missing `### Niveau` heading; one `#` too many (`#####`) is read as the exercise
/// it names and reported here.
public struct HeadingDepthRule: Rule {
    public static let codes: [DiagnosticCode] = [.skippedHeadingLevel]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for topic in curriculum.topics {
            for level in topic.levels {
                let expected = level.isImplicit ? 3 : 4
                for exercise in level.exercises where exercise.headingDepth != expected {
                    if exercise.headingDepth > 4 {
                        found.append(.exerciseHeadingTooDeep(exercise, expected: expected))
                    } else {
                        found.append(
                            level.isImplicit
                                ? .exerciseSkipsLevelHeading(exercise, under: topic)
                                : .exerciseTooShallowUnderLevel(exercise))
                    }
                }
            }
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "a `####` exercise right under its topic",
            module: ExampleText.module(
                ExampleText.exercise("1.A.1", depth: 3) + "↓" + ExampleText.exercise("1.A.2"), level: nil),
            triggers: .skippedHeadingLevel),
        RuleExample(
            "a `###` exercise under a level",
            module: ExampleText.module(ExampleText.exercise() + "↓" + ExampleText.exercise("1.A.1.2", depth: 3)),
            triggers: .skippedHeadingLevel),
        RuleExample(
            "a `#####` exercise, one `#` too many, still read as an exercise",
            module: ExampleText.module(ExampleText.exercise() + "↓" + ExampleText.exercise("1.A.1.2", depth: 5)),
            triggers: .skippedHeadingLevel),
        RuleExample(
            "depths that follow the structure",
            module: ExampleText.module(ExampleText.exercise()) + "## 1.B Zonder niveaus\n\n"
                + ExampleText.exercise("1.B.1", depth: 3)),
    ]
}

extension Diagnostic {
    fileprivate static func exerciseSkipsLevelHeading(_ exercise: Exercise, under topic: Topic) -> Diagnostic {
        let written = String(repeating: "#", count: exercise.headingDepth)
        return Diagnostic(
            .skippedHeadingLevel,
            en:
                "exercise \(exercise.id) is a `\(written)` heading directly under topic \(topic.id): it skips the level heading",
            nl:
                "oefening \(exercise.id) is een `\(written)`-kop direct onder onderwerp \(topic.id): de kop van het niveau ontbreekt",
            at: exercise.location, length: exercise.headingDepth,
            hint: FixHint(
                en:
                    "add `### Niveau \(exercise.id.level ?? 1)` above it, or write `### \(exercise.writtenID)` if the topic has no levels",
                nl:
                    "zet `### Niveau \(exercise.id.level ?? 1)` erboven, of schrijf `### \(exercise.writtenID)` als het onderwerp geen niveaus heeft"
            ))
    }

    fileprivate static func exerciseHeadingTooDeep(_ exercise: Exercise, expected: Int) -> Diagnostic {
        let written = String(repeating: "#", count: exercise.headingDepth)
        let wanted = String(repeating: "#", count: expected)
        return Diagnostic(
            .skippedHeadingLevel,
            en:
                "exercise \(exercise.id) is a `\(written)` heading, deeper than an exercise heading (`\(wanted)`): it skips a heading level",
            nl:
                "oefening \(exercise.id) is een `\(written)`-kop, dieper dan de kop van een oefening (`\(wanted)`): er wordt een kopniveau overgeslagen",
            at: exercise.location, length: exercise.headingDepth,
            hint: FixHint(
                en: "write `\(wanted) \(exercise.writtenID) …`", nl: "schrijf `\(wanted) \(exercise.writtenID) …`"))
    }

    fileprivate static func exerciseTooShallowUnderLevel(_ exercise: Exercise) -> Diagnostic {
        let written = String(repeating: "#", count: exercise.headingDepth)
        return Diagnostic(
            .skippedHeadingLevel, en: "exercise \(exercise.id) is a `\(written)` heading under a `###` level heading",
            nl: "oefening \(exercise.id) is een `\(written)`-kop onder de `###`-kop van een niveau",
            at: exercise.location, length: exercise.headingDepth,
            hint: FixHint(en: "write `#### \(exercise.writtenID) …`", nl: "schrijf `#### \(exercise.writtenID) …`"))
    }
}
