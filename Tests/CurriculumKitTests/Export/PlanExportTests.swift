import Testing

@testable import CurriculumKit

@Suite struct PlanExportTests {
    @Test func icsFoldsAt75OctetsWithoutSplittingCharacters() {
        let line = "DESCRIPTION:" + String(repeating: "ëé", count: 60)
        let folded = ICSRenderer.fold(line)
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        #expect(physical.count > 1)
        for (index, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75)
            if index > 0 { #expect(part.hasPrefix(" ")) }
        }
        // Unfolding gives the line back.
        #expect(
            physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(ICSRenderer.fold("SUMMARY:kort") == "SUMMARY:kort\r\n")
    }

    @Test func icsEscapesTextValues() {
        #expect(ICSRenderer.escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
    }

    /// Issue 14, item 8: TEXT carries no control characters (RFC 5545 §3.3.11).
    @Test(arguments: Array(0x00...0x1F) + [0x7F, 0x85, 0x9F])
    func icsTextCarriesNoControlCharacters(code: Int) throws {
        let control = try #require(Unicode.Scalar(code))
        let escaped = ICSRenderer.escape("a" + String(Character(control)) + "b")
        let expected =
            switch control {
            case "\n": "a\\nb"
            case "\t": "a b"
            default: "ab"
            }
        #expect(escaped == expected)
        #expect(!escaped.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test func timestampIsUTC() {
        #expect(ICSRenderer.Timestamp(secondsSinceEpoch: 0).utcText == "19700101T000000Z")
        #expect(ICSRenderer.Timestamp(secondsSinceEpoch: 1_800_000_000).utcText == "20270115T080000Z")
    }

    @Test func csvQuotesOnlyWhatRFC4180Requires() {
        #expect(CSVRenderer.field("plain") == "plain")
        #expect(CSVRenderer.field("a, b") == "\"a, b\"")
        #expect(CSVRenderer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVRenderer.field("two\nlines") == "\"two\nlines\"")
    }

    /// Issue 14, item 6: a text cell a spreadsheet would run as a formula starts with `'`.
    @Test(arguments: ["=", "+", "-", "@", "\t", "\r"])
    func csvTextCellsStartingWithAFormulaTriggerAreNeutralised(trigger: String) {
        let cell = trigger + "HYPERLINK(\"http://evil.example\",\"klik\")"
        let written = CSVRenderer.text(cell)
        #expect(written == CSVRenderer.field("'" + cell))
        #expect(written.hasPrefix("'") || written.hasPrefix("\"'"))
    }

    @Test func csvOrdinaryTextAndTheToolsOwnNumbersAreUnchanged() {
        for text in ["Welkom", "1.A.1.1", "SWOT-analyse", "a = b", "", "'quoted'", "5 - 3", "Pauze"] {
            #expect(CSVRenderer.text(text) == CSVRenderer.field(text))
        }
        // Figures the tool writes go through `field` and keep their sign.
        #expect(CSVRenderer.field("-5") == "-5")
        #expect(CSVRenderer.field("−0.25") == "−0.25")
    }

    @Test(arguments: [("2027-03-09", 2), ("2024-02-29", 4), ("1970-01-01", 4), ("2000-01-01", 6)])
    func calendarDatesKnowTheirWeekday(text: String, weekday: Int) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.weekday == weekday)
        #expect(CalendarDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }

    @Test func invalidDatesAreRejected() {
        #expect(CalendarDate("2027-02-29") == nil)
        #expect(CalendarDate("2027-13-01") == nil)
        #expect(CalendarDate("9-3-2027") == nil)
        #expect(CalendarDate("2028-02-29")?.adding(days: 1).description == "2028-03-01")
    }

    @Test func budgetCountsDaysWithoutSplittingExercises() {
        let curriculum = PlanFixtures.curriculum([
            ("1.A.1.1", 120, 180, []), ("1.A.1.2", 200, 200, []), ("1.B.1.1", 60, 60, []),
        ])
        let budget = Budget(curriculum: curriculum, exercises: curriculum.exercises, dayMinutes: 360)
        #expect(budget.total.minutes == Duration(minimum: 380, maximum: 440))
        #expect(budget.total.days == 2...2)
        #expect(budget.topics.map(\.key) == ["1.A", "1.B"])
        #expect(budget.verdict(for: .days(2)).fits)
        #expect(!budget.verdict(for: .days(1)).fits)
        #expect(!budget.verdict(for: .minutes(400)).fits)
        #expect(
            budget.verdict(for: .minutes(400))
                == .overMinutes(limit: 400, total: budget.total.minutes, over: 40, atMinimum: true))
        #expect(
            BudgetRenderer(language: .english).verdict(budget.verdict(for: .minutes(400)))
                .contains("fits only if every exercise takes its minimum"))
        #expect(
            BudgetRenderer(language: .dutch).verdict(budget.verdict(for: .minutes(400)))
                == "Oordeel: past niet in 6 uur 40 min: 6 uur 20 min – 7 uur 20 min is 40 min te lang (het past alleen als elke oefening haar minimale duur neemt)"
        )
        #expect(Budget.Target("3d") == .days(3))
        #expect(Budget.Target("18h") == .minutes(1080))
        #expect(Budget.Target("3 dagen") == .days(3))
        #expect(Budget.Target("soon") == nil)
        // Issue 12, case 6: a bare number could be minutes, hours or days; it is not read.
        #expect(Budget.Target("20") == nil)
        #expect(Budget.Target("1080 min") == .minutes(1080))
    }

    /// Issue 12, case 6: exercises longer than the day are named, not counted as a day each.
    @Test func budgetNamesExercisesLongerThanADay() {
        let curriculum = PlanFixtures.fixed([("1.A.1.1", 35), ("1.A.1.2", 20)])
        let budget = Budget(curriculum: curriculum, exercises: curriculum.exercises, dayMinutes: 30)
        #expect(budget.longerThanADay.map(\.id.description) == ["1.A.1.1"])
        let roomy = Budget(curriculum: curriculum, exercises: curriculum.exercises, dayMinutes: 35)
        #expect(roomy.longerThanADay.isEmpty)
    }

    @Test func diffFindsMovedExercisesByLongestKeptOrder() {
        #expect(PlanDiff.longestIncreasing([0, 1, 2]) == [0, 1, 2])
        #expect(PlanDiff.longestIncreasing([2, 0, 1]) == [1, 2])
        #expect(PlanDiff.longestIncreasing([]) == [])
    }
}
