/// Two exercises with one ID: plans and cross-references could not tell them apart.
public struct DuplicateExerciseIDRule: Rule {
    public static let codes: [DiagnosticCode] = [.duplicateExerciseID]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        // Only what a finding quotes of the first exercise, not a copy of the whole exercise.
        var first: [ExerciseID: (title: String, idLocation: SourceLocation)] = [:]
        var count = 0
        curriculum.forEachLevel { count += $1.exercises.count }
        first.reserveCapacity(count)
        var found: [Diagnostic] = []
        curriculum.forEachExercise { exercise in
            guard let earlier = first[exercise.id] else {
                first[exercise.id] = (exercise.title, exercise.idLocation)
                return
            }
            found.append(
                .exerciseIDUsedTwice(
                    exercise, first: earlier, nextFree: Self.nextFree(after: exercise.id, in: curriculum)))
        }
        return found
    }

    static func nextFree(after id: ExerciseID, in curriculum: Curriculum) -> ExerciseID {
        let taken = Set(curriculum.exercises.map(\.id))
        var candidate = id
        repeat { candidate.number += 1 } while taken.contains(candidate)
        return candidate
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "two exercises numbered 1.A.1.1",
            module: ExampleText.module(
                ExampleText.exercise() + ExampleText.exercise("↓1.A.1.1", title: "Tweede oefening")),
            triggers: .duplicateExerciseID),
        RuleExample(
            "the same ID in two modules",
            files: [
                "module-1.md": ExampleText.module(ExampleText.exercise()),
                "module-2.md": "# Module 2: Tweede\n\n## 1.A Verdwaald onderwerp\n\n### Niveau 1\n\n"
                    + ExampleText.exercise("↓1.A.1.1"),
            ], triggers: .duplicateExerciseID),
        RuleExample(
            "distinct IDs", module: ExampleText.module(ExampleText.exercise() + ExampleText.exercise("1.A.1.2"))),
    ]
}

extension Diagnostic {
    fileprivate static func exerciseIDUsedTwice(
        _ exercise: Exercise, first earlier: (title: String, idLocation: SourceLocation), nextFree: ExerciseID
    ) -> Diagnostic {
        Diagnostic(
            .duplicateExerciseID, en: "exercise ID \(exercise.id) is already used by '\(earlier.title)'",
            nl: "oefeningnummer \(exercise.id) is al in gebruik voor '\(earlier.title)'",
            at: exercise.idLocation, length: exercise.writtenID.scalarCount,
            hint: FixHint(
                en: "give this exercise the next free number, for example \(nextFree)",
                nl: "geef deze oefening het eerstvolgende vrije nummer, bijvoorbeeld \(nextFree)"),
            notes: [
                .init(
                    en: "\(exercise.id) is first used here", nl: "hier staat \(exercise.id) voor het eerst",
                    at: earlier.idLocation)
            ])
    }
}
