/// A plan laid out onto clock times: what `curriculum plan` prints, exports turn into calendars,
/// spreadsheets and handouts, and `plan diff` compares.
///
/// Built by `Scheduler` from a `Plan` and a `Curriculum`. Holds the exercises themselves (not
/// just their IDs), so that renderers need nothing else.
public struct Schedule: Hashable, Sendable, Codable {
    public var metadata: PlanMetadata
    /// The curriculum's title.
    public var curriculumTitle: String
    public var policy: BreakPolicy
    public var days: [ScheduledDay]
    /// Exercises a selection asked for that did not fit in the days allowed (`--days N`).
    public var leftOut: [Exercise]
    /// How many errors were reported about the plan (unknown exercises, collisions, unreadable
    /// lines, …): a plan with any is never said to fit.
    public var errorCount: Int

    public init(
        metadata: PlanMetadata, curriculumTitle: String = "", policy: BreakPolicy = BreakPolicy(),
        days: [ScheduledDay] = [], leftOut: [Exercise] = [], errorCount: Int = 0
    ) {
        self.metadata = metadata
        self.curriculumTitle = curriculumTitle
        self.policy = policy
        self.days = days
        self.leftOut = leftOut
        self.errorCount = errorCount
    }

    public var title: String { metadata.title }
    public var dates: [CalendarDate] { metadata.dates }
    public var place: String? { metadata.place }
    public var trainers: [String] { metadata.trainers }
    public var participants: Int? { metadata.participants }

    /// Every item of every day, in order.
    public var items: [ScheduledItem] { days.flatMap(\.items) }

    /// Every exercise scheduled, in order.
    public var exercises: [Exercise] { days.flatMap(\.exercises) }

    /// The items marked as wrong (unknown, overlapping), in order.
    public var markedItems: [ScheduledItem] { items.filter { !$0.marks.isEmpty } }

    /// Whether every day fits its frame (at the latest end), nothing was left out, no item is
    /// marked and no error was reported: the one verdict the agenda, JSON and exit status share.
    public var fits: Bool { days.allSatisfy(\.fits) && leftOut.isEmpty && markedItems.isEmpty && errorCount == 0 }
}
