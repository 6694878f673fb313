/// The bytes of a file that are not UTF-8, read as the older encoding they most likely come from:
/// a module saved from Word or an old editor in Windows-1252 or Latin-1 has `é` as the one byte
/// 0xE9. Knowing the likely characters lets the finding say what the bytes were meant to be and
/// how to convert the file, while the rest of the file is still read (each such byte becomes
/// U+FFFD, the replacement character), so one bad byte brings no follow-on findings.
public struct LegacyBytes: Hashable, Sendable {
    /// The encoding the bytes most likely are in.
    public enum Encoding: String, Hashable, Sendable {
        /// Bytes from 0x80 to 0x9F are printable characters only in Windows-1252 (`’` is 0x92).
        case windows1252 = "Windows-1252"
        /// Only bytes from 0xA0 up: Latin-1 and Windows-1252 read them alike.
        case latin1 = "Windows-1252 or Latin-1"

        /// The name `iconv -f` takes: Windows-1252 reads every Latin-1 character the same.
        public var iconvName: String { "WINDOWS-1252" }
    }

    /// One byte that is not UTF-8, where it is and what it most likely means.
    public struct Byte: Hashable, Sendable {
        public var line: Int
        /// The 1-based character column.
        public var column: Int
        public var value: UInt8
        /// The character the byte is in the likely encoding; `nil` for the five bytes Windows-1252
        /// leaves undefined.
        public var character: Character?
    }

    public var encoding: Encoding
    /// Every such byte, in file order.
    public var bytes: [Byte]
    /// Whether the file also holds characters beyond ASCII in valid UTF-8: converting the whole
    /// file from the legacy encoding would garble those.
    public var mixesUTF8: Bool

    /// Windows-1252's characters for the bytes 0x80 to 0x9F (`nil` where it has none).
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}", "\u{02C6}", "\u{2030}",
        "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil, nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}",
        "\u{2022}", "\u{2013}", "\u{2014}", "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}",
        "\u{0178}",
    ]

    /// The character `byte` (0x80 or above) stands for in Windows-1252, which reads every byte
    /// from 0xA0 up as Latin-1 does.
    public static func character(_ byte: UInt8) -> Character? {
        if byte >= 0xA0 { return Character(Unicode.Scalar(byte)) }
        guard byte >= 0x80 else { return Character(Unicode.Scalar(byte)) }
        return windows1252High[Int(byte - 0x80)].map(Character.init)
    }

    /// `bytes` with every byte that is not part of a valid UTF-8 sequence replaced by U+FFFD, and
    /// what those bytes were; `nil` when every byte is valid UTF-8.
    static func repair(_ bytes: [UInt8]) -> (repaired: [UInt8], legacy: LegacyBytes)? {
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count + 16)
        var found: [Byte] = []
        var mixes = false
        var line = 1
        var column = 1
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                repaired.append(byte)
                i += 1
                if byte == 0x0A || (byte == 0x0D && (i >= bytes.count || bytes[i] != 0x0A)) {
                    line += 1
                    column = 1
                } else if byte != 0x0D {
                    column += 1
                }
                continue
            }
            let length = validSequenceLength(bytes, at: i)
            if length > 0 {
                repaired += bytes[i..<(i + length)]
                mixes = true
                i += length
            } else {
                repaired += [0xEF, 0xBF, 0xBD]
                found.append(Byte(line: line, column: column, value: byte, character: character(byte)))
                i += 1
            }
            column += 1
        }
        guard !found.isEmpty else { return nil }
        let encoding: Encoding = found.contains { $0.value < 0xA0 } ? .windows1252 : .latin1
        return (repaired, LegacyBytes(encoding: encoding, bytes: found, mixesUTF8: mixes))
    }

    /// The length of the valid UTF-8 sequence starting at `i` (a byte of 0x80 or above), or 0.
    static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            second = 0x80...0x9F
        case 0xF0:
            length = 4
            second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            second = 0x80...0x8F
        default: return 0
        }
        guard i + length <= bytes.count, second.contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }
}
