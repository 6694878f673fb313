/// `curriculum review` for people and spreadsheets: each plan's items planned against actual, and
/// the figures per exercise with the suggested `Duur:` lines, in the curriculum's language.
public enum ReviewRenderer {
    /// The review as text: one block per plan, then one line per exercise observed.
    public static func text(_ review: Review, language: Language) -> String {
        let words = Words(language)
        var out = ""
        for plan in review.plans {
            out += "\(plan.name) — \(plan.title)\n"
            for day in plan.days {
                out +=
                    "\n\(words.day) \(day.number)"
                    + (day.date.map { " · " + DateWording.long($0, language: language) } ?? "") + "\n"
                for item in day.items {
                    let label = ((item.id.map { "\($0) " } ?? "") + item.title).paddedRight(to: 46)
                    var line = "  \(item.plannedStart)  \(label)  \(words.planned) \(item.plannedMinutes) min"
                    if let actual = item.actualMinutes, let difference = item.difference {
                        line += "  \(words.actual) \(actual) min  \(signed(difference))"
                    }
                    if let note = item.note { line += "  — \(note)" }
                    out += line + "\n"
                }
                out += "  \(words.plannedEnd) \(day.plannedEnd)"
                if let end = day.actualEnd {
                    let late = end.minutesSinceMidnight - day.plannedEnd.minutesSinceMidnight
                    out += ", \(words.actualEnd) \(end) (\(signed(late)))"
                } else {
                    out += ", \(words.noActuals)"
                }
                out += "\n"
            }
            out += "\n"
        }
        out += words.perExercise(plans: review.plans.count) + "\n"
        if review.exercises.isEmpty { out += "  \(words.nothingObserved)\n" }
        for figures in review.exercises {
            let label = "\(figures.id) \(figures.title)".paddedRight(to: 46)
            let ratio = decimal(figures.ratio, language: language)
            out +=
                "  \(label)  \(words.given(figures.deliveries)) · \(words.median) \(figures.median) min · "
                + "\(spread(figures)) · \(ratio)× \(words.theDuration) (\(figures.duration))\n"
            if let suggestion = figures.suggestion {
                out +=
                    "    \(words.suggestion): \(suggestion.location.file):\(suggestion.location.line): "
                    + "`\(suggestion.line.trimmingWhitespace())` → `\(suggestion.replacement.trimmingWhitespace())`\n"
            }
        }
        return out
    }

    /// Which durations `--calibrate` replaced, and from how many deliveries: the lines under a
    /// calibrated agenda or budget.
    public static func calibration(_ calibration: Calibration, language: Language) -> String {
        let words = Words(language)
        var out = words.calibrated + "\n"
        for entry in calibration.observed {
            out +=
                "  \(entry.id.description.paddedRight(to: 10)) \(entry.minutes) min  (\(words.given(entry.deliveries)))\n"
        }
        if let ratio = calibration.ratio {
            out +=
                "  " + words.others(ratio: decimal(ratio, language: language), from: calibration.observed.count) + "\n"
        } else {
            out += "  " + words.nothingObserved + "\n"
        }
        return out
    }

    /// The figures per exercise as CSV (RFC 4180, as `plan --format csv`): one row per exercise.
    public static let header = [
        "id", "title", "duration_min", "duration_max", "deliveries", "median", "minimum", "maximum", "ratio",
        "file", "line", "suggested",
    ]

    /// Text cells go through `CSVRenderer.text` (a formula-like title gets a leading `'`); the
    /// figures through `CSVRenderer.field` unchanged.
    public static func csv(_ review: Review) -> String {
        var out = header.map(CSVRenderer.field).joined(separator: ",") + "\r\n"
        for figures in review.exercises {
            out += row([
                CSVRenderer.text(figures.id.description), CSVRenderer.text(figures.title),
                CSVRenderer.field("\(figures.duration.minimum)"), CSVRenderer.field("\(figures.duration.maximum)"),
                CSVRenderer.field("\(figures.deliveries)"), CSVRenderer.field("\(figures.median)"),
                CSVRenderer.field("\(figures.minimum)"), CSVRenderer.field("\(figures.maximum)"),
                CSVRenderer.field(decimal(figures.ratio, language: .english)),
                CSVRenderer.text(figures.suggestion?.location.file ?? ""),
                CSVRenderer.field(figures.suggestion.map { "\($0.location.line)" } ?? ""),
                CSVRenderer.text(figures.suggestion?.replacement.trimmingWhitespace() ?? ""),
            ])
        }
        return out
    }

    /// One row of cells already made into fields.
    static func row(_ cells: [String]) -> String {
        cells.joined(separator: ",") + "\r\n"
    }

    /// `70-80 min`, or `75 min` when every delivery took the same.
    static func spread(_ figures: Review.ExerciseFigures) -> String {
        figures.minimum == figures.maximum ? "\(figures.minimum) min" : "\(figures.minimum)-\(figures.maximum) min"
    }

    /// `+15`, `−5` (a true minus sign), `0`.
    static func signed(_ minutes: Int) -> String {
        minutes > 0 ? "+\(minutes)" : (minutes < 0 ? "−\(-minutes)" : "0")
    }

    /// `1,25` in Dutch, `1.25` in English: two decimals.
    static func decimal(_ value: Double, language: Language) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        let text = "\(hundredths / 100)" + (language == .dutch ? "," : ".") + (fraction < 10 ? "0" : "") + "\(fraction)"
        return text
    }

    /// The words around the figures, as a trainer would say them.
    struct Words {
        var language: Language
        init(_ language: Language) { self.language = language }
        private func pick(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

        var day: String { pick("Dag", "Day") }
        var planned: String { pick("gepland", "planned") }
        var actual: String { pick("werkelijk", "actual") }
        var plannedEnd: String { pick("Gepland einde", "Planned end") }
        var actualEnd: String { pick("werkelijk einde", "actual end") }
        var noActuals: String { pick("geen werkelijke tijden genoteerd", "no actual times noted") }
        var median: String { pick("mediaan", "median") }
        var theDuration: String { pick("de duur", "the duration") }
        var suggestion: String { pick("Voorstel", "Suggestion") }
        var nothingObserved: String {
            pick("nog geen werkelijke tijden bij oefeningen", "no actual times noted for exercises yet")
        }

        func perExercise(plans: Int) -> String {
            pick(
                "Per oefening, over \(plans) \(plans == 1 ? "lesplan" : "lesplannen"):",
                "Per exercise, across \(plans) \(plans == 1 ? "plan" : "plans"):")
        }

        var calibrated: String {
            pick("Gekalibreerd op werkelijke tijden (mediaan):", "Calibrated on actual times (median):")
        }

        func others(ratio: String, from count: Int) -> String {
            pick(
                "Overige oefeningen: duur × \(ratio), de mediane verhouding van \(count) gegeven \(count == 1 ? "oefening" : "oefeningen")",
                "Other exercises: duration × \(ratio), the median ratio of \(count) \(count == 1 ? "exercise" : "exercises") given"
            )
        }

        func given(_ count: Int) -> String {
            pick("\(count)× gegeven", "given \(count)×")
        }
    }
}
