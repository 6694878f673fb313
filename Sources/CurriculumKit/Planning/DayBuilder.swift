/// Lays the items of one day onto the clock, one at a time: the arithmetic behind `Scheduler`.
///
/// Keeps two timelines, earliest (every duration at its minimum) and latest (every duration at
/// its maximum); a fixed start time brings both back to that time. Breaks and lunch are judged on
/// the latest timeline, so that a suggested or inserted lunch is never later than the window
/// allows even when every exercise runs long.
struct DayBuilder: Sendable {
    let number: Int
    let frame: DayFrame
    let policy: BreakPolicy
    let language: Language
    var date: CalendarDate?
    var heading: String?
    var location: SourceLocation?
    private(set) var items: [ScheduledItem] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var suggestions: [BreakSuggestion] = []
    private var suggestedLunch = false
    private var earliest: ClockTime
    private var latest: ClockTime
    /// Training minutes (at the maximum) since the last break.
    private var stretch = 0
    private var stretchStart: ClockTime
    private var lunchPlaced = false
    /// An item ran across the whole time lunch could start (reported once).
    private var lunchSpanned = false
    /// The plan names a lunch for this day: it is judged where it stands, none is added.
    var lunchInPlan = false
    private var previousWasTraining = false
    /// Whether items and findings are recorded. `FillPlanner` lays out thousands of trial days
    /// and needs only where each ends (`latestEnd`, `state`), not their items or messages.
    var recordsDetails = true
    /// When the day's last item ends if everything takes its maximum (the frame's start when empty).
    private(set) var latestEnd: ClockTime
    private(set) var hasTraining = false
    private(set) var isEmpty = true

    init(number: Int, frame: DayFrame, policy: BreakPolicy, language: Language) {
        self.number = number
        self.frame = frame
        self.policy = policy
        self.language = language
        self.earliest = frame.start
        self.latest = frame.start
        self.stretchStart = frame.start
        self.latestEnd = frame.start
    }

    /// Everything that decides where the next items go and whether they fit: two builders of the
    /// same day with equal states lay out any further items alike. The earliest timeline and the
    /// recorded items are left out: breaks, lunch and fit are judged on the latest timeline.
    struct State: Hashable, Sendable {
        var latest: ClockTime
        var latestEnd: ClockTime
        var stretch: Int
        var lunchPlaced: Bool
        var lunchSpanned: Bool
        var suggestedLunch: Bool
        var previousWasTraining: Bool
        var hasTraining: Bool
    }

    var state: State {
        State(
            latest: latest, latestEnd: latestEnd, stretch: stretch, lunchPlaced: lunchPlaced,
            lunchSpanned: lunchSpanned,
            suggestedLunch: suggestedLunch, previousWasTraining: previousWasTraining, hasTraining: hasTraining)
    }

    /// What one item is, resolved against the curriculum.
    struct Entry: Sendable {
        var kind: ScheduledItem.Kind
        var exercise: Exercise?
        var title: String
        var duration: Duration
        var fixedStart: ClockTime?
        var location: SourceLocation?
        /// How to name the item in messages: `1.A.1.1` or `'Lunch'`.
        var label: String
        /// What is already known to be wrong with it (an unknown exercise).
        var marks: [ScheduledItem.Mark] = []
    }

    static func pauseTitle(_ language: Language) -> String { language == .dutch ? "Pauze" : "Break" }

    mutating func append(_ entry: Entry) {
        var entry = entry
        var fixedApplied = false
        if let fixed = entry.fixedStart {
            applyFixedStart(fixed, for: &entry)
            fixedApplied = true
        }
        if entry.kind == .lunch { lunchPlaced = true }
        if entry.kind == .lunch || entry.kind == .pause {
            if entry.kind == .lunch { checkLunchPlacement(entry) }
            place(entry)
            stretch = 0
            stretchStart = latest
            previousWasTraining = false
            return
        }
        // Training: lunch and breaks first, then the transition.
        let transition = previousWasTraining && !fixedApplied ? policy.transitionMinutes : 0
        let d = entry.duration.maximum
        var insertedBreak = false
        // An exercise longer than the maximum stretch cannot be split here: it is no reason for a
        // break before it (the trainer breaks inside it; its one warning says so), unless the
        // training before it already fills a whole stretch.
        func breakDue(after stretch: Int) -> Bool {
            stretch > 0
                && (d <= policy.maximumStretch
                    ? stretch + transition + d > policy.maximumStretch : stretch >= policy.maximumStretch)
        }
        // Lunch always lies inside its window: at the first item boundary inside it, or at the
        // window's start after an idle gap no longer than a break when the next item (or a due
        // break) would otherwise carry the day past the last start lunch may have.
        let lunchPending =
            !lunchPlaced && !lunchSpanned && !lunchInPlan && spansLunch && hasTraining && latest < frame.end
            && latest <= policy.latestLunchStart
        let window = policy.lunchWindow
        let crossesLunch = latest.adding(minutes: transition + d) > policy.latestLunchStart
        let beforeWindow = latest < window.start
        let gap = window.start.minutesSinceMidnight - latest.minutesSinceMidnight
        let lunchAfterGap =
            lunchPending && beforeWindow && gap <= policy.breakMinutes
            && (crossesLunch
                || (breakDue(after: stretch) && latest.adding(minutes: policy.breakMinutes) >= window.start))
        if lunchPending && (!beforeWindow || lunchAfterGap) {
            let at = lunchAfterGap ? window.start : latest
            if policy.autoBreaks {
                insertBreak(.lunch, minutes: policy.lunchMinutes, at: lunchAfterGap ? window.start : nil)
                insertedBreak = true
            } else if !suggestedLunch {
                // Suggested, not inserted: later suggestions assume it is taken.
                suggestedLunch = true
                suggestions.append(
                    BreakSuggestion(
                        kind: .lunch, at: at, minutes: policy.lunchMinutes, beforeIndex: items.count,
                        cause: .lunchWindow(policy.lunchWindow)))
                stretch = 0
                stretchStart = latest
            }
        }
        if !insertedBreak, breakDue(after: stretch) {
            if policy.autoBreaks {
                insertBreak(.pause, minutes: policy.breakMinutes)
                insertedBreak = true
            } else {
                suggestions.append(
                    BreakSuggestion(
                        kind: .pause, at: latest, minutes: policy.breakMinutes, beforeIndex: items.count,
                        cause: .stretch(minutes: stretch + transition + d, from: stretchStart)))
                let total = stretch + transition + d
                if recordsDetails {
                    diagnostics.append(
                        .stretchWithoutBreak(
                            minutes: total, from: stretchStart, to: latest.adding(minutes: transition + d), day: number,
                            before: entry, breakAt: latest, policy: policy, language: language))
                }
                // Later suggestions assume this one is taken.
                stretch = 0
                stretchStart = latest
            }
        }
        if lunchPending, !lunchPlaced, !suggestedLunch, latest < window.start,
            latest.adding(minutes: insertedBreak ? d : transition + d) > policy.latestLunchStart
        {
            // The item runs across the whole time lunch could start: no lunch fits the window.
            let start = insertedBreak ? latest : latest.adding(minutes: transition)
            lunchSpanned = true
            if recordsDetails {
                diagnostics.append(
                    .lunchSpanned(entry, from: start, to: start.adding(minutes: d), policy: policy, day: number))
            }
        }
        if !insertedBreak, transition > 0 {
            earliest = earliest.adding(minutes: transition)
            latest = latest.adding(minutes: transition)
            stretch += transition
        }
        if stretch == 0 { stretchStart = latest }
        if d > policy.maximumStretch {
            if recordsDetails { diagnostics.append(.itemLongerThanStretch(entry, minutes: d, policy: policy)) }
        }
        place(entry)
        stretch += d
        previousWasTraining = true
    }

    private var spansLunch: Bool { policy.includesLunch(frame) }

    private mutating func place(_ entry: Entry) {
        isEmpty = false
        if entry.kind == .exercise || entry.kind == .free { hasTraining = true }
        guard recordsDetails else {
            earliest = earliest.adding(minutes: entry.duration.minimum)
            latest = latest.adding(minutes: entry.duration.maximum)
            latestEnd = max(latestEnd, latest)
            return
        }
        let item = ScheduledItem(
            kind: entry.kind, exercise: entry.exercise, title: entry.title, duration: entry.duration,
            start: earliest, latestStart: latest, fixedStart: entry.fixedStart, location: entry.location,
            marks: entry.marks)
        items.append(item)
        earliest = item.end
        latest = item.latestEnd
        latestEnd = max(latestEnd, latest)
    }

    /// Inserts a break or lunch; `fixed` starts it later than the day has reached (lunch at the
    /// window's start after a short idle gap), and is written into a saved plan.
    private mutating func insertBreak(_ kind: ScheduledItem.Kind, minutes: Int, at fixed: ClockTime? = nil) {
        let title = kind == .lunch ? "Lunch" : Self.pauseTitle(language)
        if let fixed {
            earliest = max(earliest, fixed)
            latest = max(latest, fixed)
        }
        if recordsDetails {
            items.append(
                ScheduledItem(
                    kind: kind, title: title, duration: Duration(minutes: minutes), start: earliest,
                    latestStart: latest, fixedStart: fixed, isInserted: true))
        }
        isEmpty = false
        earliest = earliest.adding(minutes: minutes)
        latest = latest.adding(minutes: minutes)
        latestEnd = max(latestEnd, latest)
        if kind == .lunch { lunchPlaced = true }
        stretch = 0
        stretchStart = latest
        previousWasTraining = false
    }

    private mutating func applyFixedStart(_ fixed: ClockTime, for entry: inout Entry) {
        let at = entry.location.map { SourceRange(start: $0, length: fixed.description.count) }
        if fixed < frame.start || fixed >= frame.end {
            if recordsDetails {
                diagnostics.append(.fixedStartOutsideDay(entry, at: fixed, day: number, frame: frame, range: at))
            }
        }
        if earliest > fixed || latest > fixed {
            let definite = earliest > fixed
            let culpritIndex = items.lastIndex { (definite ? $0.end : $0.latestEnd) > fixed }
            let culprit = culpritIndex.map { items[$0] }
            let until = definite ? earliest : latest
            if definite {
                // An overlap for certain is marked at both items, so the agenda shows where.
                if let culpritIndex { items[culpritIndex].marks.append(.runsPastFixedStart(fixed, of: entry.label)) }
                entry.marks.append(.overlappedUntil(until))
            }
            if recordsDetails {
                diagnostics.append(
                    .fixedStartCollision(
                        entry, at: fixed, culprit: culprit, until: until, definite: definite, range: at))
            }
        } else if fixed.minutesSinceMidnight - latest.minutesSinceMidnight >= policy.breakMinutes {
            // An idle gap as long as a break is one.
            stretch = 0
            previousWasTraining = false
        }
        earliest = fixed
        latest = fixed
        stretchStart = stretch == 0 ? fixed : stretchStart
    }

    private mutating func checkLunchPlacement(_ entry: Entry) {
        let window = policy.lunchWindow
        if earliest < window.start || latest > policy.latestLunchStart {
            if recordsDetails {
                diagnostics.append(.lunchOutsideWindow(entry, earliest: earliest, latest: latest, policy: policy))
            }
        }
    }

    /// The finished day, with the findings about it as a whole: overrun, buffer, missing lunch.
    func finish() -> (ScheduledDay, [Diagnostic]) {
        let day = ScheduledDay(
            number: number, date: date, heading: heading, frame: frame, items: items,
            requiredSlack: policy.requiredSlack(for: frame),
            suggestions: suggestions)
        var found = diagnostics
        let dayAt = location.map { SourceRange(start: $0, length: 1) }
        let trainingEnd = items.filter(\.isTraining).map(\.latestEnd).max()
        if !lunchPlaced, !lunchSpanned, spansLunch, let trainingEnd, trainingEnd > policy.lunchWindow.end,
            let firstStart = items.first?.start, firstStart < policy.latestLunchStart
        {
            found.append(.noLunch(day: number, policy: policy, at: dayAt))
        }
        if !day.fits {
            found.append(.dayOverBudget(day, number: number, frame: frame, dayAt: dayAt))
        } else if day.isShortOfBuffer {
            found.append(.thinBuffer(day, number: number, policy: policy, at: dayAt))
        }
        return (day, found)
    }
}

extension Diagnostic {
    fileprivate static func stretchWithoutBreak(
        minutes total: Int, from start: ClockTime, to end: ClockTime, day number: Int, before entry: DayBuilder.Entry,
        breakAt latest: ClockTime, policy: BreakPolicy, language: Language
    ) -> Diagnostic {
        let pause = "`- \(DayBuilder.pauseTitle(language)) \(policy.breakMinutes)`"
        return Diagnostic(
            .longStretch,
            en:
                "\(total) min of training without a break from \(start) to \(end) (day \(number)), over the \(policy.maximumStretch)-min maximum",
            nl:
                "\(total) min training zonder pauze van \(start) tot \(end) (dag \(number)), langer dan het maximum van \(policy.maximumStretch) min",
            at: entry.location.map { SourceRange(start: $0, length: entry.label.count) },
            hint: FixHint(
                en: "add \(pause) before \(entry.label) at \(latest), or run with --auto-breaks",
                nl: "zet \(pause) vóór \(entry.label) om \(latest), of gebruik --auto-breaks"))
    }

    fileprivate static func lunchSpanned(
        _ entry: DayBuilder.Entry, from start: ClockTime, to end: ClockTime, policy: BreakPolicy, day number: Int
    ) -> Diagnostic {
        let window = policy.lunchWindow
        let lunch = "\(window.start)-\(window.start.adding(minutes: policy.lunchMinutes))"
        return Diagnostic(
            .lunchPlacement,
            en:
                "\(entry.label) runs \(start)-\(end) (day \(number)) across the lunch window \(window): no \(policy.lunchMinutes)-min lunch fits inside it",
            nl:
                "\(entry.label) loopt van \(start) tot \(end) (dag \(number)) dwars door de lunchtijd \(window): er past geen lunch van \(policy.lunchMinutes) min in",
            at: entry.location.map { SourceRange(start: $0, length: entry.label.count) },
            hint: FixHint(
                en: "split \(entry.label) at \(window.start) for lunch \(lunch), or move it after lunch",
                nl: "splits \(entry.label) om \(window.start) voor de lunch \(lunch), of zet het na de lunch"))
    }

    fileprivate static func itemLongerThanStretch(_ entry: DayBuilder.Entry, minutes d: Int, policy: BreakPolicy)
        -> Diagnostic
    {
        Diagnostic(
            .longStretch,
            en:
                "\(entry.label) takes \(d) min on its own, longer than the \(policy.maximumStretch)-min maximum stretch",
            nl:
                "\(entry.label) duurt alleen al \(d) min, langer dan de \(policy.maximumStretch) min die een blok zonder pauze mag duren",
            at: entry.location.map { SourceRange(start: $0, length: entry.label.count) },
            hint: FixHint(
                en: "plan a break inside the exercise when you run it",
                nl: "plan een pauze binnen de oefening als je haar geeft"))
    }

    fileprivate static func fixedStartOutsideDay(
        _ entry: DayBuilder.Entry, at fixed: ClockTime, day number: Int, frame: DayFrame, range: SourceRange?
    ) -> Diagnostic {
        Diagnostic(
            .fixedTimeOutsideDay, en: "\(entry.label) is fixed at \(fixed), outside day \(number) (\(frame))",
            nl: "\(entry.label) staat vast op \(fixed), buiten dag \(number) (\(frame))", at: range,
            hint: FixHint(
                en: "give a time between \(frame.start) and \(frame.end)",
                nl: "geef een tijd tussen \(frame.start) en \(frame.end)"))
    }

    /// An item that runs past a fixed start: an error when it does so even at its shortest, a
    /// warning when only at its longest.
    fileprivate static func fixedStartCollision(
        _ entry: DayBuilder.Entry, at fixed: ClockTime, culprit: ScheduledItem?, until: ClockTime, definite: Bool,
        range: SourceRange?
    ) -> Diagnostic {
        let named = culprit.map { $0.id?.description ?? "'\($0.title)'" }
        let english = named ?? "the items before it"
        let dutch = named ?? "wat ervoor staat"
        let notes: [Diagnostic.Note] =
            culprit.map { c in
                let span = "\(c.start)-\(definite ? c.end : c.latestEnd)"
                return [
                    .init(
                        en: "\(english) runs \(span)\(c.isInserted ? " (inserted)" : "")",
                        nl: "\(dutch) loopt van \(span)\(c.isInserted ? " (ingevoegd)" : "")", at: c.location)
                ]
            } ?? []
        return Diagnostic(
            .fixedTimeCollision,
            en:
                "\(english) runs until \(until)\(definite ? "" : " at the latest"), past the fixed start \(fixed) of \(entry.label)",
            nl:
                "\(dutch) loopt \(definite ? "" : "uiterlijk ")tot \(until), voorbij het vaste begin \(fixed) van \(entry.label)",
            at: range, severity: definite ? .error : .warning,
            hint: FixHint(
                en: "shorten or move \(english), or fix \(entry.label) at \(until) or later",
                nl: "maak \(dutch) korter of verplaats het, of zet \(entry.label) vast op \(until) of later"),
            notes: notes)
    }

    fileprivate static func lunchOutsideWindow(
        _ entry: DayBuilder.Entry, earliest: ClockTime, latest: ClockTime, policy: BreakPolicy
    ) -> Diagnostic {
        let window = policy.lunchWindow
        let start = earliest == latest ? "\(earliest)" : "\(earliest)-\(latest)"
        return Diagnostic(
            .lunchPlacement,
            en:
                "lunch starts at \(start), outside the lunch window \(window) (start \(window.start)-\(policy.latestLunchStart) for \(entry.duration.maximum) min)",
            nl:
                "de lunch begint om \(start), buiten de lunchtijd \(window) (begin \(window.start)-\(policy.latestLunchStart) voor \(entry.duration.maximum) min)",
            at: entry.location.map { SourceRange(start: $0, length: entry.label.count) },
            hint: FixHint(
                en:
                    "move lunch so that it starts between \(window.start) and \(policy.latestLunchStart), or fix it: `- \(window.start) Lunch`",
                nl:
                    "verschuif de lunch zodat die tussen \(window.start) en \(policy.latestLunchStart) begint, of zet hem vast: `- \(window.start) Lunch`"
            ))
    }

    fileprivate static func noLunch(day number: Int, policy: BreakPolicy, at dayAt: SourceRange?) -> Diagnostic {
        Diagnostic(
            .lunchPlacement, en: "day \(number) runs through the lunch window \(policy.lunchWindow) without a lunch",
            nl: "dag \(number) loopt zonder lunch door de lunchtijd \(policy.lunchWindow) heen", at: dayAt,
            hint: FixHint(
                en:
                    "add `- Lunch \(policy.lunchMinutes) min` where the agenda reaches \(policy.lunchWindow.start), or run with --auto-breaks",
                nl:
                    "zet `- Lunch \(policy.lunchMinutes) min` waar de agenda \(policy.lunchWindow.start) bereikt, of gebruik --auto-breaks"
            ))
    }

    /// A day that ends after its frame, at its first spilling item (else at the day).
    fileprivate static func dayOverBudget(_ day: ScheduledDay, number: Int, frame: DayFrame, dayAt: SourceRange?)
        -> Diagnostic
    {
        let spilling = day.spillingItems
        let names = spilling.map { item in
            "\(item.id?.description ?? "'\(item.title)'") (\(item.latestStart)-\(item.latestEnd))"
        }.joined(separator: ", ")
        let fitsEarliest = day.earliestEnd <= frame.end
        let earliestEnglish = fitsEarliest ? "; at the earliest it ends at \(day.earliestEnd)" : ""
        let earliestDutch = fitsEarliest ? "; op zijn vroegst eindigt hij om \(day.earliestEnd)" : ""
        let at = spilling.first?.location.map { SourceRange(start: $0, length: 1) } ?? dayAt
        return Diagnostic(
            .overBudget,
            en:
                "day \(number) ends at \(day.latestEnd), over by \(day.overrun) min (the day ends at \(frame.end))\(earliestEnglish); spilling over: \(names)",
            nl:
                "dag \(number) eindigt om \(day.latestEnd), \(day.overrun) min te laat (de dag eindigt om \(frame.end))\(earliestDutch); loopt uit: \(names)",
            at: at,
            hint: FixHint(
                en:
                    "remove or move \(spilling.count == 1 ? "that item" : "those items") to another day, or lengthen the day",
                nl:
                    "haal \(spilling.count == 1 ? "dat onderdeel" : "die onderdelen") weg of verplaats \(spilling.count == 1 ? "het" : "ze") naar een andere dag, of maak de dag langer"
            ))
    }

    fileprivate static func thinBuffer(_ day: ScheduledDay, number: Int, policy: BreakPolicy, at dayAt: SourceRange?)
        -> Diagnostic
    {
        Diagnostic(
            .thinBuffer,
            en:
                "day \(number) keeps \(day.slack) min of slack, less than the \(policy.bufferPercent)% buffer (\(day.requiredSlack) min)",
            nl:
                "dag \(number) houdt \(day.slack) min ruimte over, minder dan de buffer van \(policy.bufferPercent)% (\(day.requiredSlack) min)",
            at: dayAt,
            hint: FixHint(en: "remove an item or lower the buffer", nl: "haal een onderdeel weg of verlaag de buffer"))
    }
}
