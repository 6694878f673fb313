import Foundation
import Testing

/// `curriculum import carpentries`, run as an instructor would, on two real Workbench lessons.
@Suite struct ImportCommandTests {
    static let lessons = CLI.fixtures.appendingPathComponent("carpentries")
    static let gitNovice = lessons.appendingPathComponent("git-novice").path

    /// One episode as the Workbench sees it: its ID in the import and its minutes.
    struct Episode {
        var id: String
        var minutes: Int
    }

    /// The Workbench's schedule, computed here from the lesson's own files without the importer:
    /// `config.yaml`'s `episodes:` list in order, each episode's front matter `teaching` +
    /// `exercises` (5 minutes when it gives neither).
    static func workbenchEpisodes(_ lesson: String) throws -> [Episode] {
        let config = try String(contentsOfFile: lesson + "/config.yaml", encoding: .utf8)
        var names: [String] = []
        var inEpisodes = false
        for line in config.components(separatedBy: "\n") {
            if line.hasPrefix("episodes:") {
                inEpisodes = true
            } else if inEpisodes, line.hasPrefix("- ") {
                names.append(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces))
            } else if inEpisodes, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                inEpisodes = false
            }
        }
        return try names.enumerated().map { index, name in
            let text = try String(contentsOfFile: lesson + "/episodes/" + name, encoding: .utf8)
            let frontMatter = text.components(separatedBy: "---")[1]
            func minutes(_ key: String) -> Int? {
                frontMatter.components(separatedBy: .newlines).first { $0.hasPrefix(key + ":") }
                    .flatMap { Int($0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespacesAndNewlines)) }
            }
            let teaching = minutes("teaching")
            let exercises = minutes("exercises")
            let total = teaching == nil && exercises == nil ? 5 : (teaching ?? 0) + (exercises ?? 0)
            return Episode(id: "1.A.\(index + 1)", minutes: total)
        }
    }

    static func clock(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    static func minutes(_ clock: Substring) -> Int {
        let parts = clock.split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : -1
    }

    @Test func anInstructorPlansATwoMorningWorkshopInTwoCommands() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try CLI.run(["import", "carpentries", Self.gitNovice, "--output", "git-workshop"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 14 episodes"))
        let plan = try CLI.run(
            [
                "plan", "git-workshop", "--select", "1", "--date", "2027-03-09", "--date", "2027-03-10", "--start",
                "09:00", "--end", "12:00", "--auto-breaks",
            ], in: folder)
        #expect(plan.status == 0, "\(plan.stderr)")
        let lines = plan.stdout.components(separatedBy: "\n")
        // Two days, each with its date and its frame, and nothing after 12:00.
        let days = lines.filter { $0.hasPrefix("Day ") }
        #expect(
            days == ["Day 1 · Tuesday 9 March 2027 · 09:00-12:00", "Day 2 · Wednesday 10 March 2027 · 09:00-12:00"])
        #expect(plan.stdout.contains("Verdict: fits — 2 days"))
        // Breaks inserted between episodes.
        #expect(lines.contains { $0.contains("Break") && $0.contains("(inserted)") })
        // Every episode once, in the lesson's order, at clock times that follow each other and
        // last the episode's teaching + exercises.
        let expected = try Self.workbenchEpisodes(Self.gitNovice)
        let row = #/^  (\d\d:\d\d)-(\d\d:\d\d)  (1\.A\.\d+) /#
        var found: [(id: String, start: Int, end: Int, day: Int)] = []
        var day = 0
        var dayEnds: [Int] = []
        for line in lines {
            if line.hasPrefix("Day ") {
                day += 1
                dayEnds.append(9 * 60)
            }
            let times = line.prefixMatch(of: #/^  (\d\d:\d\d)-(\d\d:\d\d)  /#)
            if let times {
                // Items (episodes and breaks) follow each other without a gap or an overlap.
                #expect(Self.minutes(times.1) == dayEnds[day - 1], "\(line)")
                dayEnds[day - 1] = Self.minutes(times.2)
            }
            if let match = line.prefixMatch(of: row) {
                found.append((String(match.3), Self.minutes(match.1), Self.minutes(match.2), day))
            }
        }
        #expect(found.map(\.id) == expected.map(\.id))
        #expect(found.map { $0.end - $0.start } == expected.map(\.minutes))
        #expect(found.first?.start == 9 * 60)
        #expect(Set(found.map(\.day)) == [1, 2])
        #expect(found.allSatisfy { $0.end <= 12 * 60 })
        #expect(dayEnds.allSatisfy { $0 <= 12 * 60 })
    }

    @Test(arguments: ["git-novice", "python-novice-inflammation"])
    func plannedFromMidnightWithoutBreaksTheWorkbenchScheduleIsReproduced(lesson: String) throws {
        let path = Self.lessons.appendingPathComponent(lesson).path
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try CLI.run(["import", "carpentries", path, "--output", "imported"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        let plan = try CLI.run(
            ["plan", "imported", "--select", "1", "--start", "00:00", "--end", "23:59", "--format", "json"], in: folder)
        #expect(plan.status == 0, "\(plan.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        let days = object?["days"] as? [[String: Any]] ?? []
        #expect(days.count == 1)
        let items = (days.first?["items"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "exercise" }
        // The Workbench's schedule: each episode starts where the previous ended, from 00:00.
        var start = 0
        var workbench: [[String]] = []
        for episode in try Self.workbenchEpisodes(path) {
            workbench.append([episode.id, Self.clock(start), Self.clock(start + episode.minutes)])
            start += episode.minutes
        }
        let planned = items.map { item in ["id", "start", "end"].map { item[$0] as? String ?? "?" } }
        #expect(planned == workbench)
        #expect(workbench.count >= 12)
    }

    @Test(arguments: ["git-novice", "python-novice-inflammation"])
    func theImportedFolderPassesCheckAndFmt(lesson: String) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = Self.lessons.appendingPathComponent(lesson).path
        #expect(try CLI.run(["import", "carpentries", path, "--output", "imported"], in: folder).status == 0)
        let check = try CLI.run(["check", "imported"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("0 errors"), "\(check.stderr)")
        #expect(try CLI.run(["fmt", "--check", "imported"], in: folder).status == 0)
        let license = try String(contentsOf: folder.appendingPathComponent("imported/LICENSE.md"), encoding: .utf8)
        #expect(license.contains("Creative Commons"))
    }

    /// A copy of git-novice with one file replaced (or removed, for `nil`).
    static func brokenLesson(in folder: URL, _ file: String, _ content: Data?) throws -> String {
        let lesson = folder.appendingPathComponent("lesson")
        try FileManager.default.copyItem(atPath: gitNovice, toPath: lesson.path)
        let target = lesson.appendingPathComponent(file)
        try? FileManager.default.removeItem(at: target)
        if let content { #expect(FileManager.default.createFile(atPath: target.path, contents: content)) }
        return "lesson"
    }

    @Test(arguments: [
        ("config.yaml", Data(), "lesson/config.yaml:1:1: error[CUR004]"),
        ("episodes/03-create.md", Data("---\n\0".utf8), "lesson/episodes/03-create.md:2:1: error[CUR003]"),
        ("config.yaml", Data("title: 'Git'\nepisodes:\nlang: en\n".utf8), "lesson/config.yaml:2:1: error[CUR952]"),
        ("episodes/05-history.md", nil, "lesson/config.yaml:66:1: error[CUR001]"),
        ("config.yaml", nil, "error[CUR950]: 'lesson' holds no config.yaml"),
        ("config.yaml", Data("title: Git: the basics\n".utf8), "lesson/config.yaml:1:11: error[CUR951]"),
    ])
    func badInputExitsTwoWithItsPlaceAndWritesNothing(file: String, content: Data?, message: String) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = try Self.brokenLesson(in: folder, file, content)
        let output = try CLI.run(["import", "carpentries", lesson, "--output", "out"], in: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["lesson"])
    }

    @Test func anEpisodeWithoutTimingsCountsFiveMinutesWithAWarningAndImports() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = try Self.brokenLesson(
            in: folder, "episodes/04-changes.md", Data("---\ntitle: Tracking Changes\n---\n\nText.\n".utf8))
        let output = try CLI.run(["import", "carpentries", lesson, "--output", "out"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("lesson/episodes/04-changes.md:1:1: warning[CUR953]"), "\(output.stderr)")
        #expect(output.stdout.contains("imported 14 episodes (2 hours 57 min)"))
        let show = try CLI.run(["show", "1.A.4", "out"], in: folder)
        #expect(show.stdout.contains("5 min"), "\(show.stdout)")
    }

    @Test func anExistingFolderIsReplacedOnlyWithForce() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = folder.appendingPathComponent("out/mine.md")
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "mine".write(to: mine, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["import", "carpentries", Self.gitNovice, "--output", "out"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("error[CUR804]: 'out' already exists"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out") == ["mine.md"])
        let forced = try CLI.run(["import", "carpentries", Self.gitNovice, "--output", "out", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/out").sorted()
        #expect(names == ["LICENSE.md", "README.md", "curriculum.md", "module-1.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out"])
    }

    @Test func importHelpListsTheImportersAndUsageMistakesExitTwo() throws {
        let help = try CLI.run(["import", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("SUBCOMMANDS:"))
        #expect(help.stdout.contains("  carpentries "))
        #expect(try CLI.run(["help", "import", "carpentries"]).stdout.contains("--output <dir>"))
        let noOutput = try CLI.run(["import", "carpentries", Self.gitNovice])
        #expect(noOutput.status == 2)
        #expect(noOutput.stderr.contains("error: missing '--output <dir>'"), "\(noOutput.stderr)")
        let unknown = try CLI.run(["import", "carpentry", "x"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("'carpentries'"), "\(unknown.stderr)")
    }
}
