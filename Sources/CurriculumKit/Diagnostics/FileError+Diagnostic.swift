extension FileError {
    /// The finding to report, at the file itself.
    public func diagnostic(path: String, listedAt: SourceLocation? = nil) -> Diagnostic {
        let at = listedAt ?? SourceLocation(file: path, line: 1, column: 1)
        let length = listedAt == nil ? 1 : path.split(separator: "/").last.map { $0.unicodeScalars.count } ?? 1
        let range = SourceRange(start: at, length: length)
        switch self {
        case .missing: return .missingFile(path, at: range, hint: FixHint("check the spelling of the path"))
        case .isDirectory: return .folderInsteadOfFile(path, at: range)
        case .tooLarge(let size, let limit): return .fileTooLarge(path, size: size, limit: limit, at: range)
        case .notRegular: return .irregularFile(path, at: range)
        case .linkLoop: return .linkLoop(path, at: range)
        case .unreadable(let reason): return .unreadableFile(path, reason: reason, at: range)
        }
    }
}

extension Diagnostic {
    /// A path that names nothing. The advice depends on where the path came from (a list in a
    /// file, the command line), the wording does not: shared by everything that reads a path.
    static func missingFile(_ path: String, at range: SourceRange?, hint: FixHint) -> Diagnostic {
        Diagnostic(.unreadableFile, "'\(path)' does not exist", at: range, hint: hint)
    }

    fileprivate static func folderInsteadOfFile(_ path: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .notAFile, "'\(path)' is a folder, not a file", at: range,
            hint: FixHint("name a file, or give the folder itself to the command (it looks for curriculum.md inside)"))
    }

    fileprivate static func fileTooLarge(_ path: String, size: Int, limit: Int, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .fileTooLarge,
            "'\(path)' is \(size / 1_048_576) MiB, over the \(limit / 1_048_576) MiB limit for one file; it was not read",
            at: range, hint: FixHint("curriculum files are small text files; check that the right file is named"))
    }

    fileprivate static func irregularFile(_ path: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(.notAFile, "'\(path)' is not a regular file (a device, socket or pipe)", at: range)
    }

    fileprivate static func linkLoop(_ path: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .notAFile, "'\(path)' is a symbolic link loop", at: range, hint: FixHint("remove or repair the link"))
    }

    fileprivate static func unreadableFile(_ path: String, reason: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .unreadableFile, "cannot read '\(path)': \(reason)", at: range,
            hint: FixHint("check the file's permissions"))
    }
}
