/// A feedback label with nothing after it: the book's authors meant to write how the exercise is
/// closed and did not. A warning, not an error: many exercises need no feedback at all, and those
/// simply leave the field out.
public struct EmptyFeedbackRule: Rule {
    public static let codes: [DiagnosticCode] = [.emptyFeedback]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        curriculum.forEachExercise { exercise in
            guard exercise.feedback.isBlank, let field = exercise.field(.feedback) else { return }
            found.append(.emptyFeedback(field, of: exercise))
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "a feedback label with nothing after it",
            module: ExampleText.module(
                "#### 1.A.1.1 Kennismaking\n\nLeerdoelen:\n- Elkaar kennen\n\nDuur: 30 min\n\nProcedure:\n1. Voorstelronde.\n\n↓Feedback:\n\nMateriaal: pennen\n"
            ),
            triggers: .emptyFeedback),
        RuleExample("feedback with text", module: ExampleText.module(ExampleText.exercise())),
        RuleExample(
            "no feedback field at all",
            module: ExampleText.module(
                "#### 1.A.1.1 Kennismaking\n\nLeerdoelen:\n- Elkaar kennen\n\nDuur: 30 min\n\nProcedure:\n1. Voorstelronde.\n"
            )),
    ]
}

extension Diagnostic {
    fileprivate static func emptyFeedback(_ field: FieldOccurrence, of exercise: Exercise) -> Diagnostic {
        Diagnostic(
            .emptyFeedback, en: "the '\(field.label)' field of exercise \(exercise.id) is empty",
            nl: "het veld '\(field.label)' van oefening \(exercise.id) is leeg", at: field.location,
            length: field.label.scalarCount,
            hint: FixHint(
                en: "write how the trainer closes the exercise, or remove the label",
                nl: "schrijf hoe de trainer de oefening afrondt, of haal het label weg"))
    }
}
