/// Codes reported by the commands that write files (`fmt`, `init`, `plan --write`, `export`) and by
/// commands about what they were asked for (CUR8xx).
extension DiagnosticCode {
    public static let unformattedFile = DiagnosticCode(
        "CUR801", "unformatted-file", .error,
        summary: "a file is not in the canonical layout that `curriculum fmt` writes",
        help: "Run `curriculum fmt` on it, or `curriculum fmt --diff` to see what would change.")
    public static let meaningChangingFormat = DiagnosticCode(
        "CUR802", "unsafe-format", .error,
        summary: "formatting a file would change what it means, so it was left as it is",
        help: "This is a bug in `fmt`: please report the file. Nothing was written.")
    public static let initTargetNotEmpty = DiagnosticCode(
        "CUR803", "init-target-not-empty", .error,
        summary: "`curriculum init` was pointed at a folder that already holds files",
        help: "Give a new or empty folder; init never writes over existing files.")

    public static let outputExists = DiagnosticCode(
        "CUR804", "output-exists", .error,
        summary: "the file to write already exists, and the command may not replace it",
        help: "Add --force to replace it, or choose another file name.")
    public static let unwritableOutput = DiagnosticCode(
        "CUR805", "unwritable-output", .error,
        summary: "a file or folder could not be written; nothing was changed",
        help: "Check that the folder exists and that you may write in it.")

    public static let notInCurriculum = DiagnosticCode(
        "CUR806", "not-in-curriculum", .error,
        summary: "an exercise, topic, module or level asked for is not in the curriculum",
        help: "Check the ID; `curriculum list` shows every ID and level.")
    public static let planHasErrors = DiagnosticCode(
        "CUR807", "plan-has-errors", .error,
        summary: "a plan with errors was not exported or compared",
        help: "Run `curriculum plan PLAN` or `curriculum check PLAN` to see every finding, and fix them.")
    public static let pdfNotPrinted = DiagnosticCode(
        "CUR808", "pdf-not-printed", .error,
        summary: "no browser could print the PDF, or the browser failed",
        help: "Install Chromium or Chrome, give it with --browser, or export HTML and print it from a browser.")

    static let formatCodes: [DiagnosticCode] = [
        unformattedFile, meaningChangingFormat, initTargetNotEmpty, outputExists, unwritableOutput, notInCurriculum,
        planHasErrors, pdfNotPrinted,
    ]
}
