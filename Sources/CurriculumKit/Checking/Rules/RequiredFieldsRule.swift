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
            if exercise.title.allSatisfy(\.isWhitespace) {
                found.append(
                    Diagnostic(
                        .missingTitle, "exercise \(exercise.id) has no title", at: exercise.idLocation,
                        length: exercise.writtenID.scalarCount,
                        hint: FixHint(
                            "write the title after the ID: `\(String(repeating: "#", count: exercise.headingDepth)) \(exercise.writtenID) title`"
                        )))
            }
            if exercise.goals.isEmpty {
                let field = exercise.field(.goals)
                found.append(
                    Diagnostic(
                        .missingGoals,
                        field == nil
                            ? "exercise \(exercise.id) has no learning goals"
                            : "the learning goals of exercise \(exercise.id) are empty",
                        at: field?.location ?? exercise.location, length: field.map { $0.label.scalarCount } ?? heading,
                        hint: FixHint(
                            "add `\(dutch ? "Leerdoelen" : "Learning goals"):` with at least one goal, as a list item"))
                )
            }
            if exercise.duration == nil {
                let field = exercise.field(.duration)
                found.append(
                    Diagnostic(
                        .missingDuration,
                        field == nil
                            ? "exercise \(exercise.id) has no duration"
                            : "the duration of exercise \(exercise.id) is empty",
                        at: field?.location ?? exercise.location, length: field.map { $0.label.scalarCount } ?? heading,
                        hint: FixHint("add `\(dutch ? "Duur" : "Duration"): 30 min` (or the time it takes)")))
            }
            if exercise.procedure.isEmpty {
                let field = exercise.field(.procedure)
                found.append(
                    Diagnostic(
                        .missingProcedure,
                        field == nil
                            ? "exercise \(exercise.id) has no procedure"
                            : "the procedure of exercise \(exercise.id) is empty",
                        at: field?.location ?? exercise.location, length: field.map { $0.label.scalarCount } ?? heading,
                        hint: FixHint("add `Procedure:` with the steps the trainer follows")))
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
