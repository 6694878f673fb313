/// Writes durations back as text and explains why one could not be read.
public enum DurationFormatter {
    /// `1 uur 30 min`, `45 min`, `2 uur` (Dutch) or `1 hour 30 min` (English).
    public static func hoursAndMinutes(_ minutes: Int, language: Language) -> String {
        let h = minutes / 60
        let m = minutes % 60
        let hourWord = language == .dutch ? "uur" : (h == 1 ? "hour" : "hours")
        if h == 0 { return "\(m) min" }
        if m == 0 { return "\(h) \(hourWord)" }
        return "\(h) \(hourWord) \(m) min"
    }

    /// The canonical notation `fmt` writes: whole hours in hours, the rest in minutes; ranges with
    /// one unit where both sides are whole or half hours (`1,5-2 uur`).
    public static func canonical(_ duration: Duration, language: Language) -> String {
        func hours(_ minutes: Int) -> String? {
            guard minutes % 30 == 0, minutes >= 60 else { return nil }
            let whole = minutes / 60
            let text = minutes % 60 == 0 ? "\(whole)" : "\(whole)\(language == .dutch ? "," : ".")5"
            return text
        }
        let hourUnit = language == .dutch ? "uur" : "hours"
        if !duration.isRange {
            if let h = hours(duration.minimum) {
                return "\(h) \(duration.minimum == 60 && language == .english ? "hour" : hourUnit)"
            }
            return "\(duration.minimum) min"
        }
        if let low = hours(duration.minimum), let high = hours(duration.maximum) { return "\(low)-\(high) \(hourUnit)" }
        return "\(duration.minimum)-\(duration.maximum) min"
    }

    /// The diagnostic for a duration that could not be read.
    static func diagnostic(for failure: DurationParser.Failure, text: String, at location: SourceLocation) -> Diagnostic
    {
        switch failure {
        case .empty, .missingNumber: return .durationWithoutNumber(text, at: location)
        case .unexpected(let word, let offset):
            let column = location.column + text.prefix(offset).unicodeScalars.count
            return .unexpectedWordInDuration(
                text, word: word, at: SourceLocation(file: location.file, line: location.line, column: column))
        case .tooLarge: return .durationTooLong(text, at: location)
        case .inverted(let value): return .invertedDuration(text, value, at: location)
        }
    }
}

extension Diagnostic {
    fileprivate static func durationWithoutNumber(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .unreadableDuration, en: "'\(text)' has no number of minutes or hours",
            nl: "in '\(text)' staat geen aantal minuten of uren", at: location, length: text.unicodeScalars.count,
            hint: FixHint(
                en: "write a time such as `60 min`, `1 uur` or `1,5-2 uur`",
                nl: "schrijf een tijd als `60 min`, `1 uur` of `1,5-2 uur`"))
    }

    fileprivate static func unexpectedWordInDuration(_ text: String, word: String, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .unreadableDuration, en: "cannot read '\(text)' as a duration: '\(word)' is not a number or a unit",
            nl: "'\(text)' is niet als duur te lezen: '\(word)' is geen getal of eenheid",
            at: location, length: word.unicodeScalars.count,
            hint: FixHint(
                en:
                    "write a time such as `60 min`, `1 uur`, `1h30` or `45 min - 1 uur`; put remarks in parentheses after it",
                nl:
                    "schrijf een tijd als `60 min`, `1 uur`, `1h30` of `45 min - 1 uur`; zet opmerkingen erachter tussen haakjes"
            ))
    }

    fileprivate static func durationTooLong(_ text: String, at location: SourceLocation) -> Diagnostic {
        let hours = DurationParser.maximumMinutes / 60
        return Diagnostic(
            .unreadableDuration, en: "'\(text)' is longer than any course (more than \(hours) hours)",
            nl: "'\(text)' is langer dan welke cursus ook (meer dan \(hours) uur)", at: location,
            length: text.unicodeScalars.count,
            hint: FixHint(
                en: "check the number: write a time such as `60 min` or `1,5 uur`",
                nl: "kijk of het getal klopt: schrijf een tijd als `60 min` of `1,5 uur`"))
    }

    fileprivate static func invertedDuration(_ text: String, _ value: Duration, at location: SourceLocation)
        -> Diagnostic
    {
        let swapped = DurationFormatter.canonical(
            Duration(minimum: value.maximum, maximum: value.minimum), language: .dutch)
        return Diagnostic(
            .invertedRange, en: "the range '\(text)' runs from \(value.minimum) down to \(value.maximum) minutes",
            nl: "de marge '\(text)' loopt van \(value.minimum) terug naar \(value.maximum) minuten",
            at: location, length: text.unicodeScalars.count,
            hint: FixHint(
                en: "write the smaller time first: `\(swapped)`", nl: "zet de kortste tijd voorop: `\(swapped)`"))
    }
}
