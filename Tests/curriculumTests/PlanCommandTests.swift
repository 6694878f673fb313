import Foundation
import Testing

/// `curriculum plan`, `plan diff` and `budget`, run as a trainer would, on the shipped curriculum.
@Suite struct PlanCommandTests {
    static let shippedPlan = "curriculum/igma-femina/plans/module-1-niveau-1.plan.md"
    static let issueCommand = [
        "plan", "--select", "1.A,1.B", "--level", "1", "--date", "2027-03-09", "--start", "09:00", "--end", "16:30",
        "--participants", "14", "--trainers", "2",
    ]

    /// A temporary `plans/` folder whose plans point at the shipped curriculum.
    static func planFolder() throws -> URL {
        let folder = try CLI.temporaryDirectory().appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func write(_ text: String, to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    static var curriculumPath: String { CLI.root.appendingPathComponent("curriculum/igma-femina").path }

    @Test func theIssueCommandGivesATimedAgenda() throws {
        let output = try CLI.run(Self.issueCommand)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Dag 1 · dinsdag 9 maart 2027 · 09:00-16:30"))
        #expect(output.stdout.contains("  09:00-10:00  1.A.1.1 Actuele situatie"))
        #expect(output.stdout.contains("  12:00-13:00  1.B.1.2 SWOT-analyse"))
        #expect(output.stdout.contains("14 deelnemers · 2 trainers"))
        #expect(output.stdout.contains("Einde van dag 1: 13:00 — past met 210 min speling"))
        #expect(output.stdout.contains("› voorstel: Pauze 15 min"))
        #expect(output.stderr.contains("warning[CUR712]"))
    }

    @Test func autoBreaksInsertBreaksAndLunchInTheWindow() throws {
        let output = try CLI.run(Self.issueCommand + ["--auto-breaks"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("  10:00-10:15          Pauze"))
        #expect(output.stdout.contains("  12:30-13:15          Lunch"))
        #expect(output.stdout.contains("(ingevoegd)"))
        #expect(!output.stderr.contains("CUR712"))
    }

    @Test func theShippedPlanFitsAndChecksClean() throws {
        let output = try CLI.run(["plan", Self.shippedPlan])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("  12:45-13:30          Lunch"))
        #expect(output.stdout.contains("Einde van dag 1: 16:00 — past met 30 min speling"))
        let check = try CLI.run(["check", Self.shippedPlan])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func writeSavesAPlanThatFailsOnceAnEditMakesItOverrun() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let plan = folder.appendingPathComponent("dinsdag.plan.md")
        let written = try CLI.run(
            Self.issueCommand + ["--auto-breaks", "--curriculum", Self.curriculumPath, "--write", plan.path])
        #expect(written.status == 0, "\(written.stderr)")
        var text = try String(contentsOf: plan, encoding: .utf8)
        #expect(text.contains("Dagindeling: 09:00-16:30"))
        #expect(text.contains("- 1.A.1.1 Actuele situatie"))
        #expect(text.contains("- Lunch 45 min"))
        let replay = try CLI.run(["plan", plan.path])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(try CLI.run(["check", plan.path]).status == 0)

        // Never over an existing file without --force.
        let again = try CLI.run(Self.issueCommand + ["--curriculum", Self.curriculumPath, "--write", plan.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: plan, encoding: .utf8) == text)

        // An edit that makes the day overrun fails `plan` and `check`, naming what spills.
        text += "- 1.C.1.1\n- 1.C.1.2\n- 1.C.1.3\n- 1.D.1.1\n"
        try Self.write(text, to: plan)
        let over = try CLI.run(["plan", plan.path])
        #expect(over.status == 1)
        #expect(over.stdout.contains("min te lang"))
        #expect(over.stderr.contains("error[CUR707]"))
        let check = try CLI.run(["check", plan.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("error[CUR707]"))
        #expect(check.stderr.contains("1.D.1.1"))

        let forced = try CLI.run(
            Self.issueCommand + ["--curriculum", Self.curriculumPath, "--write", plan.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
    }

    @Test func rewritingAPlanFileKeepsItsSettingsFixedTimesAndDays() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let source = folder.appendingPathComponent("bron.plan.md")
        let copy = folder.appendingPathComponent("kopie.plan.md")
        try Self.write(
            "Curriculum: \(Self.curriculumPath)\nTitel: bron\nDatum: 2027-03-09, 2027-03-10\nDagindeling: 09:00-16:30\nBuffer: 10%\n\n## Maandag\n\n- 1.A.1.1\n- 11:00 Pauze 15\n\n## Dinsdag\n\n- Welkom 20 min\n",
            to: source)
        let output = try CLI.run(["plan", source.path, "--write", copy.path])
        #expect(output.status == 0, "\(output.stderr)")
        let text = try String(contentsOf: copy, encoding: .utf8)
        #expect(text.contains("Buffer: 10%"))
        #expect(text.contains("- 11:00 Pauze 15 min"))
        #expect(text.contains("## Maandag") && text.contains("## Dinsdag"))
        #expect(text.contains("Datum: 2027-03-09, 2027-03-10"))
        let original = try CLI.run(["plan", source.path])
        let rewritten = try CLI.run(["plan", copy.path])
        #expect(original.stdout == rewritten.stdout)
    }

    @Test func checkOfACurriculumFolderChecksItsPlans() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("igma")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("curriculum/igma-femina"), to: copy)
        try Self.write(
            "Titel: kapot\nDagindeling: 16:30-09:00\n\n- 1.A.1.9\n",
            to: copy.appendingPathComponent("plans/kapot.plan.md"))
        let check = try CLI.run(["check", copy.path])
        #expect(check.stderr.contains("plans/kapot.plan.md:2:14: error[CUR703]"), "\(check.stderr)")
        #expect(check.status == 1)
    }

    @Test func unknownExerciseInAPlanPointsAtItsLine() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let plan = folder.appendingPathComponent("fout.plan.md")
        try Self.write("Curriculum: \(Self.curriculumPath)\nTitel: fout\n\n- 1.A.1.1\n- 1.A.1.9\n", to: plan)
        let output = try CLI.run(["plan", plan.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("fout.plan.md:5:3: error[CUR701]"), "\(output.stderr)")
    }

    @Test(.enabled(if: ExternalTool.hasPythonModule("icalendar"), "needs Python's icalendar (pip install icalendar)"))
    func icsIsReadByAnIndependentParser() throws {
        let output = try CLI.run(
            ["plan", Self.shippedPlan, "--format", "ics"], environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(output.status == 0, "\(output.stderr)")
        let bytes = Array(output.stdout.utf8)
        // CRLF everywhere, and no line longer than 75 octets.
        var lineLength = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A)
                #expect(lineLength <= 75)
                lineLength = 0
                index += 2
                continue
            }
            #expect(bytes[index] != 0x0A, "a bare LF at byte \(index)")
            lineLength += 1
            index += 1
        }
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            events = [c for c in cal.walk('VEVENT')]
            tz = [c for c in cal.walk('VTIMEZONE')]
            print(len(events), len(tz), tz[0]['TZID'])
            for e in events:
                start = e.decoded('DTSTART'); end = e.decoded('DTEND')
                print(str(e['UID']), start.strftime('%Y-%m-%d %H:%M'), end.strftime('%H:%M'), str(start.tzinfo), e.decoded('DTSTAMP').strftime('%Y%m%dT%H%M%S'), str(e['SUMMARY']))
            print(str(events[1]['DESCRIPTION']))
            print(str(cal['X-WR-CALNAME']))
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: output.stdout)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Exercises and lunch; the three short breaks are the gaps between them (issue 12, case 9).
        #expect(lines.first == "8 1 Europe/Amsterdam")
        #expect(!lines.contains { $0.hasSuffix(" Pauze") })
        #expect(
            lines.contains {
                $0.contains("2027-03-09 09:15 10:15") && $0.contains("1.A.1.1 Actuele situatie")
                    && $0.contains("20270115T080000")
            })
        #expect(lines.contains { $0.contains("2027-03-09 12:45 13:30") && $0.hasSuffix("Lunch") })
        let uids = lines.dropFirst().prefix(8).map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(Set(uids).count == 8, "UIDs are unique")
        #expect(result.stdout.contains("Leerdoelen:"))
        // X-WR-CALNAME is an extension property: icalendar leaves its TEXT escapes (`\,`) in place.
        #expect(
            lines.last?.replacingOccurrences(of: "\\,", with: ",")
                == "Module 1, niveau 1: profiel, netwerk en stapsgewijze ontwikkeling")
    }

    /// Issue 14, item 8: control characters in a title (every C0 but NUL, which makes the file
    /// binary, and the line breaks that end the item; and DEL) never reach the calendar.
    @Test(.enabled(if: ExternalTool.hasPythonModule("icalendar"), "needs Python's icalendar (pip install icalendar)"))
    func icsDropsControlCharactersFromText() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let plan = folder.appendingPathComponent("controls.plan.md")
        let controls = (Array(0x01...0x1F) + [0x7F]).filter { $0 != 0x0A && $0 != 0x0D }
            .compactMap(Unicode.Scalar.init).map { String(Character($0)) }.joined()
        try Self.write(
            "Curriculum: \(Self.curriculumPath)\nTitel: t\(controls)t\nDatum: 2027-03-09\n\n"
                + "- Welkom\(controls)koffie 20 min\n- 1.A.1.1\n",
            to: plan)
        let output = try CLI.run(
            ["plan", plan.path, "--format", "ics"], environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(output.status == 0, "\(output.stderr)")
        let bytes = Array(output.stdout.utf8)
        for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x7F {
            let isLineEnd =
                (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A)
                || (byte == 0x0A && index > 0 && bytes[index - 1] == 0x0D)
            #expect(isLineEnd, "control byte \(byte) at \(index)")
        }
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            for e in cal.walk('VEVENT'): print(str(e['SUMMARY']))
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: output.stdout)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").first == "Welkom koffie")
    }

    @Test(.enabled(if: ExternalTool.has("python3"), "needs python3 for its csv module"))
    func csvIsReadByPythonsCSVModule() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let plan = folder.appendingPathComponent("csv.plan.md")
        try Self.write(
            "Curriculum: \(Self.curriculumPath)\nTitel: csv\nDatum: 2027-03-09\n\n- Welkom, koffie en \"kennismaking\" 20 min\n- 1.A.1.1\n- 10:45 Pauze 15\n",
            to: plan)
        let output = try CLI.run(["plan", plan.path, "--format", "csv"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("\r\n"))
        let script = """
            import sys, csv, io
            rows = list(csv.reader(io.StringIO(sys.stdin.read(), newline='')))
            print(len(rows))
            for row in rows: print('|'.join(row))
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: output.stdout)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "4")
        #expect(
            lines[1]
                == "dag|datum|begin|einde|laatste_begin|laatste_einde|soort|id|titel|minuten_min|minuten_max|vast|ingevoegd"
        )
        #expect(lines[2] == "1|2027-03-09|09:00|09:20|09:00|09:20|vrij||Welkom, koffie en \"kennismaking\"|20|20||nee")
        #expect(lines[4] == "1|2027-03-09|10:45|11:00|10:45|11:00|pauze||Pauze|15|15|10:45|nee")
    }

    /// Issue 14, item 6: a plan item titled as a formula is written as text, which a spreadsheet
    /// shows rather than runs.
    @Test(.enabled(if: ExternalTool.has("python3"), "needs python3 for its csv module"))
    func csvNeutralisesFormulaTitles() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let plan = folder.appendingPathComponent("formula.plan.md")
        try Self.write(
            "Curriculum: \(Self.curriculumPath)\nTitel: csv\nDatum: 2027-03-09\n\n"
                + "- =HYPERLINK(\"http://evil.example\";\"klik\") 20 min\n- @SUM(A1:A9) 10 min\n- 1.A.1.1\n",
            to: plan)
        let output = try CLI.run(["plan", plan.path, "--format", "csv"])
        #expect(output.status == 0, "\(output.stderr)")
        let script = """
            import sys, csv, io
            for row in csv.reader(io.StringIO(sys.stdin.read(), newline='')): print('|'.join(row))
            """
        let result = try ExternalTool.run(["python3", "-c", script], input: output.stdout)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[1].contains("|vrij||'=HYPERLINK(\"http://evil.example\";\"klik\")|20|20||nee"))
        #expect(lines[2].contains("|vrij||'@SUM(A1:A9)|10|10||nee"))
        #expect(lines[3].contains("|1.A.1.1|Actuele situatie"))
    }

    /// Issue 12, case 5: an unknown exercise keeps its place, marked, and the verdict says so.
    @Test func anUnknownExerciseIsMarkedInTheAgendaAndTheVerdictIsNotFits() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let plan = folder.appendingPathComponent("fout.plan.md")
        try Self.write(
            "Curriculum: \(Self.curriculumPath)\nTitel: fout\nDagindeling: 09:00-16:30\n\n- 1.A.1.1\n- 1.A.1.9\n- 1.A.1.2\n",
            to: plan)
        let output = try CLI.run(["plan", plan.path])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        let unknown = lines.firstIndex { $0.contains("1.A.1.9") && $0.contains("onbekende oefening 1.A.1.9") }
        let before = lines.firstIndex { $0.contains("1.A.1.1 ") }
        let after = lines.firstIndex { $0.contains("1.A.1.2 ") }
        #expect(unknown != nil, "\(output.stdout)")
        if let unknown, let before, let after { #expect(before < unknown && unknown < after) }
        #expect(!output.stdout.contains("Verdict: fits"), "\(output.stdout)")
        #expect(output.stdout.contains("Oordeel: bevat fouten — onbekende oefening 1.A.1.9"), "\(output.stdout)")
        let json = try CLI.run(["plan", plan.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["fits"] as? Bool == false)
    }

    /// Issue 12, case 5: an item that runs past a fixed start is marked, as is the fixed item.
    @Test func anOverlapWithAFixedTimeIsMarkedAtBothItems() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let plan = folder.appendingPathComponent("overlap.plan.md")
        try Self.write(
            "Curriculum: \(Self.curriculumPath)\nTitel: overlap\nDagindeling: 09:00-16:30\n\n- 1.A.1.1\n- 09:30 1.A.1.2\n",
            to: plan)
        let output = try CLI.run(["plan", plan.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("loopt door na de vaste begintijd 09:30 van 1.A.1.2"), "\(output.stdout)")
        #expect(output.stdout.contains("overlapt tot 10:00"), "\(output.stdout)")
        #expect(!output.stdout.contains("Verdict: fits"), "\(output.stdout)")
        #expect(output.stdout.contains("Oordeel: bevat fouten — 1.A.1.1 loopt door na de vaste begintijd 09:30"))
    }

    /// Issue 12, case 2: two dates are two days; what does not fit in them is left out.
    /// `--balance` keeps the order and the number of days, and its longest day is no longer than
    /// filling's (the property test in DaySplitPropertyTests proves it the shortest).
    @Test func balanceEvensOutTheDaysOfTheShippedCurriculum() throws {
        let command = [
            "plan", "--select", "1", "--level", "1", "--start", "09:00", "--end", "16:30", "--auto-breaks",
            "--format", "json", "--curriculum", Self.curriculumPath,
        ]
        func days(_ arguments: [String]) throws -> (ids: [String], ends: [String]) {
            let output = try CLI.run(arguments)
            #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
            let days = object?["days"] as? [[String: Any]] ?? []
            let ids = days.flatMap { ($0["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
            return (ids, days.compactMap { $0["latestEnd"] as? String })
        }
        let filled = try days(command)
        let balanced = try days(command + ["--balance"])
        #expect(filled.ends.count > 1)
        #expect(balanced.ends.count == filled.ends.count)
        #expect(balanced.ids == filled.ids)
        #expect(try #require(balanced.ends.max()) <= (try #require(filled.ends.max())))
        let refused = try CLI.run(["plan", "--fill", "--topics", "1.A", "--balance"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("'--balance' evens out the days of a --select"))
    }

    @Test func icsPerDayGivesOneEventPerDayAndNeedsTheCalendarFormat() throws {
        let output = try CLI.run(
            ["plan", Self.shippedPlan, "--format", "ics", "--ics-per-day"],
            environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.components(separatedBy: "BEGIN:VEVENT").count == 2)
        #expect(output.stdout.contains("SUMMARY:Dag 1: Module 1"))
        let refused = try CLI.run(["plan", Self.shippedPlan, "--ics-per-day"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("give it with --format ics"))
    }

    @Test func datesFixTheNumberOfDays() throws {
        let command = [
            "plan", "--select", "2", "--level", "1", "--date", "2027-04-14", "--date", "2027-04-15", "--start", "09:00",
            "--end", "16:00", "--auto-breaks", "--curriculum", Self.curriculumPath,
        ]
        let output = try CLI.run(command)
        #expect(output.status == 1, "\(output.stdout)")
        #expect(!output.stdout.contains("Dag 3"), "\(output.stdout)")
        #expect(output.stdout.contains("Past niet in 2 dagen"))
        #expect(output.stdout.contains("Oordeel: past niet"))
        let json = try CLI.run(command + ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["fits"] as? Bool == false)
        #expect((object?["leftOut"] as? [String])?.isEmpty == false)
        #expect((object?["days"] as? [Any])?.count == 2)
    }

    /// The plan of issue 12, cases 2 to 4: module 2, level 1, on two dates.
    static let twoDates = [
        "plan", "--select", "2", "--level", "1", "--date", "2027-04-14", "--date", "2027-04-15", "--start", "09:00",
        "--end", "16:00", "--auto-breaks", "--curriculum", curriculumPath,
    ]

    /// Issue 12, case 4: day 1 is filled as the rules allow; the 120-min 2.C.1.1 is placed, not
    /// pushed to day 2, with one warning that names it.
    @Test func aDayIsFilledAsTheRulesAllow() throws {
        let output = try CLI.run(Self.twoDates)
        let day1 = output.stdout.components(separatedBy: "Dag 2").first ?? ""
        #expect(day1.contains("  14:00-16:00  2.C.1.1 Ontwerp van een progressieladder"), "\(output.stdout)")
        #expect(day1.contains("Einde van dag 1: 16:00"))
        #expect(output.stderr.components(separatedBy: "2.C.1.1 takes 120 min on its own").count == 2)
    }

    /// Issue 12, case 3: lunch is inserted inside its window or not at all, and the plan written
    /// with --write plans again without a finding about a break or lunch the tool placed.
    @Test func insertedLunchStaysInItsWindowAndAWrittenPlanPlansClean() throws {
        let output = try CLI.run(Self.twoDates)
        let lunches = output.stdout.split(separator: "\n").filter { $0.contains(" Lunch ") }
        #expect(!lunches.isEmpty)
        for lunch in lunches {
            let start = String(lunch.trimmingCharacters(in: .whitespaces).prefix(5))
            #expect(start >= "12:00" && start <= "12:45", "\(lunch)")
        }
        #expect(output.stderr.contains("across the lunch window 12:00-13:30"), "\(output.stderr)")
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let plan = folder.appendingPathComponent("twee.plan.md")
        let written = try CLI.run(Self.twoDates + ["--write", plan.path])
        #expect(written.stderr.contains("wrote"), "\(written.stderr)")
        let again = try CLI.run(["plan", plan.path])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(!again.stderr.contains("lunch starts at"), "\(again.stderr)")
        #expect(!again.stderr.contains("without a lunch"), "\(again.stderr)")
        #expect(!again.stderr.contains("without a break"), "\(again.stderr)")
        #expect(!again.stdout.contains("suggested"), "\(again.stdout)")
    }

    @Test func jsonHasEveryItemWithItsTimes() throws {
        let output = try CLI.run(["plan", Self.shippedPlan, "--format", "json"])
        #expect(output.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let days = object?["days"] as? [[String: Any]]
        let items = days?.first?["items"] as? [[String: Any]]
        #expect(items?.count == 11)
        #expect(items?[1]["id"] as? String == "1.A.1.1")
        #expect(items?[1]["start"] as? String == "09:15")
        #expect(object?["fits"] as? Bool == true)
    }

    @Test func splitOverDaysAndCapWithDays() throws {
        let output = try CLI.run([
            "plan", "--select", "1", "--level", "1", "--start", "09:00", "--end", "16:30", "--auto-breaks",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Dag 2 · 09:00-16:30"))
        let capped = try CLI.run([
            "plan", "--select", "1", "--level", "1", "--start", "09:00", "--end", "16:30", "--auto-breaks", "--days",
            "1",
        ])
        #expect(capped.status == 1)
        #expect(capped.stdout.contains("Past niet in 1 dag"))
        #expect(capped.stdout.contains("1.E.1.2"))
    }

    @Test func fillSaysWhatItLeftOutAndThatItIsExact() throws {
        let output = try CLI.run([
            "plan", "--fill", "--topics", "1.A,1.B,1.C,1.D", "--level", "1", "--start", "09:00", "--end", "13:00",
        ])
        #expect(
            output.stdout.contains("(dynamisch programmeren over de ingedeelde dag, exact)"),
            "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("dekt 4 van 4 onderwerpen"))
        #expect(output.stdout.contains("Weggelaten:"))
        #expect(output.stdout.contains("voegt niets toe"))
        #expect(output.status == 0, "\(output.stderr)")
    }

    @Test func diffNamesAddedRemovedMovedAndShifted() throws {
        let folder = try Self.planFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let head = "Curriculum: \(Self.curriculumPath)\nTitel: d\nDagindeling: 09:00-16:30\n\n"
        let old = folder.appendingPathComponent("old.plan.md")
        let new = folder.appendingPathComponent("new.plan.md")
        try Self.write(head + "- 1.A.1.1\n- 1.A.1.2\n- 1.B.1.1\n", to: old)
        try Self.write(head + "- Welkom 15 min\n- 1.B.1.1\n- 1.A.1.1\n- 1.C.1.1\n", to: new)
        let output = try CLI.run(["plan", "diff", old.path, new.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("+ 1.C.1.1"))
        #expect(output.stdout.contains("- 1.A.1.2"))
        #expect(
            output.stdout.contains(
                "~ 1.A.1.1 Actuele situatie in de ondersteuning en begeleiding van migranten vrouwen: verplaatst, begint 75 min later (09:00 → 10:15)"
            ))
        #expect(output.stdout.contains("verplaatst"))
        let same = try CLI.run(["plan", "diff", old.path, old.path])
        #expect(same.status == 0)
    }

    @Test func budgetTotalsAndTarget() throws {
        let fits = try CLI.run(["budget", "--select", "1.A", "--level", "1", "--day", "6h", "--target", "1d"])
        #expect(fits.status == 0, "\(fits.stderr)")
        #expect(fits.stdout.contains("1.A    Profiel van de professional"))
        #expect(fits.stdout.contains("Oordeel: past in 1 dag van 6 uur: nodig 1"))
        let over = try CLI.run(["budget", "--day", "6h", "--target", "18h"])
        #expect(over.status == 1)
        #expect(over.stdout.contains("Oordeel: past niet in 18 uur"))
    }

    /// Issue 12, case 6: an exercise longer than the day never fits, and `budget` says so.
    @Test func budgetReportsAnExerciseLongerThanTheDay() throws {
        let output = try CLI.run(["budget", "--select", "1.A", "--level", "1", "--day", "45min"])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.contains("error[CUR723]: exercise 1.A.1.1 takes 60 min"), "\(output.stderr)")
        #expect(output.stderr.contains("no day can hold it"))
        let fits = try CLI.run(["budget", "--select", "1.A", "--level", "1", "--day", "60min"])
        #expect(fits.status == 0, "\(fits.stderr)")
        #expect(!fits.stderr.contains("CUR723"))
    }

    @Test(arguments: [
        (["plan"], "give a plan file"),
        (["plan", "--select", "9.Z"], "the curriculum has no 9.Z"),
        (["plan", "--select", "1.A", "--start", "25:00", "--end", "16:00"], "--start"),
        (["plan", "--select", "1.A", "--start", "16:00", "--end", "09:00"], "before or when it starts"),
        (["plan", "--fill", "--level", "1"], "needs --topics"),
        (["budget", "--target", "soon"], "--target"),
        (["budget", "--day", "6", "--target", "3d"], "'6' for '--day' is a number without a unit"),
        (["budget", "--day", "6h", "--target", "20"], "such as days (20d), hours (20h) or minutes (20 min)"),
    ])
    func usageMistakesExitTwo(arguments: [String], message: String) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 2, "\(output.stdout)\(output.stderr)")
        #expect(output.stderr.contains(message), "\(output.stderr)")
    }
}
