/// Codes about in-file suppressions (CUR9xx).
extension DiagnosticCode {
    public static let suppressionWithoutReason = DiagnosticCode(
        "CUR901", "suppression-without-reason", .error,
        summary: "a suppression comment names no rule or gives no reason",
        help:
            "Write `<!-- curriculum-ignore CODE: reason -->`: the reason tells later readers why the finding is accepted."
    )
    public static let unusedSuppression = DiagnosticCode(
        "CUR902", "unused-suppression", .warning,
        summary: "a suppression that silences nothing",
        help: "Remove it: the finding it was written for is gone.")
    public static let unknownSuppressionCode = DiagnosticCode(
        "CUR903", "unknown-suppression-code", .error,
        summary: "a suppression names a code that does not exist",
        help: "Use a code from docs/rules.md.")

    static let suppressionCodes: [DiagnosticCode] = [
        suppressionWithoutReason, unusedSuppression, unknownSuppressionCode,
    ]
}
