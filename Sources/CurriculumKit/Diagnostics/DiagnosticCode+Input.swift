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

    static let inputCodes: [DiagnosticCode] = [
        unreadableFile, invalidUTF8, binaryFile, emptyFile, notAFile, fileTooLarge, noCurriculum,
    ]
}
