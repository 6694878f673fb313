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
}
