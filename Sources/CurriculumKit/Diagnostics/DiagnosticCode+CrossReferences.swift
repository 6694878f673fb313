/// Codes for references in running text to other exercises (CUR5xx).
extension DiagnosticCode {
    public static let unresolvedExerciseReference = DiagnosticCode(
        "CUR501", "unresolved-exercise-reference", .error,
        summary: "text refers to an exercise ID that the curriculum does not have",
        help: "Correct the ID (`zie oefening 1.B.1.1`), or remove the reference.")

    public static let formerExerciseID = DiagnosticCode(
        "CUR502", "former-exercise-id", .note,
        summary: "an exercise was named by a former ID, which its `Eerder:` field lists",
        help: "Nothing is wrong; to name the exercise by its current ID, use the ID the note gives.")
    public static let conflictingFormerID = DiagnosticCode(
        "CUR503", "conflicting-former-id", .error,
        summary: "a former ID is another exercise's current ID, or two exercises give it",
        help: "Keep each former ID in the `Eerder:` field of one exercise, and never an ID in use.")

    static let crossReferenceCodes: [DiagnosticCode] = [
        unresolvedExerciseReference, formerExerciseID, conflictingFormerID,
    ]
}
