extension DiagnosticCode {
    /// Every code the tool can report, in ID order: the source of `docs/rules.md`, the SARIF rule
    /// table and `--select`/`--ignore` validation.
    /// Built once: suppressions and `--select` look codes up on every run.
    public static let all: [DiagnosticCode] =
        (inputCodes + syntaxCodes + fileCodes + structureCodes + durationCodes + timingCodes + annexCodes
        + crossReferenceCodes + goalCodes + planCodes + formatCodes + suppressionCodes + carpentriesCodes
        + importCodes)
        .sorted()

    /// Every code by its upper-cased ID and upper-cased name, for `named(_:)`.
    static let byKey: [String: DiagnosticCode] = {
        var table: [String: DiagnosticCode] = [:]
        for code in all {
            table[code.id.uppercased()] = table[code.id.uppercased()] ?? code
            table[code.name.uppercased()] = table[code.name.uppercased()] ?? code
        }
        return table
    }()
}
