/// One item laid onto the clock: an exercise, a break, lunch or a free item, with its start and
/// end.
///
/// Durations may be ranges (`1-1,5 uur`), so every time is kept twice: `start`/`end` assume each
/// earlier item takes its minimum, `latestStart`/`latestEnd` its maximum. For fixed durations the
/// two agree. A fixed start time (`13:30 Lunch`) makes both starts equal to it.
public struct ScheduledItem: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case exercise
        /// A short break (`Pauze 15`).
        case pause
        case lunch
        /// A free item with a title and a duration (`Welkom en kennismaking 20 min`).
        case free
    }

    /// Something wrong with the item itself, shown at the item in the agenda and JSON so that a
    /// plan with a mistake never reads as fitting.
    public enum Mark: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The plan names an exercise the curriculum does not have; it keeps its place, 0 min long.
        case unknownExercise(ExerciseID)
        /// The item runs, even at its shortest, past the fixed start of a later item.
        case runsPastFixedStart(ClockTime, of: String)
        /// The item has a fixed start that earlier items run past.
        case overlappedUntil(ClockTime)

        public var description: String {
            switch self {
            case .unknownExercise(let id): return "unknown exercise \(id)"
            case .runsPastFixedStart(let fixed, let label): return "runs past the fixed start \(fixed) of \(label)"
            case .overlappedUntil(let until): return "overlapped until \(until)"
            }
        }
    }

    public var kind: Kind
    /// The exercise, for `.exercise` items.
    public var exercise: Exercise?
    /// The exercise's title, the free item's title, or `Pauze`/`Lunch` (in the plan's language).
    public var title: String
    public var duration: Duration
    /// The start when every earlier item takes its minimum.
    public var start: ClockTime
    /// The start when every earlier item takes its maximum.
    public var latestStart: ClockTime
    /// `start` plus the minimum duration.
    public var end: ClockTime
    /// `latestStart` plus the maximum duration.
    public var latestEnd: ClockTime
    /// The fixed start the plan gives, if any.
    public var fixedStart: ClockTime?
    /// Whether the scheduler inserted this item (`--auto-breaks`) rather than the plan naming it.
    public var isInserted: Bool
    /// Where the plan names the item, when it comes from a file.
    public var location: SourceLocation?
    /// What is wrong with the item (empty for an item that is fine).
    public var marks: [Mark]

    public init(
        kind: Kind, exercise: Exercise? = nil, title: String, duration: Duration, start: ClockTime,
        latestStart: ClockTime,
        fixedStart: ClockTime? = nil, isInserted: Bool = false, location: SourceLocation? = nil,
        marks: [Mark] = []
    ) {
        self.kind = kind
        self.exercise = exercise
        self.title = title
        self.duration = duration
        self.start = start
        self.latestStart = latestStart
        self.end = start.adding(minutes: duration.minimum)
        self.latestEnd = latestStart.adding(minutes: duration.maximum)
        self.fixedStart = fixedStart
        self.isInserted = isInserted
        self.location = location
        self.marks = marks
    }

    /// The exercise's ID, for exercise items.
    public var id: ExerciseID? { exercise?.id }

    /// Whether this is a pause or lunch.
    public var isBreak: Bool { kind == .pause || kind == .lunch }

    /// Whether the item is training time (an exercise or a free item): what stretches count.
    public var isTraining: Bool { kind == .exercise || kind == .free }

    /// Whether the start or end differs between the earliest and latest reading.
    public var hasRange: Bool { start != latestStart || end != latestEnd }
}
