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
    /// Participants one trainer can take in this plan: more is a warning (CUR715). A group the
    /// trainers know and accept is written here once instead of warning on every run.
    public var participantsPerTrainer: Int?

    public init(
        dayFrame: DayFrame? = nil, lunchWindow: DayFrame? = nil, lunchMinutes: Int? = nil, maximumStretch: Int? = nil,
        breakMinutes: Int? = nil, transitionMinutes: Int? = nil, bufferPercent: Int? = nil,
        participantsPerTrainer: Int? = nil
    ) {
        self.dayFrame = dayFrame
        self.lunchWindow = lunchWindow
        self.lunchMinutes = lunchMinutes
        self.maximumStretch = maximumStretch
        self.breakMinutes = breakMinutes
        self.transitionMinutes = transitionMinutes
        self.bufferPercent = bufferPercent
        self.participantsPerTrainer = participantsPerTrainer
    }

    /// These settings with every setting `other` gives taking precedence.
    public func overridden(by other: PlanSettings) -> PlanSettings {
        PlanSettings(
            dayFrame: other.dayFrame ?? dayFrame, lunchWindow: other.lunchWindow ?? lunchWindow,
            lunchMinutes: other.lunchMinutes ?? lunchMinutes, maximumStretch: other.maximumStretch ?? maximumStretch,
            breakMinutes: other.breakMinutes ?? breakMinutes,
            transitionMinutes: other.transitionMinutes ?? transitionMinutes,
            bufferPercent: other.bufferPercent ?? bufferPercent,
            participantsPerTrainer: other.participantsPerTrainer ?? participantsPerTrainer)
    }
}
