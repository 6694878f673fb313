import Testing

@testable import CurriculumKit

@Suite struct PlanActualParserTests {
    static func items(_ lines: String) -> ([PlanItem], [Diagnostic]) {
        let (plan, diagnostics) = PlanFixtures.plan("Titel: Dag\nDatum: 2027-03-09\n\n" + lines)
        return (plan?.items ?? [], diagnostics)
    }

    @Test(
        arguments: [
            ("- 1.A.1.1 Actuele situatie (werkelijk 75 min)", 75, nil, nil),
            ("- 1.A.1.1 (actual 75 min)", 75, nil, nil),
            ("- 1.A.1.1 (Werkelijk: 1,5 uur)", 90, nil, nil),
            ("- 1.A.1.1 (ACTUAL 1 hour)", 60, nil, nil),
            ("- 1.A.1.1 (werkelijk 10:15-11:30)", 75, "10:15", "11:30"),
            ("- 1.A.1.1 (werkelijk 9.45 – 10.30)", 45, "09:45", "10:30"),
        ] as [(String, Int, String?, String?)])
    func readsEveryForm(_ line: String, minutes: Int, start: String?, end: String?) throws {
        let (items, diagnostics) = Self.items(line)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let item = try #require(items.first)
        #expect(item.exerciseID == ExerciseID("1.A.1.1"))
        let actual = try #require(item.actual)
        #expect(actual.minutes == minutes)
        #expect(actual.start?.description == start)
        #expect(actual.end?.description == end)
        #expect(actual.note == nil)
    }

    @Test func readsTheNoteAndWhereTheActualStands() throws {
        let (items, diagnostics) = Self.items(
            "- 1.A.1.1 Actuele situatie (werkelijk 75 min) — groep wilde langer oefenen")
        #expect(diagnostics.isEmpty)
        let actual = try #require(items.first?.actual)
        #expect(actual.note == "groep wilde langer oefenen")
        #expect(actual.location == SourceLocation(file: "day.plan.md", line: 4, column: 28))
        #expect(items.first?.text == "1.A.1.1 Actuele situatie")
    }

    @Test func anActualOnABreakOrFreeItemKeepsItsPlannedDuration() {
        let (items, diagnostics) = Self.items(
            "- Welkom 15 min (werkelijk 20 min)\n- Pauze 15 (actual 25 min)\n- Lunch (werkelijk 12:30-13:30)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(
            items.map(\.content) == [
                .free(title: "Welkom", duration: Duration(minutes: 15)), .pause(minutes: 15), .lunch(minutes: nil),
            ])
        #expect(items.map { $0.actual?.minutes } == [20, 25, 60])
    }

    @Test(arguments: [
        ("- 1.A.1.1 (werkelijk 11:30-10:15)", 22),
        ("- 1.A.1.1 (werkelijk lang)", 22),
        ("- 1.A.1.1 (actual 0 min)", 19),
        ("- 1.A.1.1 (werkelijk 60-75 min)", 22),
        ("- 1.A.1.1 (werkelijk 75 min", 11),
    ])
    func reportsAnUnreadableActual(_ line: String, column: Int) throws {
        let (items, diagnostics) = Self.items(line)
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.code == .badActual)
        #expect(finding.location == SourceLocation(file: "day.plan.md", line: 4, column: column))
        #expect(items.first?.exerciseID == ExerciseID("1.A.1.1"), "the item itself is still read")
        #expect(items.first?.actual == nil)
    }

    @Test(arguments: [
        ("Locatie: Utrecht (werkelijk 75 min)\n\n- 1.A.1.1", 3, 18),
        ("## Dag 1 (actual 60 min)\n\n- 1.A.1.1", 3, 10),
        ("- 1.A.1.1\n  - (werkelijk 75 min)", 4, 5),
        ("Gegeven (werkelijk 75 min)\n\n- 1.A.1.1", 3, 9),
    ])
    func reportsAnActualOnALineThatIsNotAnItem(_ text: String, line: Int, column: Int) throws {
        let (items, diagnostics) = Self.items(text)
        #expect(diagnostics.map(\.code) == [.actualOutsideItem], "\(diagnostics)")
        #expect(diagnostics.first?.location == SourceLocation(file: "day.plan.md", line: line + 1, column: column))
        #expect(items.allSatisfy { $0.actual == nil })
    }

    @Test func textInParenthesesIsNoActual() {
        let (items, diagnostics) = Self.items(
            "- 1.A.1.1 (werkelijkheid en fictie)\n- Evaluatie (actually short) 15 min")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(items.allSatisfy { $0.actual == nil })
    }

    @Test func anActualOnADayAfterTodayIsAFinding() throws {
        let text =
            "Titel: Twee dagen\nDatum: 2027-03-09, 2027-03-16\n\n- 1.A.1.1 (werkelijk 75 min)\n---\n- 1.A.1.2 (werkelijk 50 min)\n- 1.A.1.3"
        let plan = try #require(PlanFixtures.plan(text).0)
        let today = try #require(CalendarDate("2027-03-10"))
        let found = Checker.actualsInFuture(plan, today: today)
        #expect(found.map(\.code) == [.actualInFuture])
        #expect(found.first?.location == SourceLocation(file: "day.plan.md", line: 6, column: 11))
        #expect(found.first?.message.contains("2027-03-16") == true)
        #expect(Checker.actualsInFuture(plan, today: try #require(CalendarDate("2027-03-16"))).isEmpty)
    }

    @Test func checkReportsAnActualInTheFutureOnlyWhenGivenToday() throws {
        let files = InMemoryFileSystem(files: [
            "c/plans/dag.plan.md": "Titel: Dag\nDatum: 2027-03-09\n\n- Welkom 15 min (werkelijk 20 min)\n"
        ])
        let loader = CurriculumLoader(fileSystem: files)
        let before = Checker(loader: loader, options: CheckOptions(today: CalendarDate("2027-03-08")))
        #expect(before.check(paths: ["c/plans/dag.plan.md"]).diagnostics.contains { $0.code == .actualInFuture })
        let after = Checker(loader: loader, options: CheckOptions(today: CalendarDate("2027-03-09")))
        #expect(!after.check(paths: ["c/plans/dag.plan.md"]).diagnostics.contains { $0.code == .actualInFuture })
        let unknown = Checker(loader: loader)
        #expect(!unknown.check(paths: ["c/plans/dag.plan.md"]).diagnostics.contains { $0.code == .actualInFuture })
    }

    /// The reading by Unicode scalars that `PlanActualParser.marker(in:)` replaced: where an actual
    /// starts, in scalars.
    static func scalarMarker(in text: String) -> (offset: Int, length: Int)? {
        let scalars = Array(text.unicodeScalars)
        let markers: [[Unicode.Scalar]] = ["(werkelijk", "(actual"].map { Array($0.unicodeScalars) }
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

    static let markerLines = [
        "(werkelijk 75 min)", "x (WERKELIJK 5 min)", "(Actual: 1 hour)", "a ((actual 2 min)", "é(aCtUaL)",
        "(werkelijk", "(actual)", "- 1.A.1.1 Titel (werkelijk\t10 min) — te kort", "ééé (werkelijk 5 min)",
        "- 1.A.1.1 Titel (15 min)", "Dagindeling: 9:00-16:00", "(b", "w(", "( werkelijk 5 min)", "(werkelijkheid)",
        "(actua", "(wérkelijk 5 min)", "(actual\u{301} 5)", "",
    ]

    /// The byte reading finds what the scalar reading finds, at the same place once bytes are
    /// counted as scalars; and `mayHoldMarker`, which lets a line skip both, says yes to every
    /// line in which there is one.
    @Test(arguments: markerLines)
    func theByteReadingAgreesWithTheScalarReading(_ line: String) {
        let expected = Self.scalarMarker(in: line)
        let bytes = Array(line.utf8)
        let found = PlanActualParser.marker(in: bytes)
        #expect(found?.length == expected?.length)
        let scalarOffset = found.map { String(decoding: bytes[..<$0.offset], as: UTF8.self).unicodeScalars.count }
        #expect(scalarOffset == expected?.offset)
        if expected != nil { #expect(PlanActualParser.mayHoldMarker(line)) }
    }

    /// Columns of an actual after non-ASCII text count scalars, as everywhere else.
    @Test func aColumnAfterAccentsCountsScalars() throws {
        let (_, diagnostics) = Self.items("- 1.A.1.1 Één (werkelijk tien)")
        let finding = try #require(diagnostics.first)
        // `- ` is two columns, then `1.A.1.1 Één ` twelve scalars, then `(werkelijk ` eleven.
        #expect(finding.location?.column == 3 + 12 + 11)
    }
}

/// `PlanParser.tokens` and `looksLikeTime` read bytes; they must give what the readings by scalar
/// and by `Character` they replaced give.
@Suite struct PlanTokenTests {
    static let texts = [
        "1.A.1.1 Actuele situatie", "  Pauze\t15  ", "", " ", "Één  twee\tdrie", "a \u{301}b", "13:30 Lunch 45 min",
        "é", "x\t\ty", "Welkom — 15 min",
    ]

    /// The reading by scalars that `tokens` replaced.
    static func scalarTokens(_ text: String) -> [(String, Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var start = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == " " || scalar == "\t" {
                if !current.isEmpty { result.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { result.append((current, start)) }
        return result
    }

    @Test(arguments: texts)
    func tokensAgreeWithTheScalarReading(_ text: String) {
        let tokens = PlanParser.tokens(text)
        let expected = Self.scalarTokens(text)
        #expect(tokens.map(\.text) == expected.map(\.0))
        #expect(tokens.map(\.offset) == expected.map(\.1))
    }

    @Test(arguments: [
        ("13:30", true), ("9.30", true), ("13u30", true), ("9:7", true), ("25:00", true), ("9.3", false),
        ("123:00", false), (":30", false), ("12:", false), ("1\u{301}:30", false), ("１2:30", false), ("12h", false),
        ("lunch", false), ("12:3a", false),
    ])
    func timesOfDay(_ word: String, expected: Bool) {
        #expect(PlanParser.looksLikeTime(word) == expected, "\(word)")
    }
}
