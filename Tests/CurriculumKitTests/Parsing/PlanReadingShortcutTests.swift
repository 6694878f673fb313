import Testing

@testable import CurriculumKit

/// The shortcuts plan reading takes (issue 17) decide as the readings they stand in front of:
/// the first words of an item, the test that lets a suffix of words be read as a duration, and a
/// date read on its bytes.
@Suite struct PlanReadingShortcutTests {
    static let pieces = [
        "15", "min", "(", ")", "(15", "min)", "½", "half", "anderhalf", "uur", "1,5", "Pauze", "1.A.1.1", "9:00",
        "(werkelijk", "hal", "f", "e\u{301}", "\u{600}", "(\u{301}", "–", "Welkom", "x)", "(½", "(half", "\t",
    ]

    static func words(_ random: inout SeededRandom) -> [String] {
        (0..<(1 + random.int(below: 7))).map { _ in random.pick(pieces) }
    }

    @Test func theFirstWordsAreTheFirstOfAllWords() {
        var random = SeededRandom(seed: 23)
        for _ in 0..<5_000 {
            let text = Self.words(&random).joined(separator: random.pick([" ", "  ", "\t"]))
            let all = PlanParser.tokens(text)
            for limit in 1...3 {
                let first = PlanParser.tokens(text, limit: limit)
                #expect(first.map(\.text) == all.prefix(limit).map(\.text), "\(text)")
                #expect(first.map(\.offset) == all.prefix(limit).map(\.offset), "\(text)")
            }
        }
    }

    /// `mayStartDuration` is `false` only where `readItem`'s own test, on the joined words, fails.
    @Test func aSuffixRuledOutCouldNeverReadAsADuration() {
        var random = SeededRandom(seed: 29)
        var ruledOut = 0
        for _ in 0..<20_000 {
            let words = Self.words(&random)
            var joined = words.joined(separator: " ")
            if joined.hasPrefix("("), joined.hasSuffix(")") { joined = String(joined.dropFirst().dropLast()) }
            let passes =
                joined.first.map { $0.isASCIIDigit || $0 == "½" } == true || joined.hasPrefix("half")
                || joined.hasPrefix("anderhalf")
            let may = PlanParser.mayStartDuration(words[0], last: words[words.count - 1])
            #expect(may || !passes, "\(words)")
            if !may { ruledOut += 1 }
        }
        #expect(ruledOut > 5_000)
    }

    /// The byte reading of a date accepts exactly what splitting it into characters accepted.
    @Test func aDateIsReadAsTheCharacterReadingReadIt() {
        func characterReading(_ text: String) -> CalendarDate? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
                let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
            else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
        let pieces = ["2027", "03", "09", "-", "1", "0", "12", "31", "9", "٣", "1\u{301}", "-\u{301}", " ", "a", "+1"]
        var random = SeededRandom(seed: 31)
        var dates = 0
        for round in 0..<20_000 {
            let text =
                round.isMultiple(of: 3)
                ? "\(1000 + random.int(below: 9000))-\(random.pick(["01", "02", "12", "13", "00", "1"]))-\(random.pick(["01", "28", "31", "32", "5"]))"
                : (0..<random.int(below: 6)).map { _ in random.pick(pieces) }.joined()
            #expect(CalendarDate(text) == characterReading(text), "\(text)")
            if CalendarDate(text) != nil { dates += 1 }
        }
        #expect(dates > 1_000)
    }
}
