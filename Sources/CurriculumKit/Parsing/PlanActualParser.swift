/// Reads what an item really took from the end of its line: `(werkelijk 75 min)`,
/// `(actual 75 min)`, `(werkelijk 10:15-11:30)`, optionally followed by a note
/// (`— groep wilde langer oefenen`). docs/plans.md describes the forms.
///
/// The actual is cut off before the item is read, so `- Welkom 15 min (werkelijk 20 min)` is
/// still a free item of 15 minutes, now with an actual of 20.
enum PlanActualParser {
    /// An item's text with its actual taken off.
    struct Reading {
        /// The text before the actual, trailing white space removed.
        var rest: String
        var actual: PlanActual?
        var diagnostics: [Diagnostic]
    }

    /// The words that open an actual, in Dutch and English, written after `(`.
    static let markers: [[Unicode.Scalar]] = ["(werkelijk", "(actual"].map { Array($0.unicodeScalars) }

    /// Where an actual starts in `text`, in Unicode scalars, and how long its opening word is.
    static func marker(in scalars: [Unicode.Scalar]) -> (offset: Int, length: Int)? {
        for start in scalars.indices where scalars[start] == "(" {
            for marker in markers where start + marker.count <= scalars.count {
                let matches = zip(marker, scalars[start..<(start + marker.count)]).allSatisfy { want, have in
                    let lowered = ("A"..."Z").contains(have) ? Unicode.Scalar(have.value + 32) ?? have : have
                    return lowered == want
                }
                let after = start + marker.count
                if matches, after == scalars.count || [" ", ":", ")", "\t"].contains(scalars[after]) {
                    return (start, marker.count)
                }
            }
        }
        return nil
    }

    /// Takes the actual off an item's text; `location` is where `text` starts.
    static func read(_ text: String, at location: SourceLocation) -> Reading {
        let scalars = Array(text.unicodeScalars)
        guard let (offset, length) = marker(in: scalars) else {
            return Reading(rest: text, actual: nil, diagnostics: [])
        }
        let rest = String(String.UnicodeScalarView(scalars[..<offset])).trimmingWhitespace()
        let actualAt = shifted(location, by: offset)
        var valueStart = offset + length
        while valueStart < scalars.count, [" ", ":", "\t"].contains(scalars[valueStart]) { valueStart += 1 }
        guard let close = scalars[valueStart...].firstIndex(of: ")") else {
            let written = String(String.UnicodeScalarView(scalars[offset...]))
            return Reading(rest: rest, actual: nil, diagnostics: [.unclosedActual(written, at: actualAt)])
        }
        let value = String(String.UnicodeScalarView(scalars[valueStart..<close])).trimmingWhitespace()
        var note = String(String.UnicodeScalarView(scalars[(close + 1)...])).trimmingWhitespace()
        while let first = note.first, ["—", "–", "-", ":"].contains(first) {
            note = String(note.dropFirst()).trimmingWhitespace()
        }
        guard let (minutes, start, end) = minutes(in: value) else {
            return Reading(
                rest: rest, actual: nil,
                diagnostics: [.unreadableActual(value, at: shifted(location, by: valueStart))])
        }
        let actual = PlanActual(
            minutes: minutes, start: start, end: end, note: note.isEmpty ? nil : note, location: actualAt)
        return Reading(rest: rest, actual: actual, diagnostics: [])
    }

    /// A finding for an actual on a line that is not an item (a field, a heading, text, a note).
    static func misplaced(in text: String, at location: SourceLocation) -> Diagnostic? {
        let scalars = Array(text.unicodeScalars)
        guard let (offset, length) = marker(in: scalars) else { return nil }
        let written = String(String.UnicodeScalarView(scalars[(offset + 1)..<(offset + length)]))
        return .actualOutsideItem(written, at: shifted(location, by: offset), length: length)
    }

    /// `75 min`, `1 uur`, `1,5 uur` or `10:15-11:30`, in minutes (with the clock times if given).
    static func minutes(in value: String) -> (Int, ClockTime?, ClockTime?)? {
        let sides = value.replacing("–", with: "-").split(separator: "-", omittingEmptySubsequences: false)
        if sides.count == 2, let start = ClockTime(sides[0]), let end = ClockTime(sides[1]) {
            let minutes = end.minutesSinceMidnight - start.minutesSinceMidnight
            return minutes > 0 ? (minutes, start, end) : nil
        }
        guard case .success(let reading) = DurationParser.parse(value), !reading.value.isRange,
            reading.value.minimum > 0
        else { return nil }
        return (reading.value.minimum, nil, nil)
    }

    static func shifted(_ location: SourceLocation, by offset: Int) -> SourceLocation {
        SourceLocation(file: location.file, line: location.line, column: location.column + offset)
    }
}

extension Diagnostic {
    fileprivate static func unreadableActual(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .badActual, en: "cannot read '\(value)' as the time the item really took",
            nl: "'\(value)' is niet te lezen als de tijd die het onderdeel echt duurde", at: location,
            length: max(1, value.unicodeScalars.count),
            hint: FixHint(
                en:
                    "write the minutes or the real clock times, start before end: `(werkelijk 75 min)`, `(werkelijk 10:15-11:30)`",
                nl:
                    "schrijf de minuten of de echte kloktijden, begin vóór eind: `(werkelijk 75 min)`, `(werkelijk 10:15-11:30)`"
            ))
    }

    fileprivate static func unclosedActual(_ written: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .badActual, en: "the actual time has no closing parenthesis",
            nl: "bij de werkelijke tijd ontbreekt het sluithaakje", at: location,
            length: max(1, written.unicodeScalars.count),
            hint: FixHint(en: "close it: `(werkelijk 75 min)`", nl: "sluit hem af: `(werkelijk 75 min)`"))
    }

    fileprivate static func actualOutsideItem(_ word: String, at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .actualOutsideItem, en: "'\(word)' stands on a line that is not a plan item",
            nl: "'\(word)' staat op een regel die geen onderdeel van het plan is", at: location, length: length,
            hint: FixHint(
                en: "note what an item really took at the end of its own line: `- 1.A.1.1 (werkelijk 75 min)`",
                nl:
                    "noteer hoe lang een onderdeel echt duurde aan het eind van zijn eigen regel: `- 1.A.1.1 (werkelijk 75 min)`"
            ))
    }
}
