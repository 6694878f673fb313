/// The timed agenda `curriculum plan` prints: clock times, ID, title and duration of every item,
/// the end of each day and the verdict.
///
/// ```
/// Dag 1 · dinsdag 9 maart 2027 · 09:00-16:30
///   09:00-09:20          Welkom en kennismaking            20 min
///   09:20-10:20  1.A.1.1 Actuele situatie in de …          60 min
///   10:20-10:35          Pauze                             15 min  (inserted)
///   …
///   End of day 1: 16:10 — fits with 20 min slack
/// ```
/// A ranged duration shows both readings: `13:30-14:30…14:50` ends at 14:30 at the earliest and
/// 14:50 at the latest.
public struct AgendaRenderer: Sendable {
    /// The widest a title may be before it is cut with `…`.
    public var titleWidth: Int

    public init(titleWidth: Int = 52) {
        self.titleWidth = titleWidth
    }

    /// The agenda in the schedule's language (`PlanMetadata.language`, the curriculum's or the
    /// one asked for with `--lang`).
    public func render(_ schedule: Schedule) -> String {
        let labels = Labels(schedule.metadata.language)
        var out = ""
        out += schedule.title.isEmpty ? "Plan" : schedule.title
        if !schedule.curriculumTitle.isEmpty { out += " — \(schedule.curriculumTitle)" }
        out += "\n"
        var details: [String] = []
        if let place = schedule.place { details.append(place) }
        if let n = schedule.participants { details.append(labels.participantCount(n)) }
        if !schedule.trainers.isEmpty {
            details.append(labels.trainerNames(schedule.trainers))
        } else if let n = schedule.metadata.trainerCount {
            details.append(labels.trainerCount(n))
        }
        if !details.isEmpty { out += details.joined(separator: " · ") + "\n" }
        for day in schedule.days {
            out += "\n" + labels.dayHeading(day) + "\n"
            let times = day.items.map(Self.times)
            let timeWidth = times.map(\.count).max() ?? 11
            let idWidth = day.items.map { $0.id?.description.count ?? 0 }.max() ?? 0
            func suggestionLines(before index: Int) -> String {
                day.suggestions.filter { $0.beforeIndex == index }.map { s in
                    "  " + "\(s.at)".padding(to: timeWidth) + "  "
                        + String(repeating: " ", count: idWidth > 0 ? idWidth + 1 : 0) + labels.suggestion(s) + "\n"
                }.joined()
            }
            for (index, (item, time)) in zip(day.items, times).enumerated() {
                out += suggestionLines(before: index)
                var line = "  " + time.padding(to: timeWidth) + "  "
                if idWidth > 0 { line += (item.id?.description ?? "").padding(to: idWidth) + " " }
                line +=
                    Self.cut(item.title, to: titleWidth).padding(to: titleWidth) + " "
                    + Self.minutes(item.duration).leftPadding(to: 9)
                var remarks: [String] = []
                if item.isInserted { remarks.append(labels.inserted) }
                if let fixed = item.fixedStart { remarks.append(labels.fixedStart(fixed)) }
                if item.latestEnd > day.frame.end { remarks.append(labels.pastEnd(day.frame.end)) }
                remarks += item.marks.map(labels.mark)
                if !remarks.isEmpty { line += "  (" + remarks.joined(separator: ", ") + ")" }
                out += line.trailingSpacesRemoved() + "\n"
            }
            out += suggestionLines(before: day.items.count)
            out += "  " + labels.dayVerdict(day) + "\n"
        }
        if !schedule.leftOut.isEmpty {
            out +=
                "\n"
                + labels.leftOutHeading(
                    days: schedule.days.count, exercises: schedule.leftOut.count,
                    minutes: schedule.leftOut.reduce(.zero) { $0 + $1.minutes }) + "\n"
            for exercise in schedule.leftOut {
                out +=
                    "  " + exercise.id.description + " " + Self.cut(exercise.title, to: titleWidth) + " ("
                    + Self.minutes(exercise.minutes) + ")\n"
            }
        }
        out += "\n" + Self.summary(schedule) + "\n"
        return out
    }

    /// `End of day 1: 16:10 — fits with 20 min slack`, `… — over by 40 min: 1.B.1.2, Pauze spill
    /// over`, in the schedule's language.
    public static func verdict(_ day: ScheduledDay, language: Language = .english) -> String {
        Labels(language).dayVerdict(day)
    }

    /// One line for the whole plan: `fits` only when nothing is wrong, else what is.
    public static func summary(_ schedule: Schedule) -> String {
        let labels = Labels(schedule.metadata.language)
        let over = schedule.days.filter { !$0.fits }
        var wrong = over.map { labels.dayOver($0.number, by: $0.overrun) }
        if !schedule.leftOut.isEmpty { wrong.append(labels.exercisesLeftOut(schedule.leftOut.count)) }
        var named = over.count
        for item in schedule.markedItems {
            for mark in item.marks {
                switch mark {
                case .unknownExercise:
                    wrong.append(labels.mark(mark))
                    named += 1
                case .runsPastFixedStart:
                    wrong.append((item.id?.description ?? item.title) + " " + labels.mark(mark))
                    named += 1
                case .overlappedUntil: break
                }
            }
        }
        if schedule.errorCount > named {
            wrong.append(labels.otherErrors(schedule.errorCount - named, afterNamed: named > 0))
        }
        if !over.isEmpty { return labels.planVerdict(.overBudget, wrong: wrong) }
        if !schedule.leftOut.isEmpty { return labels.planVerdict(.doesNotFit, wrong: wrong) }
        if !wrong.isEmpty { return labels.planVerdict(.hasErrors, wrong: wrong) }
        let tightest = schedule.days.map(\.slack).min() ?? 0
        return labels.planVerdict(.fits(days: schedule.days.count, slack: tightest), wrong: [])
    }

    /// `09:00-10:00`, or with ranges `10:00…10:15-11:00…11:30` (earliest…latest).
    static func times(_ item: ScheduledItem) -> String {
        func pair(_ a: ClockTime, _ b: ClockTime) -> String { a == b ? "\(a)" : "\(a)…\(b)" }
        return pair(item.start, item.latestStart) + "-" + pair(item.end, item.latestEnd)
    }

    static func minutes(_ duration: Duration) -> String { duration.description }

    static func cut(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(1, width - 1))) + "…"
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    fileprivate func leftPadding(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    fileprivate func trailingSpacesRemoved() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
