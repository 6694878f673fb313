/// Codes for learning goals (CUR6xx).
extension DiagnosticCode {
    public static let unaddressedLevelGoals = DiagnosticCode(
        "CUR601", "unaddressed-level-goals", .warning,
        summary: "no exercise under a level addresses any of the level's goals",
        help: "Give the exercises goals that share the level goals' key words, or revise the level goals.")

    static let goalCodes: [DiagnosticCode] = [unaddressedLevelGoals]
}
