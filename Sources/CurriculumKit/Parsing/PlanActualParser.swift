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
    static let markers: [[UInt8]] = ["(werkelijk", "(actual"].map { Array($0.utf8) }

    /// Where an actual starts in `bytes` (UTF-8), in bytes, and how long its opening word is: a
    /// marker in any ASCII case, followed by the end, a space, a tab, `:` or `)`.
    static func marker(in bytes: [UInt8]) -> (offset: Int, length: Int)? {
        var start = 0
        while let open = bytes[start...].firstIndex(of: 0x28) {
            for marker in markers where open + marker.count <= bytes.count {
                var matches = true
                for k in 1..<marker.count where bytes[open + k] | 0x20 != marker[k] || bytes[open + k] < 0x41 {
                    matches = false
                    break
                }
                let after = open + marker.count
                if matches, after == bytes.count || [0x20, 0x3A, 0x29, 0x09].contains(bytes[after]) {
                    return (open, marker.count)
                }
            }
            start = open + 1
        }
        return nil
    }

    /// Whether `text` has a `(` followed by a `w` or an `a` in either case: every marker starts so,
    /// and most lines of a plan have none, so they skip the reading (a plan file's lines cost about
    /// ten times more without this test).
    static func mayHoldMarker(_ text: String) -> Bool {
        var afterParenthesis = false
        for byte in text.utf8 {
            if afterParenthesis, byte | 0x20 == 0x77 || byte | 0x20 == 0x61 { return true }
            afterParenthesis = byte == 0x28
        }
        return false
    }

    /// Takes the actual off an item's text; `location` is where `text` starts. Read on UTF-8 bytes;
    /// columns count Unicode scalars, as `SourceText` does.
    static func read(_ text: String, at location: SourceLocation) -> Reading {
        guard mayHoldMarker(text) else { return Reading(rest: text, actual: nil, diagnostics: []) }
        let bytes = Array(text.utf8)
        guard let (offset, length) = marker(in: bytes) else {
            return Reading(rest: text, actual: nil, diagnostics: [])
        }
        let rest = string(bytes[..<offset]).trimmingWhitespace()
        let actualAt = shifted(location, by: scalars(in: bytes[..<offset]))
        var valueStart = offset + length
        while valueStart < bytes.count, [0x20, 0x3A, 0x09].contains(bytes[valueStart]) { valueStart += 1 }
        guard let close = bytes[valueStart...].firstIndex(of: 0x29) else {
            return Reading(
                rest: rest, actual: nil, diagnostics: [.unclosedActual(string(bytes[offset...]), at: actualAt)])
        }
        let value = string(bytes[valueStart..<close]).trimmingWhitespace()
        var note = string(bytes[(close + 1)...]).trimmingWhitespace()
        while let first = note.first, ["—", "–", "-", ":"].contains(first) {
            note = String(note.dropFirst()).trimmingWhitespace()
        }
        guard let (minutes, start, end) = minutes(in: value) else {
            return Reading(
                rest: rest, actual: nil,
                diagnostics: [.unreadableActual(value, at: shifted(location, by: scalars(in: bytes[..<valueStart])))])
        }
        let actual = PlanActual(
            minutes: minutes, start: start, end: end, note: note.isEmpty ? nil : note, location: actualAt)
        return Reading(rest: rest, actual: actual, diagnostics: [])
    }

    /// A finding for an actual on a line that is not an item (a field, a heading, text, a note).
    static func misplaced(in text: String, at location: SourceLocation) -> Diagnostic? {
        guard mayHoldMarker(text) else { return nil }
        let bytes = Array(text.utf8)
        guard let (offset, length) = marker(in: bytes) else { return nil }
        let written = string(bytes[(offset + 1)..<(offset + length)])
        return .actualOutsideItem(written, at: shifted(location, by: scalars(in: bytes[..<offset])), length: length)
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// How many Unicode scalars `bytes` hold: the bytes that do not continue a sequence.
    private static func scalars(in bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// `75 min`, `1 uur`, `1,5 uur` or `10:15-11:30`, in minutes (with the clock times if given).
    static func minutes(in value: String) -> (Int, ClockTime?, ClockTime?)? {
        // `replacing` costs about 10,000 instructions even when there is nothing to replace.
        let dashed = value.utf8.contains(0xE2) ? value.replacing("–", with: "-") : value
        let sides = dashed.split(separator: "-", omittingEmptySubsequences: false)
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
