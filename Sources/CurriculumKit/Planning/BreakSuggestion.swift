/// A break or lunch the scheduler would insert with `--auto-breaks`: shown in the agenda where
/// it is due, so that a trainer sees where to pause without re-running the plan.
public struct BreakSuggestion: Hashable, Sendable, Codable {
    /// `.pause` or `.lunch`.
    public var kind: ScheduledItem.Kind
    /// When it is due (on the latest timeline).
    public var at: ClockTime
    public var minutes: Int
    /// The index in `ScheduledDay.items` of the item it should come before (`items.count` for the
    /// end of the day).
    public var beforeIndex: Int
    /// Why, as a value: the agenda words it in the curriculum's language.
    public var cause: Cause

    /// Why a break is due.
    public enum Cause: Hashable, Sendable, Codable {
        /// Lunch falls in this window.
        case lunchWindow(DayFrame)
        /// Without it, this many minutes of training would run on from this time.
        case stretch(minutes: Int, from: ClockTime)
    }

    public init(kind: ScheduledItem.Kind, at: ClockTime, minutes: Int, beforeIndex: Int, cause: Cause) {
        self.kind = kind
        self.at = at
        self.minutes = minutes
        self.beforeIndex = beforeIndex
        self.cause = cause
    }
}
