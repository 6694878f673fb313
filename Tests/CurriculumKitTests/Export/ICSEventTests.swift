import Foundation
import Testing

@testable import CurriculumKit

/// Issue 12, case 9: a calendar of exercises and lunch, not of quarter-hour breaks; one event per
/// day on request; UIDs that survive a move to another day.
@Suite struct ICSEventTests {
    static let curriculum = PlanFixtures.fixed((1...8).map { ("1.A.1.\($0)", 60) })

    static func calendar(_ plan: String, perDay: Bool = false) -> String {
        let result = PlanFixtures.schedule(plan, curriculum: curriculum, autoBreaks: true)
        return ICSRenderer(timestamp: .init(secondsSinceEpoch: 0), perDay: perDay).render(result.schedule)
    }

    static func values(_ name: String, in calendar: String) -> [String] {
        // DTSTART and DTEND of events carry their TZID; the VTIMEZONE's do not.
        calendar.split(separator: "\r\n").filter {
            $0.hasPrefix(name + ";TZID") || (!name.hasPrefix("DT") && $0.hasPrefix(name + ":"))
        }.map {
            String($0.drop { $0 != ":" }.dropFirst())
        }
    }

    static let twoDays = """
        Titel: Twee dagen
        Datum: 2027-03-09, 2027-03-16

        ## Dag 1

        - 1.A.1.1
        - 1.A.1.2
        - 1.A.1.3
        - 1.A.1.4

        ## Dag 2

        - 1.A.1.5
        - 1.A.1.6
        - Evaluatie 30 min

        """

    @Test func oneEventPerExerciseAndLunchWithBreaksFoldedIntoTheGaps() {
        let calendar = Self.calendar(Self.twoDays)
        let summaries = Self.values("SUMMARY", in: calendar)
        #expect(!summaries.contains("Pauze"), "\(summaries)")
        #expect(summaries.filter { $0.hasPrefix("1.A.1.") }.count == 6)
        #expect(summaries.filter { $0 == "Lunch" }.count == 1)
        #expect(summaries.contains("Evaluatie"))
        #expect(summaries.count == 8)
        // The breaks are the gaps: the second exercise starts 15 min after the first ends.
        let starts = Self.values("DTSTART", in: calendar)
        let ends = Self.values("DTEND", in: calendar)
        #expect(ends[0] == "20270309T100000" && starts[1] == "20270309T101500", "\(starts) \(ends)")
        #expect(Set(Self.values("UID", in: calendar)).count == 8)
    }

    @Test func anExerciseKeepsItsUIDWhenItMovesToAnotherDay() throws {
        let moved = Self.twoDays.replacingOccurrences(
            of: "- 1.A.1.4\n\n## Dag 2\n\n", with: "\n## Dag 2\n\n- 1.A.1.4\n")
        #expect(moved != Self.twoDays)
        func uid(of id: String, in calendar: String) -> String? {
            let events = calendar.components(separatedBy: "BEGIN:VEVENT").dropFirst()
            let event = events.first { $0.contains("SUMMARY:\(id) ") }
            return event.flatMap { Self.values("UID", in: $0).first }
        }
        let before = Self.calendar(Self.twoDays)
        let after = Self.calendar(moved)
        let old = try #require(uid(of: "1.A.1.4", in: before))
        #expect(uid(of: "1.A.1.4", in: after) == old)
        #expect(Self.values("DTSTART", in: after).contains("20270316T090000"))
        #expect(uid(of: "1.A.1.1", in: after) == uid(of: "1.A.1.1", in: before))
        // The free item keeps its UID too although it moved within its day.
        let free = { (calendar: String) in
            calendar.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("SUMMARY:Evaluatie") }.flatMap {
                Self.values("UID", in: $0).first
            }
        }
        #expect(free(before) != nil && free(before) == free(after))
    }

    @Test func perDayGivesOneEventPerDayWithItsAgenda() {
        let calendar = Self.calendar(Self.twoDays, perDay: true)
        #expect(Self.values("SUMMARY", in: calendar) == ["Dag 1: Twee dagen", "Dag 2: Twee dagen"])
        #expect(Self.values("DTSTART", in: calendar) == ["20270309T090000", "20270316T090000"])
        let description = Self.values("DESCRIPTION", in: calendar.replacingOccurrences(of: "\r\n ", with: ""))
        #expect(description.first?.contains("09:00-10:00 1.A.1.1 Exercise 1.A.1.1\\n10:00-10:15 Pauze") == true)
        #expect(Set(Self.values("UID", in: calendar)).count == 2)
    }
}
