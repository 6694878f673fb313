/// A duration as a book prints it, read by the format's own `DurationParser`.
///
/// OCR turns `½` into `%` (`1% uur`); `read` repairs that one misreading. An ambiguous notation
/// (`1,30 uur`: 78 or 90 minutes) is settled by the exercise's step timings when they add up to
/// one of the readings, and left as written (for `check` to report) when they do not.
struct BookDuration: Equatable, Sendable {
    /// The text to write after `Duur:`.
    var written: String
    var minutes: Duration
    /// What was repaired, in words, or `nil`.
    var repair: String?
    /// Why the reading is doubtful, or `nil`.
    var doubt: String?

    /// Whether a whole line is a duration with a unit (`1 uur`, `60 min`): a bare number is not.
    static func isDuration(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count <= 40, trimmed.contains(where: { $0.isLetter || $0 == "'" || $0 == "’" }),
            trimmed.first?.isNumber == true || trimmed.lowercased().hasPrefix("half")
                || trimmed.lowercased().hasPrefix("een") || trimmed.lowercased().hasPrefix("anderhalf")
        else { return false }
        return read(trimmed, stepMinutes: nil) != nil
    }

    /// Reads `text`; `stepMinutes` is the sum of the exercise's step timings, if it has any.
    static func read(_ text: String, stepMinutes: Int?) -> BookDuration? {
        var written = text.trimmingWhitespace()
        var repair: String?
        if case .failure = DurationParser.parse(written), written.contains("%") {
            let candidate = written.replacingPercentAfterDigit()
            if case .success = DurationParser.parse(candidate) {
                repair = "read \"\(written)\" as \"\(candidate)\" (OCR reads ½ as %)"
                written = candidate
            }
        }
        guard case .success(let reading) = DurationParser.parse(written) else { return nil }
        guard let alternative = reading.alternative else {
            return BookDuration(written: written, minutes: reading.value, repair: repair, doubt: nil)
        }
        if let stepMinutes, stepMinutes == alternative.maximum, alternative.minimum == alternative.maximum {
            let hours = alternative.minimum / 60
            let minutes = alternative.minimum % 60
            let rewritten = minutes == 0 ? "\(hours) uur" : "\(hours) uur \(minutes) min"
            return BookDuration(
                written: rewritten, minutes: alternative,
                repair: "read \"\(written)\" as \(rewritten): the step timings add up to \(stepMinutes) min",
                doubt: nil)
        }
        return BookDuration(
            written: written, minutes: reading.value, repair: repair,
            doubt: "\"\(written)\" may mean \(reading.value.minimum) or \(alternative.minimum) minutes; kept as printed"
        )
    }
}

extension String {
    /// `1% uur` → `1½ uur`: a percent sign right after a digit.
    fileprivate func replacingPercentAfterDigit() -> String {
        var result = ""
        var previous: Character?
        for character in self {
            result.append(character == "%" && previous?.isNumber == true ? "½" : character)
            previous = character
        }
        return result
    }
}
