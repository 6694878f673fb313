/// What delivered days teach: each plan's items planned against what they really took, and per
/// exercise across all plans how long it really runs, with a suggested new `Duur:` where it
/// consistently runs long or short (`curriculum review`, docs/plans.md).
public struct Review: Hashable, Sendable, Codable {
    /// One plan file, laid out and compared with its actuals.
    public struct PlanPart: Hashable, Sendable, Codable {
        public var name: String
        public var title: String
        public var days: [Day]
    }

    /// One day of a plan: its items, and where it was planned to end against where it really did.
    public struct Day: Hashable, Sendable, Codable {
        public var number: Int
        public var date: CalendarDate?
        public var items: [Item]
        public var plannedEnd: ClockTime
        /// Where the day really ended: the items' actuals (planned minutes where an item has none)
        /// walked from the day's start; `nil` when no item of the day has an actual.
        public var actualEnd: ClockTime?
    }

    /// One item: planned minutes (the agenda's start to end), and actual minutes if noted.
    public struct Item: Hashable, Sendable, Codable {
        public var id: ExerciseID?
        public var title: String
        public var plannedStart: ClockTime
        public var plannedMinutes: Int
        public var actualMinutes: Int?
        public var note: String?

        /// Actual minus planned: `+15`, `-5`; `nil` without an actual.
        public var difference: Int? { actualMinutes.map { $0 - plannedMinutes } }
    }

    /// One exercise's deliveries across every plan given.
    public struct ExerciseFigures: Hashable, Sendable, Codable {
        public var id: ExerciseID
        public var title: String
        /// The curriculum's duration.
        public var duration: Duration
        /// Every actual, in the order of the plans given.
        public var actuals: [Int]
        public var median: Int
        public var minimum: Int
        public var maximum: Int
        /// The median over the curriculum's duration (the middle of a range): 1.25 runs a quarter long.
        public var ratio: Double
        /// The `Duur:` line to change, when the exercise ran long or short often enough.
        public var suggestion: Suggestion?

        public var deliveries: Int { actuals.count }
    }

    /// A new duration for an exercise's `Duur:` line: the line as it is, and as it would be.
    public struct Suggestion: Hashable, Sendable, Codable {
        public var location: SourceLocation
        public var line: String
        public var replacement: String
    }

    /// How far past its duration an actual must run to count as over (or under): 20%.
    public static let tolerance = 0.2
    /// How many deliveries over (or under) make a suggestion.
    public static let threshold = 3

    public var plans: [PlanPart]
    public var exercises: [ExerciseFigures]

    /// Compares each plan's schedule with its actuals. `line` gives the text of a source line
    /// (the module file's `Duur:` line) for the suggestions; the library reads no file itself here.
    public init(
        plans: [(name: String, plan: Plan, schedule: Schedule)], line: (SourceLocation) -> String? = { _ in nil }
    ) {
        var parts: [PlanPart] = []
        var observed: [ExerciseID: (exercise: Exercise, actuals: [Int])] = [:]
        var order: [ExerciseID] = []
        for (name, plan, schedule) in plans {
            var actuals: [SourceLocation: PlanActual] = [:]
            for item in plan.items {
                if let location = item.location, let actual = item.actual { actuals[location] = actual }
            }
            var days: [Day] = []
            for day in schedule.days {
                var items: [Item] = []
                var clock = day.frame.start
                var sawActual = false
                for scheduled in day.items {
                    let actual = scheduled.location.flatMap { actuals[$0] }
                    let planned = scheduled.end.minutesSinceMidnight - scheduled.start.minutesSinceMidnight
                    items.append(
                        Item(
                            id: scheduled.id, title: scheduled.title, plannedStart: scheduled.start,
                            plannedMinutes: planned, actualMinutes: actual?.minutes, note: actual?.note))
                    if let fixed = scheduled.fixedStart { clock = max(clock, fixed) }
                    if let start = actual?.start { clock = start }
                    clock = actual?.end ?? clock.adding(minutes: actual?.minutes ?? planned)
                    sawActual = sawActual || actual != nil
                    if let actual, let exercise = scheduled.exercise {
                        if observed[exercise.id] == nil { order.append(exercise.id) }
                        observed[exercise.id, default: (exercise, [])].actuals.append(actual.minutes)
                    }
                }
                days.append(
                    Day(
                        number: day.number, date: day.date, items: items, plannedEnd: day.earliestEnd,
                        actualEnd: sawActual ? clock : nil))
            }
            parts.append(PlanPart(name: name, title: schedule.title, days: days))
        }
        self.plans = parts
        self.exercises = order.compactMap { id in
            guard let (exercise, actuals) = observed[id], let duration = exercise.duration?.value else { return nil }
            return Self.figures(for: exercise, duration: duration, actuals: actuals, line: line)
        }
    }

    static func figures(
        for exercise: Exercise, duration: Duration, actuals: [Int], line: (SourceLocation) -> String?
    ) -> ExerciseFigures {
        let median = Self.median(actuals)
        let middle = Double(duration.minimum + duration.maximum) / 2
        var figures = ExerciseFigures(
            id: exercise.id, title: exercise.title, duration: duration, actuals: actuals, median: median,
            minimum: actuals.min() ?? 0, maximum: actuals.max() ?? 0, ratio: middle > 0 ? Double(median) / middle : 0)
        let over = actuals.filter { Double($0) > Double(duration.maximum) * (1 + tolerance) }.count
        let under = actuals.filter { Double($0) < Double(duration.minimum) * (1 - tolerance) }.count
        // Three deliveries one way, and fewer than three the other way: a consistent drift.
        guard (over >= threshold) != (under >= threshold), let written = exercise.duration else { return figures }
        let location = written.location
        let current = line(location) ?? written.text
        var replacement = current
        if let range = current.firstRange(of: written.text) {
            replacement.replaceSubrange(range, with: "\(median) min")
        } else {
            replacement = "\(median) min"
        }
        figures.suggestion = Suggestion(location: location, line: current, replacement: replacement)
        return figures
    }

    /// The median in whole minutes; of an even count, the mean of the two middle values rounded
    /// half up (`60, 75` gives 68).
    public static func median(_ values: [Int]) -> Int {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let half = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[half] }
        return (sorted[half - 1] + sorted[half] + 1) / 2
    }
}
