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
        Diagnostic(.emptyFile, "the file is empty", at: SourceLocation(file: path, line: 1, column: 1))
    }

    fileprivate static func binaryFile(_ path: String, line: Int, byteOffset offset: Int) -> Diagnostic {
        Diagnostic(
            .binaryFile,
            "the file holds a NUL byte at line \(line) (byte offset \(offset)); it looks binary, not like text",
            at: SourceLocation(file: path, line: line, column: 1),
            hint: FixHint("curriculum files are plain UTF-8 text; check that the right file is named"))
    }

    fileprivate static func invalidUTF8(_ path: String, line: Int, column: Int, byteOffset offset: Int) -> Diagnostic {
        Diagnostic(
            .invalidUTF8, "invalid UTF-8 at line \(line), byte offset \(offset)",
            at: SourceLocation(file: path, line: line, column: column),
            hint: FixHint(
                "save the file as UTF-8; a file from Word or an old editor may be in Windows-1252 or Latin-1"))
    }
}
