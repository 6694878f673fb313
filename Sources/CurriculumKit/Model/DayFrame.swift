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
        let normalised = String(text).replacing("–", with: "-").replacing(" tot ", with: "-").replacing(
            " to ", with: "-")
        let parts = normalised.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = ClockTime(parts[0]), let end = ClockTime(parts[1]) else { return nil }
        self.init(start: start, end: end)
    }

    public var minutes: Int { end.minutesSinceMidnight - start.minutesSinceMidnight }

    public var description: String { "\(start)-\(end)" }
}
