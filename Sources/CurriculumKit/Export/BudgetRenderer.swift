/// The table `budget` prints and its verdict, in the curriculum's language (or the one asked for
/// with `--lang`): a Dutch coordinator reads `Modules`, `Onderwerpen`, `Niveaus`, `Totaal`.
public struct BudgetRenderer: Sendable {
    public var labels: Labels

    public init(language: Language) {
        labels = Labels(language)
    }

    private func choose(_ dutch: String, _ english: String) -> String {
        labels.language == .dutch ? dutch : english
    }

    /// The sections of the budget, one line per module, topic and level, and the total.
    public func render(_ budget: Budget) -> String {
        var out = ""
        func section(_ name: String, _ lines: [Budget.Line]) {
            out += "\(name)\n"
            let keys = lines.map { $0.key == "total" ? labels.total : $0.key }
            let keyWidth = max(5, keys.map(\.count).max() ?? 0)
            for (line, key) in zip(lines, keys) {
                var row = "  " + key + String(repeating: " ", count: keyWidth - key.count) + "  "
                let title = line.title.count > 44 ? String(line.title.prefix(43)) + "…" : line.title
                row += title + String(repeating: " ", count: max(0, 44 - title.count))
                let minutes = line.minutes.description
                row += "  " + String(repeating: " ", count: max(0, 12 - minutes.count)) + minutes
                row += "  " + labels.duration(line.minutes)
                if let days = line.days { row += "  · " + labels.dayRange(days) }
                row += "  (\(labels.exerciseCount(line.exercises)))"
                out += row + "\n"
            }
            out += "\n"
        }
        section(choose("Modules", "Modules"), budget.modules)
        section(choose("Onderwerpen", "Topics"), budget.topics)
        section(choose("Niveaus", "Levels"), budget.levels)
        section(choose("Totaal", "Total"), [budget.total])
        if let dayMinutes = budget.dayMinutes {
            let day = labels.duration(Duration(minutes: dayMinutes))
            out +=
                choose(
                    "Dagen geteld met \(day) training per dag, alleen gesplitst tussen oefeningen (minimale-maximale duur).",
                    "Days are counted at \(day) of training per day, splitting only between exercises (minimum-maximum durations)."
                ) + "\n"
        }
        return out
    }

    /// `Oordeel: past in 3 dagen van 6 uur: nodig 2` / `Verdict: fits in 3 days of 6 hours: needs 2`.
    public func verdict(_ verdict: Budget.Verdict) -> String {
        let atMinimumText = choose(
            " (het past alleen als elke oefening haar minimale duur neemt)",
            " (it fits only if every exercise takes its minimum)")
        let text: String
        switch verdict {
        case .fitsMinutes(let limit, let total, let spare):
            let target = labels.duration(Duration(minutes: limit))
            text = choose(
                "past in \(target): \(labels.duration(total)) laat \(spare) min over",
                "fits in \(target): \(labels.duration(total)) leaves \(spare) min")
        case .overMinutes(let limit, let total, let over, let atMinimum):
            let target = labels.duration(Duration(minutes: limit))
            text =
                choose(
                    "past niet in \(target): \(labels.duration(total)) is \(over) min te lang",
                    "does not fit in \(target): \(labels.duration(total)) is over by \(over) min")
                + (atMinimum ? atMinimumText : "")
        case .fitsDays(let limit, let dayMinutes, let needs):
            let day = labels.duration(Duration(minutes: dayMinutes))
            text = choose(
                "past in \(labels.dayCount(limit)) van \(day): nodig \(needs)",
                "fits in \(labels.dayCount(limit)) of \(day): needs \(needs)")
        case .overDays(let limit, let dayMinutes, let needs, let atMinimum):
            let day = labels.duration(Duration(minutes: dayMinutes))
            text =
                choose(
                    "past niet in \(labels.dayCount(limit)) van \(day): nodig \(needs)",
                    "does not fit in \(labels.dayCount(limit)) of \(day): needs \(needs)")
                + (atMinimum ? atMinimumText : "")
        case .needsDayLength:
            text = choose(
                "geef de lengte van een dag (--day 6h) om met een aantal dagen te vergelijken",
                "give the length of a day (--day 6h) to compare with a number of days")
        }
        return choose("Oordeel: ", "Verdict: ") + text
    }
}
