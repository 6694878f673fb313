/// How breaks, lunch, transitions and buffers are handled when a day is laid out.
///
/// The defaults follow common facilitation guidance: no stretch of training longer than 90
/// minutes without a break, lunch between 12:00 and 13:30, at most about ten participants per
/// trainer. The manifest's `Lunch`, `Maximale sessie`, `Pauzeduur`, `Lunchduur` and `Deelnemers
/// per trainer`, the plan file (every threshold,
/// `Deelnemers per trainer` included) and the command line override them, in that order.
public struct BreakPolicy: Hashable, Sendable, Codable {
    public var maximumStretch: Int
    /// The length of a short break, inserted or suggested.
    public var breakMinutes: Int
    /// Lunch lies in this window: it starts at or after its start and ends by its end.
    public var lunchWindow: DayFrame
    public var lunchMinutes: Int
    /// Minutes between two consecutive exercises or free items (moving rooms, regrouping).
    public var transitionMinutes: Int
    /// Required slack in percent of the day's length: a day with less is flagged.
    public var bufferPercent: Int
    /// Insert breaks and lunch where they are due, instead of only suggesting them.
    public var autoBreaks: Bool
    public var participantsPerTrainer: Int

    public static let defaultLunchWindow = DayFrame(
        start: ClockTime(minutesSinceMidnight: 12 * 60), end: ClockTime(minutesSinceMidnight: 13 * 60 + 30))

    public init(
        maximumStretch: Int = 90, breakMinutes: Int = 15, lunchWindow: DayFrame = BreakPolicy.defaultLunchWindow,
        lunchMinutes: Int = 45,
        transitionMinutes: Int = 0, bufferPercent: Int = 0, autoBreaks: Bool = false, participantsPerTrainer: Int = 10
    ) {
        self.maximumStretch = maximumStretch
        self.breakMinutes = breakMinutes
        self.lunchWindow = lunchWindow
        self.lunchMinutes = lunchMinutes
        self.transitionMinutes = transitionMinutes
        self.bufferPercent = bufferPercent
        self.autoBreaks = autoBreaks
        self.participantsPerTrainer = participantsPerTrainer
    }

    /// The policy for a curriculum: the built-in defaults, then the manifest's, then `settings`.
    public init(manifest: Manifest?, settings: PlanSettings, autoBreaks: Bool = false) {
        self.init(autoBreaks: autoBreaks)
        if let window = manifest?.lunchWindow { lunchWindow = window }
        if let stretch = manifest?.maximumStretch { maximumStretch = stretch.maximum }
        if let minutes = manifest?.breakMinutes { breakMinutes = minutes }
        if let minutes = manifest?.lunchMinutes { lunchMinutes = minutes }
        if let count = manifest?.participantsPerTrainer { participantsPerTrainer = count }
        if let window = settings.lunchWindow { lunchWindow = window }
        if let minutes = settings.lunchMinutes { lunchMinutes = minutes }
        if let minutes = settings.maximumStretch { maximumStretch = minutes }
        if let minutes = settings.breakMinutes { breakMinutes = minutes }
        if let minutes = settings.transitionMinutes { transitionMinutes = minutes }
        if let percent = settings.bufferPercent { bufferPercent = percent }
        if let count = settings.participantsPerTrainer { participantsPerTrainer = count }
    }

    /// Whether a day of `frame` has lunch: when it runs from the window's start to its end or
    /// beyond. A morning (09:00-13:00) or an afternoon (12:30-17:00) has none.
    public func includesLunch(_ frame: DayFrame) -> Bool {
        frame.start <= lunchWindow.start && frame.end >= lunchWindow.end
    }

    /// The latest time lunch may start and still end inside the window.
    public var latestLunchStart: ClockTime { lunchWindow.end.adding(minutes: -lunchMinutes) }

    /// The slack a day of `frame` must keep.
    public func requiredSlack(for frame: DayFrame) -> Int {
        (frame.minutes * bufferPercent + 99) / 100
    }
}
