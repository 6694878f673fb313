/// Time totals of a curriculum (or a selection of it) per module, topic and level, and how many
/// course days each needs: what `curriculum budget` prints.
public struct Budget: Hashable, Sendable {
    public struct Line: Hashable, Sendable, Codable {
        /// `1`, `1.A`, `1.A niveau 1`, or `total`.
        public var key: String
        public var title: String
        public var minutes: Duration
        public var exercises: Int
        /// Course days needed at the minimum and at the maximum durations, when a day length is given.
        public var days: ClosedRange<Int>?
    }

    /// A target the programme was sold with: a number of days (`3d`) or of hours (`18h`).
    public enum Target: Hashable, Sendable {
        case days(Int)
        case minutes(Int)

        /// Reads `3d`, `3 dagen`, `3 days`, `18h`, `18 uur`, `1080 min`; a bare number is not
        /// read, since it could mean days, hours or minutes.
        public init?(_ text: String) {
            let lowered = text.lowercased().trimmingWhitespace()
            if lowered.isEmpty || lowered.allSatisfy(\.isASCIIDigit) { return nil }
            let digits = lowered.prefix { $0.isASCIIDigit }
            let unit = lowered.dropFirst(digits.count).trimmingWhitespace()
            if let n = Int(digits), n > 0, ["d", "dag", "dagen", "day", "days"].contains(unit) {
                self = .days(n)
                return
            }
            if case .success(let reading) = DurationParser.parse(text), !reading.value.isRange,
                reading.value.minimum > 0
            {
                self = .minutes(reading.value.minimum)
                return
            }
            return nil
        }
    }

    public var modules: [Line]
    public var topics: [Line]
    public var levels: [Line]
    public var total: Line
    /// Training minutes per day used for the day counts.
    public var dayMinutes: Int?
    /// The exercises whose maximum is longer than a day of `dayMinutes`: no day can hold them, so
    /// a day count that gives them a day of their own would mislead.
    public var longerThanADay: [Exercise]

    public init(curriculum: Curriculum, exercises: [Exercise], dayMinutes: Int?) {
        self.dayMinutes = dayMinutes
        longerThanADay = dayMinutes.map { day in exercises.filter { $0.minutes.maximum > day } } ?? []
        func line(_ key: String, _ title: String, _ list: [Exercise]) -> Line {
            Line(
                key: key, title: title, minutes: list.reduce(.zero) { $0 + $1.minutes }, exercises: list.count,
                days: dayMinutes.map {
                    Self.daysNeeded(
                        list, dayMinutes: $0, maximum: false)...Self.daysNeeded(list, dayMinutes: $0, maximum: true)
                })
        }
        var byModule: [Int: [Exercise]] = [:]
        var byTopic: [TopicID: [Exercise]] = [:]
        var byLevel: [Int: [Exercise]] = [:]
        for e in exercises {
            byModule[e.id.module, default: []].append(e)
            byTopic[e.id.topicID, default: []].append(e)
            byLevel[e.id.level ?? 0, default: []].append(e)
        }
        modules = byModule.keys.sorted().map { n in
            line("\(n)", curriculum.module(number: n)?.title ?? "", byModule[n] ?? [])
        }
        topics = byTopic.keys.sorted().map { id in
            line(id.description, curriculum.topic(id: id)?.title ?? "", byTopic[id] ?? [])
        }
        let levelWord = curriculum.language == .dutch ? "Niveau" : "Level"
        levels = byLevel.keys.sorted().map { n in
            line(
                n == 0 ? "-" : "\(n)",
                n == 0
                    ? (curriculum.language == .dutch ? "Zonder niveau" : "Without level")
                    : "\(levelWord) \(n)" + (curriculum.levelName(n).map { ": \($0)" } ?? ""), byLevel[n] ?? [])
        }
        total = line("total", curriculum.title, exercises)
    }

    /// Days needed when exercises are packed in order into days of `dayMinutes` training minutes,
    /// never splitting an exercise (one longer than a day gets a day of its own).
    public static func daysNeeded(_ exercises: [Exercise], dayMinutes: Int, maximum: Bool) -> Int {
        guard !exercises.isEmpty else { return 0 }
        var days = 1
        var used = 0
        for e in exercises {
            let m = maximum ? e.minutes.maximum : e.minutes.minimum
            if used > 0, used + m > dayMinutes {
                days += 1
                used = 0
            }
            used += m
        }
        return days
    }

    /// How the programme compares with a target, as a value: `BudgetRenderer` words it in the
    /// curriculum's language.
    public enum Verdict: Hashable, Sendable {
        /// Fits in `limit` minutes, with `spare` minutes left at the maximum durations.
        case fitsMinutes(limit: Int, total: Duration, spare: Int)
        /// Over `limit` minutes by `over` at the maximum durations; `atMinimum` when it fits only
        /// if every exercise takes its minimum.
        case overMinutes(limit: Int, total: Duration, over: Int, atMinimum: Bool)
        /// Fits in `limit` days of `dayMinutes`, needing `needs`.
        case fitsDays(limit: Int, dayMinutes: Int, needs: Int)
        /// Needs more than `limit` days of `dayMinutes`.
        case overDays(limit: Int, dayMinutes: Int, needs: Int, atMinimum: Bool)
        /// A number of days was asked for, but no day length is known.
        case needsDayLength

        public var fits: Bool {
            switch self {
            case .fitsMinutes, .fitsDays: return true
            case .overMinutes, .overDays, .needsDayLength: return false
            }
        }
    }

    /// Whether the programme fits the target at its maximum durations, with the margin in
    /// minutes or days.
    public func verdict(for target: Target) -> Verdict {
        switch target {
        case .minutes(let limit):
            let over = total.minutes.maximum - limit
            if over <= 0 { return .fitsMinutes(limit: limit, total: total.minutes, spare: -over) }
            return .overMinutes(
                limit: limit, total: total.minutes, over: over, atMinimum: total.minutes.minimum <= limit)
        case .days(let limit):
            guard let days = total.days, let dayMinutes else { return .needsDayLength }
            if days.upperBound <= limit {
                return .fitsDays(limit: limit, dayMinutes: dayMinutes, needs: days.upperBound)
            }
            return .overDays(
                limit: limit, dayMinutes: dayMinutes, needs: days.upperBound, atMinimum: days.lowerBound <= limit)
        }
    }
}
