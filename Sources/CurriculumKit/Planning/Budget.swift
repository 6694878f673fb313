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

    /// Whether the programme fits the target at its maximum durations, with the margin in
    /// minutes or days (negative when over).
    public func verdict(for target: Target) -> (fits: Bool, text: String) {
        switch target {
        case .minutes(let limit):
            let over = total.minutes.maximum - limit
            if over <= 0 {
                return (
                    true,
                    "fits in \(Duration(minutes: limit).formattedHours()): \(total.minutes.formattedHours()) leaves \(-over) min"
                )
            }
            let atMinimum = total.minutes.minimum <= limit ? " (it fits only if every exercise takes its minimum)" : ""
            return (
                false,
                "does not fit in \(Duration(minutes: limit).formattedHours()): \(total.minutes.formattedHours()) is over by \(over) min\(atMinimum)"
            )
        case .days(let limit):
            guard let days = total.days, let dayMinutes else {
                return (false, "give the length of a day (--day 6h) to compare with a number of days")
            }
            if days.upperBound <= limit {
                return (
                    true,
                    "fits in \(limit) day\(limit == 1 ? "" : "s") of \(Duration(minutes: dayMinutes).formattedHours()): needs \(days.upperBound)"
                )
            }
            let atMinimum = days.lowerBound <= limit ? " (it fits only if every exercise takes its minimum)" : ""
            return (
                false,
                "does not fit in \(limit) day\(limit == 1 ? "" : "s") of \(Duration(minutes: dayMinutes).formattedHours()): needs \(days.upperBound)\(atMinimum)"
            )
        }
    }

    /// The table `budget` prints.
    public func render() -> String {
        var out = ""
        func section(_ name: String, _ lines: [Line]) {
            out += "\(name)\n"
            let keyWidth = max(5, lines.map(\.key.count).max() ?? 0)
            for line in lines {
                var row = "  " + line.key + String(repeating: " ", count: keyWidth - line.key.count) + "  "
                let title = line.title.count > 44 ? String(line.title.prefix(43)) + "…" : line.title
                row += title + String(repeating: " ", count: max(0, 44 - title.count))
                let minutes = line.minutes.description
                row += "  " + String(repeating: " ", count: max(0, 12 - minutes.count)) + minutes
                row += "  " + line.minutes.formattedHours()
                if let days = line.days {
                    row +=
                        "  · "
                        + (days.lowerBound == days.upperBound
                            ? "\(days.lowerBound)" : "\(days.lowerBound)-\(days.upperBound)")
                        + (days.upperBound == 1 ? " day" : " days")
                }
                row += "  (\(line.exercises) exercise\(line.exercises == 1 ? "" : "s"))"
                out += row + "\n"
            }
            out += "\n"
        }
        section("Modules", modules)
        section("Topics", topics)
        section("Levels", levels)
        section("Total", [total])
        if let dayMinutes {
            out +=
                "Days are counted at \(Duration(minutes: dayMinutes).formattedHours()) of training per day, splitting only between exercises (minimum-maximum durations).\n"
        }
        return out
    }
}
