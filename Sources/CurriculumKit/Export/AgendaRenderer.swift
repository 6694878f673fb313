/// The timed agenda `curriculum plan` prints: clock times, ID, title and duration of every item,
/// the end of each day and the verdict.
///
/// ```
/// Dag 1 · 2027-03-09 · 09:00-16:30
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

    public func render(_ schedule: Schedule) -> String {
        var out = ""
        out += schedule.title.isEmpty ? "Plan" : schedule.title
        if !schedule.curriculumTitle.isEmpty { out += " — \(schedule.curriculumTitle)" }
        out += "\n"
        var details: [String] = []
        if let place = schedule.place { details.append(place) }
        if let n = schedule.participants { details.append("\(n) participants") }
        if !schedule.trainers.isEmpty {
            details.append("trainers: " + schedule.trainers.joined(separator: ", "))
        } else if let n = schedule.metadata.trainerCount {
            details.append("\(n) trainer\(n == 1 ? "" : "s")")
        }
        if !details.isEmpty { out += details.joined(separator: " · ") + "\n" }
        let dayWord = schedule.metadata.language == .dutch ? "Dag" : "Day"
        for day in schedule.days {
            out += "\n"
            var head = [day.heading ?? "\(dayWord) \(day.number)"]
            if let date = day.date {
                head.append(Self.weekdayName(date.weekday, schedule.metadata.language) + " " + date.description)
            }
            head.append("\(day.frame)")
            out += head.joined(separator: " · ") + "\n"
            let times = day.items.map(Self.times)
            let timeWidth = times.map(\.count).max() ?? 11
            let idWidth = day.items.map { $0.id?.description.count ?? 0 }.max() ?? 0
            func suggestionLines(before index: Int) -> String {
                day.suggestions.filter { $0.beforeIndex == index }.map { s in
                    let name = s.kind == .lunch ? "Lunch" : (schedule.metadata.language == .dutch ? "Pauze" : "Break")
                    return "  " + "\(s.at)".padding(to: timeWidth) + "  "
                        + String(repeating: " ", count: idWidth > 0 ? idWidth + 1 : 0)
                        + "› suggested: \(name) \(s.minutes) min (\(s.reason))\n"
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
                if item.isInserted { remarks.append("inserted") }
                if let fixed = item.fixedStart { remarks.append("fixed \(fixed)") }
                if item.latestEnd > day.frame.end { remarks.append("past \(day.frame.end)") }
                remarks += item.marks.map(\.description)
                if !remarks.isEmpty { line += "  (" + remarks.joined(separator: ", ") + ")" }
                out += line.trailingSpacesRemoved() + "\n"
            }
            out += suggestionLines(before: day.items.count)
            out += "  " + Self.verdict(day) + "\n"
        }
        if !schedule.leftOut.isEmpty {
            out +=
                "\nDoes not fit in \(schedule.days.count) day\(schedule.days.count == 1 ? "" : "s") (\(schedule.leftOut.count) exercise\(schedule.leftOut.count == 1 ? "" : "s"), \(Self.minutes(schedule.leftOut.reduce(.zero) { $0 + $1.minutes }))):\n"
            for exercise in schedule.leftOut {
                out +=
                    "  " + exercise.id.description + " " + Self.cut(exercise.title, to: titleWidth) + " ("
                    + Self.minutes(exercise.minutes) + ")\n"
            }
        }
        out += "\n" + Self.summary(schedule) + "\n"
        return out
    }

    /// `End of day 1: 16:10 — fits with 20 min slack`, `… — over by 40 min: 1.B.1.2, Pauze spill over`.
    public static func verdict(_ day: ScheduledDay) -> String {
        let end =
            day.earliestEnd == day.latestEnd
            ? "\(day.latestEnd)" : "\(day.earliestEnd) at the earliest, \(day.latestEnd) at the latest"
        var line = "End of day \(day.number): \(end) — "
        if day.fits {
            line += "fits with \(day.slack) min slack"
            if day.isShortOfBuffer { line += ", less than the \(day.requiredSlack)-min buffer" }
            let suggested = day.suggestions.reduce(0) { $0 + $1.minutes }
            if suggested > day.slack {
                line += "; with the suggested breaks (\(suggested) min) it would run \(suggested - day.slack) min over"
            }
        } else {
            let names = day.spillingItems.map { $0.id?.description ?? $0.title }
            line += "over by \(day.overrun) min; spilling over: " + names.joined(separator: ", ")
        }
        return line
    }

    /// One line for the whole plan: `fits` only when nothing is wrong, else what is.
    public static func summary(_ schedule: Schedule) -> String {
        let over = schedule.days.filter { !$0.fits }
        var wrong = over.map { "day \($0.number) over by \($0.overrun) min" }
        if !schedule.leftOut.isEmpty {
            wrong.append(
                "\(schedule.leftOut.count) exercise\(schedule.leftOut.count == 1 ? "" : "s") left out")
        }
        var named = over.count
        for item in schedule.markedItems {
            for mark in item.marks {
                switch mark {
                case .unknownExercise(let id):
                    wrong.append("unknown exercise \(id)")
                    named += 1
                case .runsPastFixedStart(let fixed, let label):
                    wrong.append("\(item.id?.description ?? item.title) runs past the fixed start \(fixed) of \(label)")
                    named += 1
                case .overlappedUntil: break
                }
            }
        }
        if schedule.errorCount > named {
            let others = schedule.errorCount - named
            wrong.append("\(others)\(named > 0 ? " other" : "") error\(others == 1 ? "" : "s") in the plan")
        }
        if !over.isEmpty { return "Verdict: over budget — " + wrong.joined(separator: ", ") }
        if !schedule.leftOut.isEmpty { return "Verdict: does not fit — " + wrong.joined(separator: ", ") }
        if !wrong.isEmpty { return "Verdict: has errors — " + wrong.joined(separator: ", ") }
        let tightest = schedule.days.map(\.slack).min() ?? 0
        let days = schedule.days.count
        return "Verdict: fits — \(days) day\(days == 1 ? "" : "s"), \(tightest) min slack on the tightest day"
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

    static func weekdayName(_ weekday: Int, _ language: Language) -> String {
        let dutch = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let index = max(0, min(6, weekday - 1))
        return language == .dutch ? dutch[index] : english[index]
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
