/// Every exercise needs a title, at least one learning goal, a duration and a procedure: without
/// them a trainer cannot run it and `plan` cannot schedule it.
public struct RequiredFieldsRule: Rule {
    public static let codes: [DiagnosticCode] = [.missingTitle, .missingGoals, .missingDuration, .missingProcedure]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let dutch = curriculum.language == .dutch
        curriculum.forEachExercise { exercise in
            // Only a finding needs the heading's length; a title is blank when every character is
            // white space, which the first letter of a real title disproves at once.
            var heading: Int { exercise.headingDepth + 1 + exercise.writtenID.scalarCount }
            if exercise.title.isWhiteSpace {
                found.append(.noTitle(exercise))
            }
            if exercise.goals.isEmpty {
                found.append(
                    exercise.field(.goals).map { .emptyGoals($0, of: exercise, dutch: dutch) }
                        ?? .noGoals(exercise, headingLength: heading, dutch: dutch))
            }
            if exercise.duration == nil {
                found.append(
                    exercise.field(.duration).map { .emptyDuration($0, of: exercise, dutch: dutch) }
                        ?? .noDuration(exercise, headingLength: heading, dutch: dutch))
            }
            if exercise.procedure.isEmpty {
                found.append(
                    exercise.field(.procedure).map { .emptyProcedure($0, of: exercise, dutch: dutch) }
                        ?? .noProcedure(exercise, headingLength: heading, dutch: dutch))
            }
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "no goals",
            module: ExampleText.module("↓#### 1.A.1.1 Kennismaking\n\nDuur: 30 min\n\nProcedure:\n1. Voorstelronde.\n"),
            triggers: .missingGoals),
        RuleExample(
            "an empty duration field",
            module: ExampleText.module(
                "#### 1.A.1.1 Kennismaking\n\nLeerdoelen:\n- Elkaar kennen\n\n↓Duur:\n\nProcedure:\n1. Voorstelronde.\n"
            ),
            triggers: .missingDuration),
        RuleExample(
            "no procedure",
            module: ExampleText.module("↓#### 1.A.1.1 Kennismaking\n\nLeerdoelen:\n- Elkaar kennen\n\nDuur: 30 min\n"),
            triggers: .missingProcedure),
        RuleExample(
            "no title", module: ExampleText.module(ExampleText.exercise("↓1.A.1.1", title: "")), triggers: .missingTitle
        ),
        RuleExample("every required field", module: ExampleText.module(ExampleText.exercise())),
    ]
}

extension Diagnostic {
    fileprivate static func noTitle(_ exercise: Exercise) -> Diagnostic {
        let heading = String(repeating: "#", count: exercise.headingDepth)
        return Diagnostic(
            .missingTitle, en: "exercise \(exercise.id) has no title", nl: "oefening \(exercise.id) heeft geen titel",
            at: exercise.idLocation, length: exercise.writtenID.scalarCount,
            hint: FixHint(
                en: "write the title after the ID: `\(heading) \(exercise.writtenID) title`",
                nl: "zet de titel achter het nummer: `\(heading) \(exercise.writtenID) titel`"))
    }

    /// No goals field: reported at the heading (`headingLength` long).
    fileprivate static func noGoals(_ exercise: Exercise, headingLength: Int, dutch: Bool) -> Diagnostic {
        Diagnostic(
            .missingGoals, en: "exercise \(exercise.id) has no learning goals",
            nl: "oefening \(exercise.id) heeft geen leerdoelen", at: exercise.location, length: headingLength,
            hint: goalsHint(dutch: dutch))
    }

    fileprivate static func emptyGoals(_ field: FieldOccurrence, of exercise: Exercise, dutch: Bool) -> Diagnostic {
        Diagnostic(
            .missingGoals, en: "the learning goals of exercise \(exercise.id) are empty",
            nl: "de leerdoelen van oefening \(exercise.id) zijn leeg", at: field.location,
            length: field.label.scalarCount, hint: goalsHint(dutch: dutch))
    }

    /// The label is the curriculum's own (`Leerdoelen` in a Dutch one), whatever the user's language.
    private static func goalsHint(dutch: Bool) -> FixHint {
        let label = dutch ? "Leerdoelen" : "Learning goals"
        return FixHint(
            en: "add `\(label):` with at least one goal, as a list item",
            nl: "voeg `\(label):` toe met minstens één leerdoel in een opsomming (`- …`)")
    }

    fileprivate static func noDuration(_ exercise: Exercise, headingLength: Int, dutch: Bool) -> Diagnostic {
        Diagnostic(
            .missingDuration, en: "exercise \(exercise.id) has no duration",
            nl: "oefening \(exercise.id) heeft geen duur",
            at: exercise.location, length: headingLength, hint: durationHint(dutch: dutch))
    }

    fileprivate static func emptyDuration(_ field: FieldOccurrence, of exercise: Exercise, dutch: Bool) -> Diagnostic {
        Diagnostic(
            .missingDuration, en: "the duration of exercise \(exercise.id) is empty",
            nl: "de duur van oefening \(exercise.id) is leeg", at: field.location, length: field.label.scalarCount,
            hint: durationHint(dutch: dutch))
    }

    private static func durationHint(dutch: Bool) -> FixHint {
        let label = dutch ? "Duur" : "Duration"
        return FixHint(
            en: "add `\(label): 30 min` (or the time it takes)",
            nl: "voeg `\(label): 30 min` toe (of hoe lang het duurt)")
    }

    fileprivate static func noProcedure(_ exercise: Exercise, headingLength: Int, dutch: Bool) -> Diagnostic {
        Diagnostic(
            .missingProcedure, en: "exercise \(exercise.id) has no procedure",
            nl: "oefening \(exercise.id) heeft geen werkwijze", at: exercise.location, length: headingLength,
            hint: procedureHint(dutch: dutch))
    }

    fileprivate static func emptyProcedure(_ field: FieldOccurrence, of exercise: Exercise, dutch: Bool) -> Diagnostic {
        Diagnostic(
            .missingProcedure, en: "the procedure of exercise \(exercise.id) is empty",
            nl: "de werkwijze van oefening \(exercise.id) is leeg", at: field.location,
            length: field.label.scalarCount, hint: procedureHint(dutch: dutch))
    }

    private static func procedureHint(dutch: Bool) -> FixHint {
        let label = dutch ? "Werkwijze" : "Procedure"
        return FixHint(
            en: "add `\(label):` with the steps the trainer follows",
            nl: "voeg `\(label):` toe met de stappen die de trainer volgt")
    }
}
