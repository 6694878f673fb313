import Foundation
import Testing

/// `curriculum review`, run as a trainer would after giving module 1 three times.
@Suite struct ReviewCommandTests {
    static let shippedDelivered = "curriculum/igma-femina/plans/module-1-niveau-1-gegeven.plan.md"

    /// Three delivered days of module 1 in a temporary folder, against the shipped curriculum.
    static func threeDeliveries() throws -> [String] {
        let folder = try CLI.temporaryDirectory()
        let curriculum = CLI.root.appendingPathComponent("curriculum/igma-femina").path
        let swot = ["80 min", "13:30-14:45", "90 min"]
        let coach = ["55 min", "60 min", "65 min"]
        return try (0..<3).map { n in
            let text = """
                Curriculum: \(curriculum)
                Titel: Module 1, keer \(n + 1)
                Datum: 2026-0\(n + 3)-10
                Dagindeling: 09:00-16:30

                - 1.A.1.2 (werkelijk \(coach[n]))
                - 12:00 Lunch 45 min
                - 13:30 1.B.1.2 (werkelijk \(swot[n]))

                """
            let url = folder.appendingPathComponent("keer-\(n + 1).plan.md")
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }

    @Test func showsPlannedAgainstActualAndSuggestsTheDurationThatAlwaysOverruns() throws {
        let output = try CLI.run(["review"] + (try Self.threeDeliveries()))
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            output.stdout.contains(
                "1.A.1.2 De rollen en verantwoordelijkheden van  gepland 60 min  werkelijk 55 min  −5"))
        #expect(output.stdout.contains("gepland 60 min  werkelijk 80 min  +20"))
        #expect(output.stdout.contains("Gepland einde 14:30, werkelijk einde 14:50 (+20)"))
        #expect(output.stdout.contains("Per oefening, over 3 lesplannen:"))
        #expect(output.stdout.contains("3× gegeven · mediaan 80 min · 75-90 min · 1,33× de duur (60 min)"))
        #expect(output.stdout.contains("Voorstel: "))
        #expect(output.stdout.contains("curriculum/igma-femina/module-1.md:322: `Duur: 1 uur` → `Duur: 80 min`"))
        #expect(!output.stdout.contains("`Duur: 60 min`"), "1.A.1.2 stays within 20%")
    }

    @Test func writesCSVAndJSON() throws {
        let plans = try Self.threeDeliveries()
        let csv = try CLI.run(["review", "--format", "csv"] + plans)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(
            csv.stdout.hasPrefix(
                "id,title,duration_min,duration_max,deliveries,median,minimum,maximum,ratio,file,line,suggested\r\n"))
        #expect(csv.stdout.contains(",60,60,3,80,75,90,1.33,"))
        #expect(csv.stdout.contains("curriculum/igma-femina/module-1.md,322,Duur: 80 min\r\n"))
        let json = try CLI.run(["review", "-f", "json"] + plans)
        #expect(json.status == 0, "\(json.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let exercises = try #require(decoded?["exercises"] as? [[String: Any]])
        #expect(exercises.map { $0["median"] as? Int } == [60, 80])
        #expect((decoded?["plans"] as? [Any])?.count == 3)
    }

    @Test func theShippedDeliveredDayIsReviewedAndChecked() throws {
        let output = try CLI.run(["review", Self.shippedDelivered])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Gepland einde 16:00, werkelijk einde 16:15 (+15)"))
        #expect(output.stdout.contains("— groep wilde langer oefenen"))
        let check = try CLI.run(["check", Self.shippedDelivered])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func anUnreadableActualIsAFindingAndAnUnreadablePlanExitsTwo() throws {
        let folder = try CLI.temporaryDirectory()
        let curriculum = CLI.root.appendingPathComponent("curriculum/igma-femina").path
        let bad = folder.appendingPathComponent("slecht.plan.md")
        try "Curriculum: \(curriculum)\nTitel: x\nDagindeling: 09:00-16:30\n\n- 1.A.1.1 (werkelijk lang)\n".write(
            to: bad, atomically: true, encoding: .utf8)
        let output = try CLI.run(["review", bad.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("error[CUR720]: cannot read 'lang' as the time the item really took"))
        let missing = try CLI.run(["review", folder.appendingPathComponent("weg.plan.md").path])
        #expect(missing.status == 2)
    }

    @Test func checkReportsAnActualOnADayAfterToday() throws {
        let folder = try CLI.temporaryDirectory()
        let curriculum = CLI.root.appendingPathComponent("curriculum/igma-femina").path
        let plan = folder.appendingPathComponent("later.plan.md")
        try
            "Curriculum: \(curriculum)\nTitel: x\nDatum: 2999-01-05\nDagindeling: 09:00-16:30\n\n- 1.A.1.1 (werkelijk 75 min)\n"
            .write(to: plan, atomically: true, encoding: .utf8)
        let output = try CLI.run(["check", plan.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("error[CUR722]: an actual time on day 1, dated 2999-01-05, after today"))
    }

    /// "Today" is the user's date, not UTC's: in zones 14 hours ahead of and 12 behind UTC (at any
    /// hour, one of them is on another date than UTC), a day given today (local date) is not after
    /// today, and tomorrow (local date) is.
    @Test(arguments: [("Etc/GMT-14", 14), ("Etc/GMT+12", -12)])
    func todayIsTheLocalDate(zone: String, hours: Int) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: hours * 3600))
        let now = Date()
        func written(_ date: Date) -> String {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        let folder = try CLI.temporaryDirectory()
        let curriculum = CLI.root.appendingPathComponent("curriculum/igma-femina").path
        for (date, future) in [(now, false), (now.addingTimeInterval(86_400), true)] {
            let plan = folder.appendingPathComponent("dag-\(written(date)).plan.md")
            try
                "Curriculum: \(curriculum)\nTitel: x\nDatum: \(written(date))\nDagindeling: 09:00-16:30\n\n- 1.A.1.1 (werkelijk 75 min)\n"
                .write(to: plan, atomically: true, encoding: .utf8)
            let output = try CLI.run(["check", plan.path], environment: ["TZ": zone])
            #expect(output.stderr.contains("CUR722") == future, "\(zone) \(written(date)): \(output.stderr)")
        }
    }

    @Test func planAndBudgetCalibrateOnTheDeliveries() throws {
        let plans = try Self.threeDeliveries()
        let plan = try CLI.run(
            [
                "plan", "--select", "1.B.1.2,1.A.1.1", "--start", "09:00", "--end", "16:30", "--calibrate",
                plans.joined(separator: ","),
            ]
                + [PlanCommandTests.curriculumPath])
        #expect(plan.status == 0, "\(plan.stderr)")
        // 1.B.1.2 at its median 80; 1.A.1.1, never given, at 60 × the median ratio (1.0 and 1.33: 1.17).
        #expect(plan.stdout.contains("  09:00-10:10  1.A.1.1"))
        #expect(plan.stdout.contains("  10:10-11:30  1.B.1.2"))
        #expect(plan.stdout.contains("Gekalibreerd op werkelijke tijden (mediaan):"))
        #expect(plan.stdout.contains("  1.B.1.2    80 min  (3× gegeven)"))
        #expect(plan.stdout.contains("Overige oefeningen: duur × 1,17, de mediane verhouding van 2 gegeven oefeningen"))
        // The JSON says the same: which durations are learnt, from how many deliveries.
        let arguments = [
            "plan", "--select", "1.B.1.2,1.A.1.1", "--start", "09:00", "--end", "16:30", "--format", "json",
        ]
        let json = try CLI.run(
            arguments + ["--calibrate", plans.joined(separator: ","), PlanCommandTests.curriculumPath])
        #expect(json.status == 0, "\(json.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let calibrated = decoded?["calibrated"] as? [String: Any]
        let exercises = calibrated?["exercises"] as? [[String: Any]] ?? []
        let swot = exercises.first { $0["id"] as? String == "1.B.1.2" }
        #expect(swot?["minutes"] as? Int == 80)
        #expect(swot?["deliveries"] as? Int == 3)
        #expect((calibrated?["ratio"] as? Double).map { abs($0 - 1.167) < 0.001 } == true)
        let plain = try CLI.run(arguments + [PlanCommandTests.curriculumPath])
        let plainDecoded = try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any]
        #expect(plainDecoded?["calibrated"] == nil, "no calibration, no key")
        let folder = URL(fileURLWithPath: plans[0]).deletingLastPathComponent().path
        let budget = try CLI.run(
            ["budget", PlanCommandTests.curriculumPath, "--select", "1.B.1.2", "--calibrate", folder])
        #expect(budget.status == 0, "\(budget.stderr)")
        #expect(budget.stdout.contains("80 min"))
        #expect(budget.stdout.contains("(3× gegeven)"))
    }
}
