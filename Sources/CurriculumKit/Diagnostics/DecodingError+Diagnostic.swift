extension SourceText.DecodingError {
    /// The finding to report for this failure.
    public func diagnostic(path: String) -> Diagnostic {
        switch self {
        case .empty: return .emptyFile(path)
        case .binary(let line, let offset): return .binaryFile(path, line: line, byteOffset: offset)
        case .invalidUTF8(let line, let column, let offset):
            return .invalidUTF8(path, line: line, column: column, byteOffset: offset)
        }
    }
}

extension Diagnostic {
    fileprivate static func emptyFile(_ path: String) -> Diagnostic {
        Diagnostic(
            .emptyFile, en: "the file is empty", nl: "het bestand is leeg",
            at: SourceLocation(file: path, line: 1, column: 1))
    }

    fileprivate static func binaryFile(_ path: String, line: Int, byteOffset offset: Int) -> Diagnostic {
        Diagnostic(
            .binaryFile,
            en: "the file holds a NUL byte at line \(line) (byte offset \(offset)); it looks binary, not like text",
            nl:
                "het bestand bevat een NUL-byte op regel \(line) (byte \(offset)); het lijkt een binair bestand, geen tekst",
            at: SourceLocation(file: path, line: line, column: 1),
            hint: FixHint(
                en: "curriculum files are plain UTF-8 text; check that the right file is named",
                nl: "curriculumbestanden zijn platte tekst in UTF-8; kijk of je het goede bestand hebt genoemd"))
    }

    fileprivate static func invalidUTF8(_ path: String, line: Int, column: Int, byteOffset offset: Int) -> Diagnostic {
        Diagnostic(
            .invalidUTF8, en: "invalid UTF-8 at line \(line), byte offset \(offset)",
            nl: "ongeldige UTF-8 op regel \(line), byte \(offset)",
            at: SourceLocation(file: path, line: line, column: column),
            hint: FixHint(
                en: "save the file as UTF-8; a file from Word or an old editor may be in Windows-1252 or Latin-1",
                nl:
                    "sla het bestand op als UTF-8; een bestand uit Word of een oude editor staat soms in Windows-1252 of Latin-1"
            ))
    }
}
