/// Codes for files that cannot be read as text at all (CUR0xx).
extension DiagnosticCode {
    public static let unreadableFile = DiagnosticCode(
        "CUR001", "unreadable-file", .error,
        summary: "a file or folder could not be read",
        help: "Check that the path exists and that you may read it.")
    public static let invalidUTF8 = DiagnosticCode(
        "CUR002", "invalid-utf8", .error,
        summary: "a file is not valid UTF-8",
        help: "Save the file as UTF-8 (most editors: 'Save with encoding' → UTF-8).")
    public static let binaryFile = DiagnosticCode(
        "CUR003", "binary-file", .error,
        summary: "a file holds NUL bytes: it is binary, not text",
        help: "Curriculum files are plain text; check that the right file is named.")
    public static let emptyFile = DiagnosticCode(
        "CUR004", "empty-file", .error,
        summary: "a file is empty",
        help: "Write the file's heading, or remove it from the manifest.")
    public static let notAFile = DiagnosticCode(
        "CUR005", "not-a-file", .error,
        summary: "a folder, device or link loop was given where a file was expected",
        help: "Name a curriculum file, or a folder holding a curriculum.md.")
    public static let fileTooLarge = DiagnosticCode(
        "CUR006", "file-too-large", .error,
        summary: "a file is larger than the size limit and was not read",
        help: "Curriculum files are small; split the file or check that the right file is named.")
    public static let noCurriculum = DiagnosticCode(
        "CUR007", "no-curriculum", .error,
        summary: "no curriculum.md was found where a curriculum was expected",
        help: "Give the folder that holds curriculum.md, or create one with 'curriculum init DIR'.")

    public static let severalCurricula = DiagnosticCode(
        "CUR008", "several-curricula", .error,
        summary: "a path holds several curricula where the command works on one",
        help: "Name the one curriculum folder to work on.")

    public static let fileOutsideCurriculum = DiagnosticCode(
        "CUR020", "file-outside-curriculum", .error,
        summary: "a file of the curriculum resolves (through a symbolic link) to a place outside its folder",
        help: "Keep every file of the curriculum inside its folder: copy the file in instead of linking to it.")
    public static let moduleListedTwice = DiagnosticCode(
        "CUR021", "module-listed-twice", .error,
        summary: "the manifest lists one module file twice",
        help: "Remove the second line from the Modules list in curriculum.md.")
    public static let writeOverInput = DiagnosticCode(
        "CUR022", "write-over-input", .error,
        summary: "--write or --output names a file the command reads",
        help: "Write to a new file; a curriculum's own files are changed with 'curriculum fmt' or by hand.")
    public static let planNotWritten = DiagnosticCode(
        "CUR023", "plan-not-written", .error,
        summary: "plan --write refuses a plan with errors, which would lose its unresolved lines",
        help: "Fix the errors 'curriculum plan' reports, then write the plan again.")

    public static let browserSandboxOff = DiagnosticCode(
        "CUR024", "browser-sandbox-off", .warning,
        summary: "PDF export runs the browser without its sandbox, because the tool runs as root",
        help: "Export PDFs as an ordinary user, so that the browser runs in its sandbox.")

    static let inputCodes: [DiagnosticCode] = [
        unreadableFile, invalidUTF8, binaryFile, emptyFile, notAFile, fileTooLarge, noCurriculum, severalCurricula,
        fileOutsideCurriculum, moduleListedTwice, writeOverInput, planNotWritten, browserSandboxOff,
    ]
}

extension DiagnosticCode {
    /// Whether the code means an input could not be read at all: a path that does not exist or
    /// cannot be opened, a folder or device where a file belongs, a file over the size limit, a
    /// folder without a curriculum, or with several where one is needed; a course book to import
    /// that is not text or holds no exercise (the importer's only input).
    ///
    /// The one definition every command uses to choose exit status 2 over 1, so that the same bad
    /// input gets the same status from `check`, `plan`, `export` and the rest. A file that was read
    /// but is not text (invalid UTF-8, binary, empty) is a finding about its content: status 1. An
    /// output that could not be written (a full disk) counts too: failed output is never a
    /// success, nor a mere finding.
    public var isUnreadableInput: Bool {
        Self.unreadableInputCodes.contains(self)
    }

    static let unreadableInputCodes: Set<DiagnosticCode> = [
        unreadableFile, notAFile, fileTooLarge, noCurriculum, severalCurricula, unwritableOutput, bookNotText,
        bookWithoutExercises, fileOutsideCurriculum, writeOverInput,
    ]

    /// Codes that say a file of the curriculum is not part of what was loaded: unread, not text,
    /// missing, outside the folder, or listed twice. Every command that reads a curriculum stops on
    /// them as `check` reports them, so that nothing (a handout, a budget) is made without a module.
    static let fileProblemCodes: Set<DiagnosticCode> = [
        unreadableFile, invalidUTF8, binaryFile, emptyFile, notAFile, fileTooLarge, fileOutsideCurriculum,
        moduleListedTwice, moduleFileMissing,
    ]
}

extension Diagnostic {
    /// Whether this finding is an error saying an input could not be read at all (exit status 2).
    public var isUnreadableInput: Bool {
        severity == .error && code.isUnreadableInput
    }

    /// Whether this finding is an error saying a file of a curriculum was left out of what was
    /// loaded (`DiagnosticCode.fileProblemCodes`): a command that shows or exports the curriculum
    /// stops on it rather than work on the rest.
    public var isFileProblem: Bool {
        severity == .error && DiagnosticCode.fileProblemCodes.contains(code)
    }
}
