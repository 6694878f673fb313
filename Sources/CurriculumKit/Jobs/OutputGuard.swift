/// Keeps `--write` and `--output` off the files a command has read (issue 14, item 3).
///
/// `export --output curriculum/x/module-1.md --force` would replace a source module with the export;
/// `plan P --write P --force` would rewrite the plan it read. The output is compared with every file
/// read as a file, not as a name (`FileSystem.identity`: device and inode on disk), so another
/// spelling, a symbolic link or a hard link to the file is refused as well.
public enum OutputGuard {
    /// The finding that refuses `output`, when it is one of `filesRead`; `nil` when it may be written.
    public static func clash(
        _ output: String, option: String, filesRead: [String], in fileSystem: any FileSystem
    ) -> Diagnostic? {
        guard let target = fileSystem.identity(of: output),
            filesRead.contains(where: { fileSystem.identity(of: $0) == target })
        else { return nil }
        return .writeOverInput(output, option: option)
    }
}

extension Diagnostic {
    fileprivate static func writeOverInput(_ path: String, option: String) -> Diagnostic {
        Diagnostic(
            .writeOverInput,
            en: "\(option) '\(path)' is a file this command reads; it was not written",
            nl: "\(option) '\(path)' is een bestand dat deze opdracht leest; het is niet overschreven", at: nil,
            hint: FixHint(
                en: "write to a new file; a curriculum's own files are changed with 'curriculum fmt' or by hand",
                nl:
                    "schrijf naar een nieuw bestand; de eigen bestanden van een curriculum verander je met 'curriculum fmt' of met de hand"
            ))
    }
}
