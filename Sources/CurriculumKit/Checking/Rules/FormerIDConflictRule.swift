/// A former ID (`Eerder:`) must name one exercise only: `show`, plans and cross-references resolve
/// it to its exercise, which they cannot do when the ID is another exercise's current ID (the exact
/// ID would win, silently) or when two exercises claim it (either could be meant).
public struct FormerIDConflictRule: Rule {
    public static let codes: [DiagnosticCode] = [.conflictingFormerID]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var current: Set<ExerciseID> = []
        curriculum.forEachExercise { current.insert($0.id) }
        var claimed: [ExerciseID: ExerciseID] = [:]
        var found: [Diagnostic] = []
        curriculum.forEachExercise { exercise in
            guard !exercise.formerIDs.isEmpty, let field = exercise.field(.formerIDs) else { return }
            for id in exercise.formerIDs {
                if current.contains(id) {
                    found.append(.formerIDIsCurrent(id, of: exercise, at: field))
                } else if let first = claimed[id], first != exercise.id {
                    found.append(.formerIDClaimedTwice(id, of: exercise, first: first, at: field))
                } else {
                    claimed[id] = exercise.id
                }
            }
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "a former ID that is another exercise's current ID",
            module: ExampleText.module(
                ExampleText.exercise() + ExampleText.exercise("1.A.1.2", extra: "↓Eerder: 1.A.1.1")),
            triggers: .conflictingFormerID),
        RuleExample(
            "one former ID claimed by two exercises",
            module: ExampleText.module(
                ExampleText.exercise(extra: "Eerder: 1.A.1.7")
                    + ExampleText.exercise("1.A.1.2", extra: "↓Eerder: 1.A.1.7")),
            triggers: .conflictingFormerID),
        RuleExample(
            "former IDs that name one exercise each",
            module: ExampleText.module(
                ExampleText.exercise(extra: "Eerder: 1.A.1.7")
                    + ExampleText.exercise("1.A.1.2", extra: "Eerder: 1.A.1.8"))),
    ]
}

extension Diagnostic {
    fileprivate static func formerIDIsCurrent(_ id: ExerciseID, of exercise: Exercise, at field: FieldOccurrence)
        -> Diagnostic
    {
        Diagnostic(
            .conflictingFormerID,
            en: "exercise \(exercise.id) gives \(id) as a former ID, but \(id) is the ID of another exercise",
            nl:
                "oefening \(exercise.id) noemt \(id) als vorig nummer, maar \(id) is het nummer van een andere oefening",
            at: field.location, length: field.label.scalarCount,
            hint: FixHint(
                en: "remove \(id) from the '\(field.label)' field of \(exercise.id)",
                nl: "haal \(id) weg uit het veld '\(field.label)' van \(exercise.id)"))
    }

    fileprivate static func formerIDClaimedTwice(
        _ id: ExerciseID, of exercise: Exercise, first: ExerciseID, at field: FieldOccurrence
    ) -> Diagnostic {
        Diagnostic(
            .conflictingFormerID,
            en: "exercise \(exercise.id) gives \(id) as a former ID, which exercise \(first) gives too",
            nl: "oefening \(exercise.id) noemt \(id) als vorig nummer, maar oefening \(first) doet dat ook",
            at: field.location, length: field.label.scalarCount,
            hint: FixHint(
                en: "keep \(id) in the '\(field.label)' field of one exercise only",
                nl: "laat \(id) maar bij één oefening in het veld '\(field.label)' staan"))
    }
}
