/// What a handout is about: a curriculum, a timed agenda and the people and place of the day.
///
/// Built from a plan's schedule (`Handout(schedule:curriculum:)`), whether the plan came from a
/// file or from a selection; `HandoutBuilder` turns it into a document for trainers or for
/// participants.
public struct Handout: Hashable, Sendable {
    /// Who the handout is for: trainers get procedures, feedback and the checklist; participants
    /// the agenda, the goals and the annexes.
    public enum Audience: String, Hashable, Sendable, CaseIterable {
        case trainers
        case participants
    }

    /// One course day of the agenda.
    public struct Day: Hashable, Sendable {
        /// The day's date, or `nil` when the plan gives none.
        public var date: CalendarDate?
        /// The plan's own heading for the day (`Dag 2: praktijk`), if any.
        public var heading: String?
        public var entries: [Entry]

        public init(date: CalendarDate? = nil, heading: String? = nil, entries: [Entry]) {
            self.date = date
            self.heading = heading
            self.entries = entries
        }

        public var exercises: [Exercise] {
            entries.compactMap { if case .exercise(let exercise) = $0.kind { return exercise } else { return nil } }
        }
    }

    /// One line of the agenda.
    public struct Entry: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case exercise(Exercise)
            /// A break, with the plan's own name for it when it has one.
            case pause(String?)
            case lunch
            /// Anything else the plan schedules: a welcome, an evaluation, a visit.
            case other(String)
        }

        /// When the item starts and ends if every earlier item takes its shortest time.
        public var start: ClockTime
        public var end: ClockTime
        /// When it starts and ends if every item takes its longest time (ranges like `1-1,5 uur`);
        /// equal to `start` and `end` when nothing before it is a range.
        public var latestStart: ClockTime
        public var latestEnd: ClockTime
        public var kind: Kind

        public init(
            start: ClockTime, end: ClockTime, latestStart: ClockTime? = nil, latestEnd: ClockTime? = nil, kind: Kind
        ) {
            self.start = start
            self.end = end
            self.latestStart = latestStart ?? start
            self.latestEnd = latestEnd ?? end
            self.kind = kind
        }

        public var minutes: Int { end.minutesSinceMidnight - start.minutesSinceMidnight }

        /// How long it takes: a range when the item's own duration is one.
        public var length: Duration {
            Duration(
                minimum: minutes,
                maximum: max(minutes, latestEnd.minutesSinceMidnight - latestStart.minutesSinceMidnight))
        }

        /// `09:00–10:00`, or with ranges `10:00…10:15–11:00…11:30` (earliest…latest), as
        /// `curriculum plan` writes them.
        public var timeText: String { Self.span(from: (start, latestStart), to: (end, latestEnd)) }

        /// A span of clock time whose ends may each be a range (earliest, latest).
        public static func span(from start: (ClockTime, ClockTime), to end: (ClockTime, ClockTime)) -> String {
            func pair(_ times: (ClockTime, ClockTime)) -> String {
                times.0 == times.1 ? "\(times.0)" : "\(times.0)…\(times.1)"
            }
            return pair(start) + "–" + pair(end)
        }
    }

    /// The curriculum the exercises come from: its title, language, level names and annexes.
    public var curriculum: Curriculum
    /// The plan's title; `nil` for a bare selection.
    public var title: String?
    public var place: String?
    /// Trainers by name, when the plan names them.
    public var trainers: [String]
    /// How many trainers there are: the number the plan gives, or the names counted.
    public var trainerCount: Int?
    /// How many participants there are, when the plan says.
    public var participantCount: Int?
    public var days: [Day]

    public init(
        curriculum: Curriculum, title: String? = nil, place: String? = nil, trainers: [String] = [],
        trainerCount: Int? = nil, participantCount: Int? = nil, days: [Day]
    ) {
        self.curriculum = curriculum
        self.title = title
        self.place = place
        self.trainers = trainers
        self.trainerCount = trainerCount ?? (trainers.isEmpty ? nil : trainers.count)
        self.participantCount = participantCount
        self.days = days
    }

    /// Every scheduled exercise in agenda order, days one after another.
    public var exercises: [Exercise] { days.flatMap(\.exercises) }

    /// The handout of a laid-out plan: its metadata on the cover, its days as the agenda.
    ///
    /// Where durations are ranges, times carry both readings (earliest…latest), as `curriculum
    /// plan` prints them.
    public init(schedule: Schedule, curriculum: Curriculum) {
        let days = schedule.days.map { day in
            Day(
                date: day.date, heading: day.heading,
                entries: day.items.map { item in
                    let kind: Entry.Kind
                    switch item.kind {
                    case .exercise: kind = item.exercise.map(Entry.Kind.exercise) ?? .other(item.title)
                    case .pause: kind = .pause(item.title.isEmpty ? nil : item.title)
                    case .lunch: kind = .lunch
                    case .free: kind = .other(item.title)
                    }
                    return Entry(
                        start: item.start, end: item.end, latestStart: item.latestStart, latestEnd: item.latestEnd,
                        kind: kind)
                })
        }
        let metadata = schedule.metadata
        self.init(
            curriculum: curriculum, title: metadata.title.isEmpty ? nil : metadata.title, place: metadata.place,
            trainers: metadata.trainers, trainerCount: metadata.numberOfTrainers,
            participantCount: metadata.participants, days: days)
    }
}
