/// A plan file (`*.plan.md`), as written: metadata, timing settings and the items of each day.
///
/// A plan names exercises by ID and does not copy them: `Scheduler` resolves the IDs against the
/// curriculum and lays the items onto clock times, producing a `Schedule`.
public struct Plan: Hashable, Sendable, Codable {
    /// The file the plan was read from, `nil` for a plan built from a selection.
    public var file: String?
    public var metadata: PlanMetadata
    public var settings: PlanSettings
    public var days: [PlanDay]
    /// Where each field was written, by field (`participants`, `dayFrame`, `title`…), so that
    /// findings about a field point at it.
    public var fieldLocations: [String: SourceLocation]

    public init(
        file: String? = nil, metadata: PlanMetadata = PlanMetadata(), settings: PlanSettings = PlanSettings(),
        days: [PlanDay] = [],
        fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.file = file
        self.metadata = metadata
        self.settings = settings
        self.days = days
        self.fieldLocations = fieldLocations
    }

    /// Every item of every day, in order.
    public var items: [PlanItem] { days.flatMap(\.items) }

    /// The exercise IDs the plan names, in order.
    public var exerciseIDs: [ExerciseID] { items.compactMap(\.exerciseID) }
}
