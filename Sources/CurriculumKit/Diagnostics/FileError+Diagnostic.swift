extension FileError {
    /// The finding to report, at the file itself.
    public func diagnostic(path: String, listedAt: SourceLocation? = nil) -> Diagnostic {
        let at = listedAt ?? SourceLocation(file: path, line: 1, column: 1)
        let length = listedAt == nil ? 1 : path.split(separator: "/").last.map { $0.unicodeScalars.count } ?? 1
        let range = SourceRange(start: at, length: length)
        switch self {
        case .missing:
            return .missingFile(
                path, at: range,
                hint: FixHint(en: "check the spelling of the path", nl: "controleer hoe het pad gespeld is"))
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
        Diagnostic(.unreadableFile, en: "'\(path)' does not exist", nl: "'\(path)' bestaat niet", at: range, hint: hint)
    }

    fileprivate static func folderInsteadOfFile(_ path: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .notAFile, en: "'\(path)' is a folder, not a file", nl: "'\(path)' is een map, geen bestand", at: range,
            hint: FixHint(
                en: "name a file, or give the folder itself to the command (it looks for curriculum.md inside)",
                nl: "noem een bestand, of geef de map zelf aan de opdracht (die zoekt er curriculum.md in)"))
    }

    fileprivate static func fileTooLarge(_ path: String, size: Int, limit: Int, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .fileTooLarge,
            en:
                "'\(path)' is \(size / 1_048_576) MiB, over the \(limit / 1_048_576) MiB limit for one file; it was not read",
            nl:
                "'\(path)' is \(size / 1_048_576) MiB, meer dan de \(limit / 1_048_576) MiB die één bestand mag zijn; het is niet gelezen",
            at: range,
            hint: FixHint(
                en: "curriculum files are small text files; check that the right file is named",
                nl: "curriculumbestanden zijn kleine tekstbestanden; kijk of je het goede bestand hebt genoemd"))
    }

    fileprivate static func irregularFile(_ path: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .notAFile, en: "'\(path)' is not a regular file (a device, socket or pipe)",
            nl: "'\(path)' is geen gewoon bestand (maar een apparaat, socket of pipe)", at: range)
    }

    fileprivate static func linkLoop(_ path: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .notAFile, en: "'\(path)' is a symbolic link loop",
            nl: "'\(path)' is een symbolische link die naar zichzelf terugleidt",
            at: range, hint: FixHint(en: "remove or repair the link", nl: "verwijder of herstel de link"))
    }

    fileprivate static func unreadableFile(_ path: String, reason: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            .unreadableFile, en: "cannot read '\(path)': \(reason)", nl: "'\(path)' kan niet gelezen worden: \(reason)",
            at: range, hint: FixHint(en: "check the file's permissions", nl: "controleer de rechten van het bestand"))
    }
}
