/// The timing settings a plan file (or the command line) overrides; `nil` keeps the default from
/// the curriculum's manifest or the built-in one.
public struct PlanSettings: Hashable, Sendable, Codable {
    public var dayFrame: DayFrame?
    public var lunchWindow: DayFrame?
    public var lunchMinutes: Int?
    public var maximumStretch: Int?
    public var breakMinutes: Int?
    public var transitionMinutes: Int?
    /// Required slack, in percent of the day's length.
    public var bufferPercent: Int?

    public init(
        dayFrame: DayFrame? = nil, lunchWindow: DayFrame? = nil, lunchMinutes: Int? = nil, maximumStretch: Int? = nil,
        breakMinutes: Int? = nil, transitionMinutes: Int? = nil, bufferPercent: Int? = nil
    ) {
        self.dayFrame = dayFrame
        self.lunchWindow = lunchWindow
        self.lunchMinutes = lunchMinutes
        self.maximumStretch = maximumStretch
        self.breakMinutes = breakMinutes
        self.transitionMinutes = transitionMinutes
        self.bufferPercent = bufferPercent
    }

    /// These settings with every setting `other` gives taking precedence.
    public func overridden(by other: PlanSettings) -> PlanSettings {
        PlanSettings(
            dayFrame: other.dayFrame ?? dayFrame, lunchWindow: other.lunchWindow ?? lunchWindow,
            lunchMinutes: other.lunchMinutes ?? lunchMinutes, maximumStretch: other.maximumStretch ?? maximumStretch,
            breakMinutes: other.breakMinutes ?? breakMinutes,
            transitionMinutes: other.transitionMinutes ?? transitionMinutes,
            bufferPercent: other.bufferPercent ?? bufferPercent)
    }
}
