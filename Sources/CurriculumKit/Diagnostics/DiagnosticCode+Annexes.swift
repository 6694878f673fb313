/// Codes for annex references and the annex catalogue (CUR4xx).
extension DiagnosticCode {
    public static let unresolvedAnnex = DiagnosticCode(
        "CUR401", "unresolved-annex", .error,
        summary: "an annex reference names an annex that the catalogue does not list",
        help: "Correct the reference (the hint names the nearest catalogue entry), or add the annex to the catalogue.")
    public static let missingAnnexFile = DiagnosticCode(
        "CUR402", "missing-annex-file", .error,
        summary: "an annex's file does not exist",
        help: "Add the file to the curriculum folder, or correct its path.")
    public static let annexPathOutside = DiagnosticCode(
        "CUR403", "annex-path-outside", .error,
        summary: "an annex path is absolute or leads outside the curriculum folder",
        help: "Keep annex files inside the curriculum folder and name them by a relative path (`bijlagen/swot.pdf`).")
    public static let malformedAnnexURL = DiagnosticCode(
        "CUR404", "malformed-annex-url", .error,
        summary: "an annex URL is not a well-formed web address",
        help: "Write a complete address: `https://host/path`.")
    public static let insecureAnnexURL = DiagnosticCode(
        "CUR405", "insecure-annex-url", .warning,
        summary: "an annex URL does not use https",
        help: "Use the `https://` address of the document.")
    public static let unreferencedAnnex = DiagnosticCode(
        "CUR406", "unreferenced-annex", .warning,
        summary: "a catalogue entry that no exercise references",
        help: "Reference the annex from the exercise that uses it, or remove it from the catalogue.")
    public static let annexTitleMismatch = DiagnosticCode(
        "CUR407", "annex-title-mismatch", .warning,
        summary: "a reference gives an annex a different title than the catalogue",
        help: "Use the catalogue's title, or check that the reference names the right annex.")
    public static let duplicateAnnexID = DiagnosticCode(
        "CUR408", "duplicate-annex-id", .error,
        summary: "the catalogue lists the same annex ID twice",
        help: "Keep one entry per annex ID; give the other document its own number.")

    static let annexCodes: [DiagnosticCode] = [
        unresolvedAnnex, missingAnnexFile, annexPathOutside, malformedAnnexURL, insecureAnnexURL, unreferencedAnnex,
        annexTitleMismatch, duplicateAnnexID,
    ]
}
