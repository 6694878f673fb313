/// The lines of a UTF-8 text, found in the same pass that validates it.
///
/// LF, CRLF and CR end a line; a final terminator does not start another line. Runs once over
/// every byte of every file: printable ASCII is passed over eight bytes at a time, and a word whose
/// only control bytes are line feeds is split without a byte loop.
struct UTF8Lines: Equatable {
    /// The byte offset where each line starts (index 0 is line 1).
    var starts: [Int]
    /// The byte offset where each line's content ends, before its terminator.
    var ends: [Int]
    /// Whether the text holds nothing but spaces, tabs, line terminators, vertical tabs and form
    /// feeds (a file with no content).
    var isOnlyWhiteSpace: Bool

    /// Why the bytes are not text.
    enum Failure: Error, Equatable {
        /// A NUL byte: binary data.
        case nul(line: Int, byteOffset: Int)
        /// A byte sequence that is not UTF-8; `column` counts characters from 1.
        case invalidUTF8(line: Int, column: Int, byteOffset: Int)
    }

    /// Validates `bytes` as UTF-8 and splits them into lines.
    static func split(_ bytes: ByteView) -> Result<UTF8Lines, Failure> {
        var starts: [Int] = [0]
        var ends: [Int] = []
        starts.reserveCapacity(bytes.count / 40 + 1)
        ends.reserveCapacity(bytes.count / 40 + 1)
        var onlyWhiteSpace = true
        let n = bytes.count
        var i = 0
        let low = SIMD16<UInt8>(repeating: 0x0E)
        let span = SIMD16<UInt8>(repeating: 0x80 - 0x0E)
        while i < n {
            // Sixteen bytes at a time while they are all printable ASCII (0x0E to 0x7F: no line end,
            // NUL or multi-byte sequence), once the text is known to be more than white space.
            if !onlyWhiteSpace {
                while i &+ 16 <= n, !any((bytes.vector(at: i) &- low) .>= span) { i &+= 16 }
                if i == n { break }
            }
            // Eight bytes at a time while they are printable ASCII: no line end, NUL or multi-byte
            // sequence to look at, only whether the text is more than white space.
            if i &+ 8 <= n {
                let word = bytes.word(at: i)
                if SWAR.isASCII(word) {
                    // Exact: every byte is ASCII.
                    let control = SWAR.asciiBytes(of: word, below: 0x0E)
                    if control == 0 {
                        if word != SWAR.repeating(0x20) { onlyWhiteSpace = false }
                        i &+= 8
                        continue
                    }
                    // Line feeds and nothing else below 0x0E: record each line, skip the word.
                    let feeds = SWAR.bytes(of: word, equalTo: 0x0A)
                    if control == feeds, !onlyWhiteSpace {
                        var marked = feeds
                        while marked != 0 {
                            let k = SWAR.firstMarkedByte(marked)
                            ends.append(i &+ k)
                            starts.append(i &+ k &+ 1)
                            marked &= marked &- 1
                        }
                        i &+= 8
                        continue
                    }
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x0A:
                    ends.append(i)
                    starts.append(i + 1)
                case 0x0D:
                    ends.append(i)
                    if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                case 0:
                    return .failure(.nul(line: starts.count, byteOffset: i))
                case 0x20, 0x09, 0x0C, 0x0B:
                    break
                default:
                    onlyWhiteSpace = false
                }
                i += 1
                continue
            }
            onlyWhiteSpace = false
            let length = sequenceLength(bytes, at: i)
            if length == 0 {
                let lineStart = starts[starts.count - 1]
                var column = 1
                for j in lineStart..<i where bytes[j] & 0xC0 != 0x80 { column += 1 }
                return .failure(.invalidUTF8(line: starts.count, column: column, byteOffset: i))
            }
            i += length
        }
        ends.append(n)
        if starts.count > 1, starts[starts.count - 1] == n {
            // A final line terminator does not start another line.
            starts.removeLast()
            ends.removeLast()
        }
        return .success(UTF8Lines(starts: starts, ends: ends, isOnlyWhiteSpace: onlyWhiteSpace))
    }

    /// The length of the well-formed UTF-8 sequence of two to four bytes at `i` (whose first byte
    /// is not ASCII), or 0 when there is none: no overlong forms, no surrogates, nothing above
    /// U+10FFFF (the table of the Unicode standard, section 3.9).
    static func sequenceLength(_ bytes: ByteView, at i: Int) -> Int {
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch bytes[i] {
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
        default: return 0
        }
        guard i + length <= bytes.count else { return 0 }
        let second = bytes[i + 1]
        guard second >= low && second <= high else { return 0 }
        var k = 2
        while k < length {
            guard bytes[i + k] & 0xC0 == 0x80 else { return 0 }
            k += 1
        }
        return length
    }

    /// The scalar of the UTF-8 sequence at `i` of `bytes`, which must be valid UTF-8 up to the
    /// end of the sequence; advances `i` past it. `nil`, with `i` at the end, when the sequence is
    /// cut off by the end of the bytes.
    @inline(__always)
    static func decodeScalar(_ bytes: ByteView, at i: inout Int) -> UInt32? {
        let byte = bytes[i]
        if byte < 0x80 {
            i += 1
            return UInt32(byte)
        }
        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        guard i + length <= bytes.count else {
            i = bytes.count
            return nil
        }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        i += length
        return value
    }
}
