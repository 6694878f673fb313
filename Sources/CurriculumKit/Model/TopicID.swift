/// The identifier of a topic: `1.A` is topic A of module 1.
public struct TopicID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var module: Int
    public var letter: Character

    public init(module: Int, letter: Character) {
        self.module = module
        if let ascii = letter.asciiValue, ascii < 0x61 || ascii > 0x7A {
            self.letter = letter  // already upper case: no string to make
        } else {
            self.letter = Character(letter.uppercased())
        }
    }

    /// Parses `1.A`, `1.A.` and `1.a`.
    public init?(_ text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// Reads an ID from UTF-8 bytes (a slice of a file, without making a `String` first).
    init?(utf8 bytes: some Sequence<UInt8>) {
        // On the bytes, without allocating: `1.A`, `1.A.`, module digits then one ASCII letter.
        var module = 0
        var digits = 0
        var letter: UInt8 = 0
        var state = 0  // 0: module digits, 1: the letter, 2: after the letter, 3: after a trailing dot
        for byte in bytes {
            switch state {
            case 0 where byte >= 0x30 && byte <= 0x39:
                let (times, overflow) = module.multipliedReportingOverflow(by: 10)
                let (sum, overflowAgain) = times.addingReportingOverflow(Int(byte - 0x30))
                guard !overflow, !overflowAgain else { return nil }
                module = sum
                digits += 1
            case 0 where byte == 0x2E && digits > 0: state = 1
            case 1 where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A:
                letter = byte
                state = 2
            case 2 where byte == 0x2E: state = 3
            default: return nil
            }
        }
        guard state >= 2 else { return nil }
        self.module = module
        self.letter = Character(Unicode.Scalar(letter & 0xDF))
    }

    public var description: String {
        var text = String(module)
        text.append(".")
        text.append(letter)
        return text
    }

    public static func < (lhs: TopicID, rhs: TopicID) -> Bool {
        (lhs.module, lhs.letter) < (rhs.module, rhs.letter)
    }
}
