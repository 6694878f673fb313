/// What an item really took on the day, as the trainer noted it afterwards on the item's line:
/// `(werkelijk 75 min)`, `(actual 75 min)` or the clock times `(werkelijk 10:15-11:30)`,
/// optionally followed by a short note (`— groep wilde langer oefenen`).
///
/// The plan file in git becomes the log of delivered days: `curriculum review` compares these
/// against the plan and the curriculum, and `plan --calibrate` plans with them.
public struct PlanActual: Hashable, Sendable, Codable {
    /// How many minutes the item took.
    public var minutes: Int
    /// The real start, when the trainer wrote clock times.
    public var start: ClockTime?
    /// The real end, when the trainer wrote clock times.
    public var end: ClockTime?
    /// The note after the actual, if any.
    public var note: String?
    /// Where the `(` of the actual stands.
    public var location: SourceLocation?

    public init(
        minutes: Int, start: ClockTime? = nil, end: ClockTime? = nil, note: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.minutes = minutes
        self.start = start
        self.end = end
        self.note = note
        self.location = location
    }
}
