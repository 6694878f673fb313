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

    static let crossReferenceCodes: [DiagnosticCode] = [unresolvedExerciseReference, formerExerciseID]
}
