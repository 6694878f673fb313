/// One line of a plan's agenda, as written: an exercise, a break, or a free item with a duration.
///
/// `- 1.A.1.1`, `- Pauze 15`, `- Lunch 45 min`, `- Welkom en kennismaking 20 min`,
/// `- 13:30 Lunch 45 min` (a fixed start time).
public struct PlanItem: Hashable, Sendable, Codable {
    public enum Content: Hashable, Sendable, Codable {
        case exercise(ExerciseID)
        /// A short break; `nil` minutes takes the policy's default.
        case pause(minutes: Int?)
        /// Lunch; `nil` minutes takes the policy's default.
        case lunch(minutes: Int?)
        /// Anything else with a duration: a welcome, an evaluation, a guest speaker.
        case free(title: String, duration: Duration)
    }

    public var content: Content
    /// A start time the item must begin at (`13:30 Lunch`).
    public var fixedStart: ClockTime?
    /// The item's text as written, after the list marker.
    public var text: String
    /// Where the text after the marker starts.
    public var location: SourceLocation?
    /// Where the exercise ID starts (for diagnostics about the ID).
    public var idLocation: SourceLocation?
    /// What the item really took, noted after the day (`(werkelijk 75 min)`).
    public var actual: PlanActual?

    public init(
        _ content: Content, fixedStart: ClockTime? = nil, text: String = "", location: SourceLocation? = nil,
        idLocation: SourceLocation? = nil, actual: PlanActual? = nil
    ) {
        self.content = content
        self.fixedStart = fixedStart
        self.text = text
        self.location = location
        self.idLocation = idLocation
        self.actual = actual
    }

    public var exerciseID: ExerciseID? {
        if case .exercise(let id) = content { return id }
        return nil
    }
}
