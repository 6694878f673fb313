/// One course day laid out: its frame, its items with clock times, and whether it fits.
public struct ScheduledDay: Hashable, Sendable, Codable {
    /// 1-based.
    public var number: Int
    public var date: CalendarDate?
    /// The plan's heading for the day (`Dag 2`), if any.
    public var heading: String?
    public var frame: DayFrame
    public var items: [ScheduledItem]
    /// The slack the buffer policy requires, in minutes (0 without a buffer).
    public var requiredSlack: Int
    /// Breaks and lunch that are due but not in the plan (without `--auto-breaks`).
    public var suggestions: [BreakSuggestion]

    public init(
        number: Int, date: CalendarDate? = nil, heading: String? = nil, frame: DayFrame, items: [ScheduledItem] = [],
        requiredSlack: Int = 0, suggestions: [BreakSuggestion] = []
    ) {
        self.number = number
        self.date = date
        self.heading = heading
        self.frame = frame
        self.items = items
        self.requiredSlack = requiredSlack
        self.suggestions = suggestions
    }

    /// When the day's last item ends if everything takes its minimum (the frame's start when empty).
    public var earliestEnd: ClockTime { items.map(\.end).max() ?? frame.start }

    /// When the day's last item ends if everything takes its maximum.
    public var latestEnd: ClockTime { items.map(\.latestEnd).max() ?? frame.start }

    /// Minutes between the latest end and the frame's end; negative when the day overruns.
    public var slack: Int { frame.end.minutesSinceMidnight - latestEnd.minutesSinceMidnight }

    /// Whether every item ends by the frame's end, even at its maximum.
    public var fits: Bool { slack >= 0 }

    /// Minutes past the frame's end at the latest end (0 when it fits).
    public var overrun: Int { max(0, -slack) }

    /// Whether the day fits but keeps less slack than the buffer requires.
    public var isShortOfBuffer: Bool { fits && slack < requiredSlack }

    /// The items that end after the frame's end (at their latest end).
    public var spillingItems: [ScheduledItem] { items.filter { $0.latestEnd > frame.end } }

    /// The exercise items, in order.
    public var exercises: [Exercise] { items.compactMap(\.exercise) }

    /// Training minutes (exercises and free items).
    public var trainingMinutes: Duration { items.filter(\.isTraining).reduce(.zero) { $0 + $1.duration } }
}
