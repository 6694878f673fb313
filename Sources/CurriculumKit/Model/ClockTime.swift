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
