import Testing

@testable import CurriculumKit

@Suite struct PlanParserTests {
    static let dutch = """
        # Lesplan

        Curriculum: ..
        Titel: Module 1, niveau 1
        Datum: 2027-03-09, 2027-03-16
        Locatie: Utrecht
        Trainers: Anna de Vries en Jan Jansen
        Deelnemers: 14
        Dagindeling: 09:00-16:30
        Lunch: 12:00-13:30
        Maximale sessie: 75 min
        Overgang: 5 min
        Buffer: 10%

        ## Dag 1

        - Welkom en kennismaking 20 min
        - 1.A.1.1 Actuele situatie
        - Pauze 15
        - 13:30 Lunch 45 min
        - Koffiepauze

        ## Dag 2

        - 1.B.1.1
        - Evaluatie (1-1,5 uur)
        """

    @Test func readsEveryFieldAndItemOfADutchPlan() throws {
        let (plan, diagnostics) = PlanFixtures.plan(Self.dutch)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let p = try #require(plan)
        #expect(p.metadata.curriculum == "..")
        #expect(p.metadata.title == "Module 1, niveau 1")
        #expect(p.metadata.dates.map(\.description) == ["2027-03-09", "2027-03-16"])
        #expect(p.metadata.place == "Utrecht")
        #expect(p.metadata.trainers == ["Anna de Vries", "Jan Jansen"])
        #expect(p.metadata.participants == 14)
        #expect(p.metadata.language == .dutch)
        #expect(p.settings.dayFrame == PlanFixtures.frame("09:00-16:30"))
        #expect(p.settings.lunchWindow == PlanFixtures.frame("12:00-13:30"))
        #expect(p.settings.maximumStretch == 75)
        #expect(p.settings.transitionMinutes == 5)
        #expect(p.settings.bufferPercent == 10)
        #expect(p.days.count == 2)
        #expect(p.days[0].heading == "Dag 1")
        #expect(
            p.days[0].items.map(\.content) == [
                .free(title: "Welkom en kennismaking", duration: Duration(minutes: 20)),
                .exercise(ExerciseID("1.A.1.1")!),
                .pause(minutes: 15),
                .lunch(minutes: 45),
                .pause(minutes: nil),
            ])
        #expect(p.days[0].items[3].fixedStart == PlanFixtures.time("13:30"))
        #expect(
            p.days[1].items.map(\.content) == [
                .exercise(ExerciseID("1.B.1.1")!),
                .free(title: "Evaluatie", duration: Duration(minimum: 60, maximum: 90)),
            ])
        // Locations point at the text after the list marker.
        #expect(p.days[0].items[1].location == SourceLocation(file: "day.plan.md", line: 18, column: 3))
    }

    @Test func readsAnEnglishPlanWithRuleSeparators() throws {
        let text = """
            Title: Module 2 taster
            Date: 2027-04-01
            Place: Ghent
            Trainers: 2
            Participants: 9
            Day: 9:30 to 15:00

            - Welcome 15 min
            - 2.A.1.1
            ---
            - 2.B.1.1
            - Lunch break 30 min
            """
        let (plan, diagnostics) = PlanFixtures.plan(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let p = try #require(plan)
        #expect(p.metadata.language == .english)
        #expect(p.metadata.trainerCount == 2)
        #expect(p.settings.dayFrame == PlanFixtures.frame("09:30-15:00"))
        #expect(p.days.count == 2)
        #expect(p.days[1].items.map(\.content) == [.exercise(ExerciseID("2.B.1.1")!), .lunch(minutes: 30)])
    }

    /// Each malformed plan: the code, the line and the column of the finding.
    @Test(arguments: [
        ("Titel: t\nDagindeling: 09:00-16:30\n\n- 25:00 Lunch\n", "CUR702", 4, 3),
        ("Titel: t\nDagindeling: 09:00-16:30\n\n- 13:75 Lunch\n", "CUR702", 4, 3),
        ("Titel: t\nDagindeling: 09:00-16:3O\n\n- 1.A.1.1\n", "CUR702", 2, 20),
        ("Titel: t\nDagindeling: 16:30-09:00\n\n- 1.A.1.1\n", "CUR703", 2, 14),
        ("Titel: t\nDagindeling: 09:00-09:00\n\n- 1.A.1.1\n", "CUR704", 2, 14),
        ("Titel: t\nDagindeling: 09:00-16:30\n\n- 1.A.1.1\n- Pauze 15\n- 1.A.1.1\n", "CUR705", 6, 3),
        ("Titel: t\n\n- 1.A.1.1\n- Iets zonder duur\n", "CUR708", 4, 3),
        ("Titel: t\n\n- 1.A.x.1\n", "CUR708", 3, 3),
        ("Titel: t\nDatum: 2027-02-30\n\n- 1.A.1.1\n", "CUR711", 2, 8),
        ("Titel: t\nDeelnemers: veel\n\n- 1.A.1.1\n", "CUR710", 2, 13),
        ("Titel: t\nDeelnemrs: 14\n\n- 1.A.1.1\n", "CUR710", 2, 1),
        ("Titel: t\nBuffer: 120%\n\n- 1.A.1.1\n", "CUR710", 2, 9),
        ("Dagindeling: 09:00-16:30\n\n- 1.A.1.1\n", "CUR709", 1, 1),
        ("Titel: t\n", "CUR709", 1, 1),
        ("Titel: t\n\n- Lunch 30-45 min\n", "CUR708", 3, 9),
    ])
    func reportsMalformedPlan(text: String, code: String, line: Int, column: Int) throws {
        let (_, diagnostics) = PlanFixtures.plan(text)
        let finding = try #require(
            diagnostics.first { $0.code.id == code },
            "expected \(code) in \(diagnostics.map { "\($0.code.id) \($0.message)" })")
        #expect(finding.location?.line == line, "\(finding.message)")
        #expect(finding.location?.column == column, "\(finding.message)")
    }

    @Test func duplicateNotesTheFirstOccurrence() throws {
        let (_, diagnostics) = PlanFixtures.plan("Titel: t\n\n- 1.A.1.1\n- 1.A.1.1\n")
        let duplicate = try #require(diagnostics.first { $0.code == .duplicatePlanItem })
        #expect(duplicate.notes.first?.location == SourceLocation(file: "day.plan.md", line: 3, column: 3))
    }

    @Test func writtenPlanReadsBackToTheSamePlan() throws {
        let (first, _) = PlanFixtures.plan(Self.dutch)
        let plan = try #require(first)
        let text = PlanFileRenderer.render(plan)
        let (second, diagnostics) = PlanFixtures.plan(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)\n\(text)")
        let again = try #require(second)
        #expect(again.metadata == plan.metadata)
        #expect(again.settings == plan.settings)
        #expect(again.days.map { $0.items.map(\.content) } == plan.days.map { $0.items.map(\.content) })
        #expect(again.days.map { $0.items.map(\.fixedStart) } == plan.days.map { $0.items.map(\.fixedStart) })
    }
}

@Suite struct PlanDocumentationTests {
    /// Every plan example in docs/plans.md parses without a finding, and lays out against the
    /// shipped curriculum without an error.
    @Test func everyExampleInTheDocsIsAValidPlan() throws {
        let docs = try String(contentsOf: Repository.root.appendingPathComponent("docs/plans.md"), encoding: .utf8)
        let blocks = docs.components(separatedBy: "```markdown\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
        #expect(blocks.count == 4)
        for block in blocks {
            let result = PlanParser.parse(block, path: "docs/plans.md")
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))\n\(block)")
            let plan = try #require(result.plan)
            let policy = BreakPolicy(manifest: Shipped.curriculum.manifest, settings: plan.settings)
            let laidOut = Scheduler(curriculum: Shipped.curriculum, policy: policy).schedule(
                plan, frame: plan.settings.dayFrame ?? PlanFixtures.frame("09:00-16:30"))
            #expect(!laidOut.hasErrors, "\(laidOut.diagnostics.map(\.message))")
        }
    }
}
