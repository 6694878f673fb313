extension DiagnosticCode {
    /// Every code the tool can report, in ID order: the source of `docs/rules.md`, the SARIF rule
    /// table and `--select`/`--ignore` validation.
    public static var all: [DiagnosticCode] {
        (inputCodes + syntaxCodes + fileCodes + durationCodes + suppressionCodes + ruleCodes + planCodes + formatCodes).sorted()
    }
}
