/// How long something takes, as a range of whole minutes.
///
/// Trainers write `1 uur`, `45'` or `1,5-2 uur`; the model keeps the minimum and the maximum so that
/// a plan can say both when a day ends at the earliest and at the latest. A fixed duration has
/// `minimum == maximum`.
public struct Duration: Hashable, Sendable, Codable, CustomStringConvertible {
    public var minimum: Int
    public var maximum: Int

    public init(minimum: Int, maximum: Int) {
        self.minimum = minimum
        self.maximum = maximum
    }

    public init(minutes: Int) {
        self.init(minimum: minutes, maximum: minutes)
    }

    public static let zero = Duration(minutes: 0)

    public var isRange: Bool { minimum != maximum }

    public static func + (lhs: Duration, rhs: Duration) -> Duration {
        Duration(minimum: lhs.minimum + rhs.minimum, maximum: lhs.maximum + rhs.maximum)
    }

    public static func += (lhs: inout Duration, rhs: Duration) { lhs = lhs + rhs }

    /// `60 min`, `90-120 min`: the canonical notation `fmt` writes and the tools print.
    public var description: String {
        isRange ? "\(minimum)-\(maximum) min" : "\(minimum) min"
    }

    /// `1 h 30`, `1,5-2 h`: hours for summaries of larger totals.
    public func formattedHours() -> String {
        func hours(_ minutes: Int) -> String {
            let h = minutes / 60
            let m = minutes % 60
            if m == 0 { return "\(h) h" }
            if h == 0 { return "\(m) min" }
            return "\(h) h \(m < 10 ? "0" : "")\(m)"
        }
        return isRange ? "\(hours(minimum)) – \(hours(maximum))" : hours(minimum)
    }
}
