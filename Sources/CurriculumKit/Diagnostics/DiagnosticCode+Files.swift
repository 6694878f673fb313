/// Codes for how the files of a curriculum fit together (CUR2xx, file part).
extension DiagnosticCode {
    public static let moduleFileMissing = DiagnosticCode(
        "CUR220", "module-file-missing", .error,
        summary: "the manifest lists a module file that does not exist or lies outside the folder",
        help: "Create the file, correct its name in curriculum.md, or remove it from the Modules list.")
    public static let unlistedModuleFile = DiagnosticCode(
        "CUR221", "unlisted-module-file", .warning,
        summary: "a module file in the folder that the manifest does not list",
        help: "Add it to the Modules list in curriculum.md, or remove it.")
    public static let duplicateModule = DiagnosticCode(
        "CUR222", "duplicate-module", .error,
        summary: "two files define the same module number",
        help: "Give each module its own number.")

    static let fileCodes: [DiagnosticCode] = [moduleFileMissing, unlistedModuleFile, duplicateModule]
}
