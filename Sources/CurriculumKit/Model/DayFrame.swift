/// The hours of a course day: `09:00-16:30`.
public struct DayFrame: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: ClockTime
    public var end: ClockTime

    public init(start: ClockTime, end: ClockTime) {
        self.start = start
        self.end = end
    }

    /// Parses `09:00-16:30`, `9:00 - 16:30`, `09.00–16.30`, `9:00 tot 16:30`.
    public init?(_ text: some StringProtocol) {
        let parts = Self.asciiParts(Array(text.utf8)) ?? Self.parts(String(text))
        guard parts.count == 2, let start = ClockTime(parts[0]), let end = ClockTime(parts[1]) else { return nil }
        self.init(start: start, end: end)
    }

    /// The text around its dashes once `–`, ` tot ` and ` to ` are dashes, read by `Character`.
    static func parts(_ text: String) -> [String] {
        text.replacing("–", with: "-").replacing(" tot ", with: "-").replacing(" to ", with: "-")
            .split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    }

    /// `parts(_:)` on the bytes of ASCII text without a carriage return (every frame a trainer types),
    /// where each byte is a `Character`; `nil` for other text. The `Character` reading cost about
    /// 50,000 instructions a frame and 300,000 on its first (`DayFrameTests` holds the two to the
    /// same parts).
    static func asciiParts(_ bytes: [UInt8]) -> [String]? {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        let dashed = replacing(Array(" to ".utf8), in: replacing(Array(" tot ".utf8), in: bytes))
        return dashed.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// `bytes` with each occurrence of `word` (left to right, none overlapping) replaced by a dash.
    private static func replacing(_ word: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + word.count <= bytes.count, bytes[i..<i + word.count].elementsEqual(word) {
                result.append(UInt8(ascii: "-"))
                i += word.count
            } else {
                result.append(bytes[i])
                i += 1
            }
        }
        return result
    }

    public var minutes: Int { end.minutesSinceMidnight - start.minutesSinceMidnight }

    public var description: String { "\(start)-\(end)" }
}
