/// Codes for durations written in exercises and steps (CUR3xx).
extension DiagnosticCode {
    public static let unreadableDuration = DiagnosticCode(
        "CUR301", "unreadable-duration", .error,
        summary: "a duration cannot be read",
        help: "Write it as `60 min`, `1 uur`, `1,5 uur`, `1h30` or a range `1-1,5 uur`.")
    public static let ambiguousDuration = DiagnosticCode(
        "CUR302", "ambiguous-duration", .warning,
        summary: "a duration can be read two ways",
        help: "Write hours and minutes apart (`1 uur 30 min`) or minutes alone (`78 min`).")
    public static let zeroDuration = DiagnosticCode(
        "CUR303", "zero-duration", .error,
        summary: "a duration of zero minutes",
        help: "Give the time the exercise really takes.")
    public static let invertedRange = DiagnosticCode(
        "CUR304", "inverted-range", .error,
        summary: "a range whose minimum exceeds its maximum",
        help: "Write the smaller time first: `1-1,5 uur`.")

    static let durationCodes: [DiagnosticCode] = [unreadableDuration, ambiguousDuration, zeroDuration, invertedRange]
}
