/// The bytes of one file, validated as UTF-8 and split into lines.
///
/// Everything after decoding works on byte offsets into `bytes`: the scanner classifies lines by
/// their first bytes and creates a `String` only for the text the model keeps. A UTF-8 byte-order
/// mark is dropped; LF, CRLF and CR all end a line.
public struct SourceText: Sendable {
    public let path: String
    /// The file's bytes without a byte-order mark. Comments are blanked out by the scanner in its
    /// own copy, never here.
    public let bytes: [UInt8]
    /// The byte offset where each line starts (index 0 is line 1).
    public let lineStarts: [Int]
    /// The byte offset where each line's content ends, before its line terminator.
    public let lineEnds: [Int]

    /// The bytes that were not UTF-8 when the file was decoded with `repairing`, each now U+FFFD;
    /// `nil` for a file that is all UTF-8.
    public var legacyBytes: LegacyBytes? = nil

    public var lineCount: Int { lineStarts.count }

    /// The failure to read a file as text, with where it happened.
    public enum DecodingError: Error, Equatable, Sendable {
        case empty
        /// A NUL byte: the file is binary.
        case binary(line: Int, byteOffset: Int)
        /// A byte sequence that is not UTF-8; `byteOffset` counts from the start of the file.
        case invalidUTF8(line: Int, column: Int, byteOffset: Int)

    }

    /// Validates and splits `data` (`UTF8Lines`). Fails on an empty file, a NUL byte or invalid
    /// UTF-8; with `repairing`, bytes that are not UTF-8 become U+FFFD instead and are kept in
    /// `legacyBytes` for the finding, so that the rest of the file is still read and checked.
    /// Only readers repair: `fmt` decodes strictly and never writes a replacement character.
    public static func decode<Bytes: Collection<UInt8>>(_ data: Bytes, path: String, repairing: Bool = false)
        -> Result<SourceText, DecodingError>
    {
        var bytes = Array(data)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        let split = bytes.withBufferView { UTF8Lines.split($0) }
        let lines: UTF8Lines
        switch split {
        case .success(let found): lines = found
        case .failure(.nul(let line, let byteOffset)): return .failure(.binary(line: line, byteOffset: byteOffset))
        case .failure(.invalidUTF8(let line, let column, let byteOffset)):
            guard repairing, let (repaired, legacy) = LegacyBytes.repair(bytes),
                case .success(var source) = decode(repaired, path: path)
            else {
                return .failure(.invalidUTF8(line: line, column: column, byteOffset: byteOffset))
            }
            source.legacyBytes = legacy
            return .success(source)
        }
        if lines.isOnlyWhiteSpace { return .failure(.empty) }
        return .success(SourceText(path: path, bytes: bytes, lineStarts: lines.starts, lineEnds: lines.ends))
    }

    /// Decodes a string (tests, in-memory sources). A string is valid UTF-8 by construction.
    public static func decode(_ text: String, path: String) -> Result<SourceText, DecodingError> {
        decode(Array(text.utf8), path: path)
    }

    /// The text of line `number` (1-based), without its terminator.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineCount else { return "" }
        return string(from: lineStarts[number - 1], to: lineEnds[number - 1])
    }

    /// The text between two byte offsets.
    public func string(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return bytes.withBufferView { $0.string(in: start..<end) }
    }

    /// The 1-based character column of a byte offset on line `number`.
    public func column(line number: Int, byteOffset: Int) -> Int {
        guard number >= 1, number <= lineCount else { return 1 }
        var column = 1
        var i = lineStarts[number - 1]
        while i < byteOffset, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    /// The location of a byte offset on line `number`.
    public func location(line number: Int, byteOffset: Int) -> SourceLocation {
        SourceLocation(file: path, line: number, column: column(line: number, byteOffset: byteOffset))
    }
}
