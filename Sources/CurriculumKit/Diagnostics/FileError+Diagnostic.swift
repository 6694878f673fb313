extension FileError {
    /// The finding to report, at the file itself.
    public func diagnostic(path: String, listedAt: SourceLocation? = nil) -> Diagnostic {
        let at = listedAt ?? SourceLocation(file: path, line: 1, column: 1)
        let length = listedAt == nil ? 1 : path.split(separator: "/").last.map { $0.unicodeScalars.count } ?? 1
        switch self {
        case .missing:
            return Diagnostic(
                .unreadableFile, "'\(path)' does not exist", at: at, length: length,
                hint: FixHint("check the spelling of the path"))
        case .isDirectory:
            return Diagnostic(
                .notAFile, "'\(path)' is a folder, not a file", at: at, length: length,
                hint: FixHint(
                    "name a file, or give the folder itself to the command (it looks for curriculum.md inside)"))
        case .tooLarge(let size, let limit):
            return Diagnostic(
                .fileTooLarge,
                "'\(path)' is \(size / 1_048_576) MiB, over the \(limit / 1_048_576) MiB limit for one file; it was not read",
                at: at, length: length,
                hint: FixHint("curriculum files are small text files; check that the right file is named"))
        case .notRegular:
            return Diagnostic(
                .notAFile, "'\(path)' is not a regular file (a device, socket or pipe)", at: at, length: length)
        case .linkLoop:
            return Diagnostic(
                .notAFile, "'\(path)' is a symbolic link loop", at: at, length: length,
                hint: FixHint("remove or repair the link"))
        case .unreadable(let reason):
            return Diagnostic(
                .unreadableFile, "cannot read '\(path)': \(reason)", at: at, length: length,
                hint: FixHint("check the file's permissions"))
        }
    }
}
