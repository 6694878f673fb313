/// What a plan says about the course day(s) besides the items: title, dates, place, people.
///
/// Shared by `Plan` (as written) and `Schedule` (as laid out), so that handouts and exports read
/// the same fields from either.
public struct PlanMetadata: Hashable, Sendable, Codable {
    /// The curriculum folder, relative to the plan file (`..`), as written.
    public var curriculum: String?
    public var title: String
    /// One date per course day, in order; may be shorter than the number of days (or empty).
    public var dates: [CalendarDate]
    public var place: String?
    /// Trainers' names, when the plan names them.
    public var trainers: [String]
    /// The number of trainers when the plan gives a number instead of names (`Trainers: 2`).
    public var trainerCount: Int?
    public var participants: Int?
    /// The language of the plan's labels: `Dagindeling` or `Day`; `--write` keeps it.
    public var language: Language

    public init(
        curriculum: String? = nil, title: String = "", dates: [CalendarDate] = [], place: String? = nil,
        trainers: [String] = [],
        trainerCount: Int? = nil, participants: Int? = nil, language: Language = .dutch
    ) {
        self.curriculum = curriculum
        self.title = title
        self.dates = dates
        self.place = place
        self.trainers = trainers
        self.trainerCount = trainerCount
        self.participants = participants
        self.language = language
    }

    /// How many trainers there are: the number given, or the number of names.
    public var numberOfTrainers: Int? {
        trainerCount ?? (trainers.isEmpty ? nil : trainers.count)
    }
}
