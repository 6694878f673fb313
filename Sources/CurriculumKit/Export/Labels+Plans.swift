// The words of `plan`'s agenda and `budget`'s table, in the curriculum's language: a Dutch trainer
// reads "Einde van dag 1: 16:00 — past, 30 min speling", an English one "End of day 1: 16:00 —
// fits with 30 min slack".

extension Labels {
    private func choose(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    private func plural(_ count: Int, _ dutch: (String, String), _ english: (String, String)) -> String {
        let (one, many) = language == .dutch ? dutch : english
        return "\(count) " + (count == 1 ? one : many)
    }

    /// `14 deelnemers` / `14 participants`.
    public func participantCount(_ count: Int) -> String {
        plural(count, ("deelnemer", "deelnemers"), ("participant", "participants"))
    }

    /// `2 trainers` / `1 trainer`.
    public func trainerCount(_ count: Int) -> String {
        plural(count, ("trainer", "trainers"), ("trainer", "trainers"))
    }

    /// `trainers: Ann, Bob`.
    public func trainerNames(_ names: [String]) -> String {
        choose("trainers: ", "trainers: ") + names.joined(separator: ", ")
    }

    /// `1 dag` / `3 days`.
    public func dayCount(_ count: Int) -> String { plural(count, ("dag", "dagen"), ("day", "days")) }

    /// `1-2 dagen` / `1-2 days`: a range of day counts.
    public func dayRange(_ days: ClosedRange<Int>) -> String {
        days.lowerBound == days.upperBound
            ? dayCount(days.lowerBound)
            : "\(days.lowerBound)-\(days.upperBound) " + choose("dagen", "days")
    }

    /// The heading of a course day: `Dag 1 · dinsdag 9 maart 2027 · 09:00-16:30`.
    public func dayHeading(_ day: ScheduledDay) -> String {
        var parts = [day.heading ?? self.day(day.number)]
        if let date = day.date { parts.append(DateWording.long(date, language: language)) }
        parts.append("\(day.frame)")
        return parts.joined(separator: " · ")
    }

    /// `› voorstel: Pauze 15 min (anders 120 min training vanaf 09:00)`.
    public func suggestion(_ suggestion: BreakSuggestion) -> String {
        let name = suggestion.kind == .lunch ? lunch : breakTime
        let why: String
        switch suggestion.cause {
        case .lunchWindow(let window): why = choose("lunchvenster \(window)", "lunch window \(window)")
        case .stretch(let minutes, let start):
            why = choose(
                "anders \(minutes) min training vanaf \(start)", "else \(minutes) min of training from \(start)")
        }
        return choose("› voorstel: ", "› suggested: ") + "\(name) \(suggestion.minutes) min (\(why))"
    }

    /// `ingevoegd` / `inserted`: a break the scheduler put in.
    public var inserted: String { choose("ingevoegd", "inserted") }

    /// `vast 12:45` / `fixed 12:45`: an item with a fixed start.
    public func fixedStart(_ time: ClockTime) -> String { choose("vast \(time)", "fixed \(time)") }

    /// `na 16:30` / `past 16:30`: an item that ends after the day.
    public func pastEnd(_ time: ClockTime) -> String { choose("na \(time)", "past \(time)") }

    /// What is wrong with an item, as the agenda and the verdict say it.
    public func mark(_ mark: ScheduledItem.Mark) -> String {
        switch mark {
        case .unknownExercise(let id): return choose("onbekende oefening \(id)", "unknown exercise \(id)")
        case .runsPastFixedStart(let fixed, let label):
            return choose(
                "loopt door na de vaste begintijd \(fixed) van \(label)",
                "runs past the fixed start \(fixed) of \(label)")
        case .overlappedUntil(let until): return choose("overlapt tot \(until)", "overlapped until \(until)")
        }
    }

    /// `Einde van dag 1: 16:00 — past met 30 min speling`.
    public func dayVerdict(_ day: ScheduledDay) -> String {
        let end =
            day.earliestEnd == day.latestEnd
            ? "\(day.latestEnd)"
            : choose(
                "op zijn vroegst \(day.earliestEnd), op zijn laatst \(day.latestEnd)",
                "\(day.earliestEnd) at the earliest, \(day.latestEnd) at the latest")
        var line = choose("Einde van dag \(day.number): \(end) — ", "End of day \(day.number): \(end) — ")
        if day.fits {
            line += choose("past met \(day.slack) min speling", "fits with \(day.slack) min slack")
            if day.isShortOfBuffer {
                line += choose(
                    ", minder dan de buffer van \(day.requiredSlack) min",
                    ", less than the \(day.requiredSlack)-min buffer")
            }
            let suggested = day.suggestions.reduce(0) { $0 + $1.minutes }
            if suggested > day.slack {
                line += choose(
                    "; met de voorgestelde pauzes (\(suggested) min) loopt de dag \(suggested - day.slack) min uit",
                    "; with the suggested breaks (\(suggested) min) it would run \(suggested - day.slack) min over")
            }
        } else {
            let names = day.spillingItems.map { $0.id?.description ?? $0.title }.joined(separator: ", ")
            line += choose(
                "\(day.overrun) min te lang; loopt uit: \(names)", "over by \(day.overrun) min; spilling over: \(names)"
            )
        }
        return line
    }

    /// `Past niet in 1 dag (3 oefeningen, 300 min):`.
    public func leftOutHeading(days: Int, exercises: Int, minutes: Duration) -> String {
        choose("Past niet in ", "Does not fit in ") + dayCount(days) + " (\(exerciseCount(exercises)), \(minutes)):"
    }

    /// `dag 1 40 min te lang` / `day 1 over by 40 min`.
    public func dayOver(_ number: Int, by minutes: Int) -> String {
        choose("dag \(number) \(minutes) min te lang", "day \(number) over by \(minutes) min")
    }

    /// `3 oefeningen weggelaten` / `3 exercises left out`.
    public func exercisesLeftOut(_ count: Int) -> String {
        exerciseCount(count) + choose(" weggelaten", " left out")
    }

    /// `2 fouten in het plan`, or `nog 2 fouten in het plan` after named ones.
    public func otherErrors(_ count: Int, afterNamed: Bool) -> String {
        let errors = plural(count, ("fout", "fouten"), ("error", "errors"))
        return afterNamed
            ? choose(
                "nog \(errors) in het plan", "\(count) other " + (count == 1 ? "error" : "errors") + " in the plan")
            : choose("\(errors) in het plan", "\(errors) in the plan")
    }

    /// What the verdict found, one of four.
    public enum PlanVerdict: Sendable {
        case overBudget, doesNotFit, hasErrors
        /// Fits in this many days with this slack on the tightest.
        case fits(days: Int, slack: Int)
    }

    /// `Oordeel: past — 1 dag, 30 min speling op de krapste dag` / `Verdict: fits — …`.
    public func planVerdict(_ verdict: PlanVerdict, wrong: [String]) -> String {
        let head = choose("Oordeel: ", "Verdict: ")
        let reasons = wrong.joined(separator: ", ")
        switch verdict {
        case .overBudget: return head + choose("te lang — ", "over budget — ") + reasons
        case .doesNotFit: return head + choose("past niet — ", "does not fit — ") + reasons
        case .hasErrors: return head + choose("bevat fouten — ", "has errors — ") + reasons
        case .fits(let days, let slack):
            return head
                + choose(
                    "past — \(dayCount(days)), \(slack) min speling op de krapste dag",
                    "fits — \(dayCount(days)), \(slack) min slack on the tightest day")
        }
    }

    /// The kind of an item as calendars and spreadsheets name it: `oefening`, `pauze`, `lunch`,
    /// `vrij` / `exercise`, `pause`, `lunch`, `free`.
    public func kind(_ kind: ScheduledItem.Kind) -> String {
        language == .dutch ? Self.dutchKind(kind) : kind.rawValue
    }

    static func dutchKind(_ kind: ScheduledItem.Kind) -> String {
        switch kind {
        case .exercise: return "oefening"
        case .pause: return "pauze"
        case .lunch: return "lunch"
        case .free: return "vrij"
        }
    }

    /// `Vroegst: 10:00-11:00; laatst: 10:15-11:30`, for an item whose times are ranges.
    public func earliestAndLatest(_ item: ScheduledItem) -> String {
        choose(
            "Vroegst: \(item.start)-\(item.end); laatst: \(item.latestStart)-\(item.latestEnd)",
            "Earliest: \(item.start)-\(item.end); latest: \(item.latestStart)-\(item.latestEnd)")
    }
}
