/// A time of day in minutes since midnight, as trainers write it: `09:00`, `9.30`, `13u30`.
public struct ClockTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var minutesSinceMidnight: Int

    public init(minutesSinceMidnight: Int) {
        self.minutesSinceMidnight = minutesSinceMidnight
    }

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 24 * 60 else { return nil }
        self.minutesSinceMidnight = hour * 60 + minute
    }

    /// Parses `09:00`, `9:00`, `9.00`, `9u00`, `13h30`, `9` (a whole hour).
    public init?(_ text: some StringProtocol) {
        switch Self.asciiReading(text.utf8) {
        case .time(let hour, let minute): self.init(hour: hour, minute: minute)
        case .none: return nil
        case .notASCII: self.init(readingCharacters: text)
        }
    }

    /// What the bytes of a time say, when they are all ASCII.
    private enum ASCIIReading {
        case time(hour: Int, minute: Int)
        case none
        /// A byte above 0x7F: only the reading by characters knows whether it is white space.
        case notASCII
    }

    /// The reading of `init?(_:)` on bytes, for text that is all ASCII (every time a trainer types):
    /// the same digits, separators and lengths, without a `String` or a split. A plan's times
    /// were read at 2,000 instructions each by characters; `ClockTimeTests` compares the two
    /// readings on every string of up to six bytes from the characters that matter.
    private static func asciiReading(_ utf8: some Collection<UInt8>) -> ASCIIReading {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var hour = 0
        var minute = 0
        var hourDigits = 0
        var minuteDigits = 0
        var separators = 0
        var length = 0
        var trailing = false  // white space after the time's first byte
        for byte in utf8 {
            if byte >= 0x80 { return .notASCII }
            if isSpace(byte) {
                trailing = length > 0
                continue
            }
            if trailing { return .none }  // white space inside a time
            length += 1
            switch byte {
            case 0x30...0x39:
                if separators == 0 {
                    hour = hour &* 10 &+ Int(byte &- 0x30)
                    hourDigits += 1
                } else {
                    minute = minute &* 10 &+ Int(byte &- 0x30)
                    minuteDigits += 1
                }
            case 0x3A, 0x2E, 0x75, 0x68, 0x55, 0x48:  // : . u h U H
                separators += 1
            default:
                return .none
            }
            if length > 5 { return .none }
        }
        guard length > 0, separators <= 1, (1...2).contains(hourDigits) else { return .none }
        if separators == 1 { guard minuteDigits == 2 else { return .none } }
        return .time(hour: hour, minute: minute)
    }

    /// The reading by characters, for text with a byte above 0x7F (a no-break space around it);
    /// internal so that tests can hold the byte reading to it.
    init?(readingCharacters text: some StringProtocol) {
        let trimmed = String(text).trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 5 else { return nil }
        let separators: Set<Character> = [":", ".", "u", "h", "U", "H"]
        let parts = trimmed.split(omittingEmptySubsequences: false) { separators.contains($0) }
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            let hour = Int(parts[0]), parts[0].count <= 2
        else { return nil }
        var minute = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let m = Int(parts[1]) else { return nil }
            minute = m
        }
        self.init(hour: hour, minute: minute)
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    public func adding(minutes: Int) -> ClockTime {
        ClockTime(minutesSinceMidnight: minutesSinceMidnight + minutes)
    }

    /// `09:00`; times past midnight keep counting (`25:10`) so that an overrunning day stays visible.
    public var description: String {
        let h = minutesSinceMidnight / 60
        let m = minutesSinceMidnight % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
