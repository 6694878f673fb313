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

    public var lineCount: Int { lineStarts.count }

    /// The failure to read a file as text, with where it happened.
    public enum DecodingError: Error, Equatable, Sendable {
        case empty
        /// A NUL byte: the file is binary.
        case binary(line: Int, byteOffset: Int)
        /// A byte sequence that is not UTF-8; `byteOffset` counts from the start of the file.
        case invalidUTF8(line: Int, column: Int, byteOffset: Int)

    }

    /// Validates and splits `data`. Fails on an empty file, a NUL byte or invalid UTF-8.
    public static func decode<Bytes: Collection<UInt8>>(_ data: Bytes, path: String) -> Result<
        SourceText, DecodingError
    > {
        var bytes = Array(data)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        var starts: [Int] = [0]
        var ends: [Int] = []
        starts.reserveCapacity(bytes.count / 40 + 1)
        ends.reserveCapacity(bytes.count / 40 + 1)
        var onlyWhitespace = true
        let failure: DecodingError? = bytes.withUnsafeBufferPointer { buffer -> DecodingError? in
            let n = buffer.count
            guard let base = buffer.baseAddress else { return nil }
            var i = 0
            while i < n {
                // Eight bytes at a time while they are printable ASCII: no line end, NUL or
                // multi-byte sequence to look at, only whether the file is more than white space.
                if i &+ 8 <= n {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        // The high bit of each byte below 0x0E (exact: no byte has its high bit set).
                        let control = ~(word &+ 0x7272_7272_7272_7272) & 0x8080_8080_8080_8080
                        if control == 0 {
                            if word != 0x2020_2020_2020_2020 { onlyWhitespace = false }
                            i &+= 8
                            continue
                        }
                        // Line feeds and nothing else below 0x0E: record each line, skip the word.
                        let x = word ^ 0x0A0A_0A0A_0A0A_0A0A
                        let feeds =
                            ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
                        if control == feeds, !onlyWhitespace {
                            var bits = feeds
                            while bits != 0 {
                                let k = bits.trailingZeroBitCount >> 3
                                ends.append(i &+ k)
                                starts.append(i &+ k &+ 1)
                                bits &= bits &- 1
                            }
                            i &+= 8
                            continue
                        }
                    }
                }
                let b = buffer[i]
                if b < 0x80 {
                    switch b {
                    case 0x0A:
                        ends.append(i)
                        starts.append(i + 1)
                    case 0x0D:
                        ends.append(i)
                        if i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                        starts.append(i + 1)
                    case 0:
                        return .binary(line: starts.count, byteOffset: i)
                    case 0x20, 0x09, 0x0C, 0x0B:
                        break
                    default:
                        onlyWhitespace = false
                    }
                    i += 1
                    continue
                }
                onlyWhitespace = false
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    low = 0xA0
                case 0xE1...0xEC, 0xEE, 0xEF: length = 3
                case 0xED:
                    length = 3
                    high = 0x9F
                case 0xF0:
                    length = 4
                    low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    high = 0x8F
                default: length = 0
                }
                var valid = length > 0 && i + length <= n
                if valid {
                    let second = buffer[i + 1]
                    valid = second >= low && second <= high
                    var k = 2
                    while valid && k < length {
                        valid = buffer[i + k] & 0xC0 == 0x80
                        k += 1
                    }
                }
                if !valid {
                    let lineStart = starts[starts.count - 1]
                    var column = 1
                    for j in lineStart..<i where buffer[j] & 0xC0 != 0x80 { column += 1 }
                    return .invalidUTF8(line: starts.count, column: column, byteOffset: i)
                }
                i += length
            }
            return nil
        }
        if let failure { return .failure(failure) }
        if onlyWhitespace { return .failure(.empty) }
        ends.append(bytes.count)
        if starts.count > 1, starts[starts.count - 1] == bytes.count {
            // A final line terminator does not start another line.
            starts.removeLast()
            ends.removeLast()
        }
        return .success(SourceText(path: path, bytes: bytes, lineStarts: starts, lineEnds: ends))
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
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }
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
