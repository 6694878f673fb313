/// An exercise longer than a course day is almost always a wrong unit (`90 uur` for `90 min`), and
/// no plan can place it.
public struct ImplausibleDurationRule: Rule {
    public static let codes: [DiagnosticCode] = [.implausibleDuration]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let limit = context.longestPlausibleMinutes
        curriculum.forEachExercise { exercise in
            guard let written = exercise.duration, let value = written.value, value.maximum > limit else { return }
            found.append(.implausibleDuration(written, value, of: exercise, limit: limit))
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "minutes written as hours", module: ExampleText.module(ExampleText.exercise(duration: "↓90 uur")),
            triggers: .implausibleDuration),
        RuleExample(
            "a range that ends past a day", module: ExampleText.module(ExampleText.exercise(duration: "↓6-10 uur")),
            triggers: .implausibleDuration),
        RuleExample(
            "a long but possible exercise", module: ExampleText.module(ExampleText.exercise(duration: "3,5 uur"))),
    ]
}

extension Diagnostic {
    fileprivate static func implausibleDuration(
        _ written: WrittenDuration, _ value: Duration, of exercise: Exercise, limit: Int
    ) -> Diagnostic {
        Diagnostic(
            .implausibleDuration,
            en: "exercise \(exercise.id) lasts '\(written.text)' (\(value)), longer than a course day of \(limit) min",
            nl: "oefening \(exercise.id) duurt '\(written.text)' (\(value)), langer dan een cursusdag van \(limit) min",
            at: written.location, length: written.text.scalarCount,
            hint: FixHint(
                en: "check the unit (`min` or `uur`), or split the exercise over several sessions",
                nl: "kijk of de eenheid klopt (`min` of `uur`), of verdeel de oefening over meer bijeenkomsten"))
    }
}
