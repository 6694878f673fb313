/// Codes reported by `curriculum fmt` and `curriculum init` (CUR8xx).
extension DiagnosticCode {
    public static let unformattedFile = DiagnosticCode(
        "CUR801", "unformatted-file", .error,
        summary: "a file is not in the canonical layout that `curriculum fmt` writes",
        help: "Run `curriculum fmt` on it, or `curriculum fmt --diff` to see what would change.")
    public static let unsafeFormat = DiagnosticCode(
        "CUR802", "unsafe-format", .error,
        summary: "formatting a file would change what it means, so it was left as it is",
        help: "This is a bug in `fmt`: please report the file. Nothing was written.")
    public static let initTargetNotEmpty = DiagnosticCode(
        "CUR803", "init-target-not-empty", .error,
        summary: "`curriculum init` was pointed at a folder that already holds files",
        help: "Give a new or empty folder; init never writes over existing files.")

    static let formatCodes: [DiagnosticCode] = [unformattedFile, unsafeFormat, initTargetNotEmpty]
}
