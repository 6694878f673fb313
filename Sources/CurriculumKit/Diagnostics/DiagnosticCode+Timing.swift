/// Codes for durations that read well but do not make sense (CUR305+; CUR301-304 are the parser's).
extension DiagnosticCode {
    public static let implausibleDuration = DiagnosticCode(
        "CUR305", "implausible-duration", .warning,
        summary: "an exercise is longer than a course day",
        help: "Check the unit (`90 min`, not `90 uur`), or split the exercise over several sessions.")
    public static let stepsExceedDuration = DiagnosticCode(
        "CUR306", "steps-exceed-duration", .error,
        summary: "the timed procedure steps add up to more than the exercise's duration",
        help: "Correct the step times or the duration so that the steps fit.")
    public static let stepsFallShort = DiagnosticCode(
        "CUR307", "steps-fall-short", .note,
        summary: "the timed procedure steps cover much less than the exercise's duration",
        help: "Time the remaining steps, or shorten the duration.")

    static let timingCodes: [DiagnosticCode] = [implausibleDuration, stepsExceedDuration, stepsFallShort]
}
