import Foundation
import Testing

/// `check --fix [--dry-run]`, the safe fixes in SARIF, and `check --watch`, end to end on copies
/// of the shipped curriculum.
@Suite struct CheckFixCommandTests {
    /// A copy of the shipped curriculum with a misspelt label and a wrong annex number (each with
    /// one right answer), and an annex whose only near entry the exercise already cites.
    static func brokenCopy() throws -> URL {
        let folder = try CLI.temporaryDirectory().appendingPathComponent("igma-femina")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("curriculum/igma-femina"), to: folder)
        let module = folder.appendingPathComponent("module-1.md")
        var text = try String(contentsOf: module, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "- 1.A.1.2 bijlage 1: De IGMA-principes", with: "- 1.A.1.2 bijlage 3: De IGMA-principes")
        text = text.replacingOccurrences(
            of: "- 1.A.1.1 bijlage 1: De 6 rollen van de casemanager\n\n#### 1.A.1.2",
            with: "- 1.A.1.1 bijlage 1: De 6 rollen van de casemanager\n- 1.A.1.1 bijlage 2\n\n#### 1.A.1.2")
        try text.write(to: module, atomically: true, encoding: .utf8)
        let zero = folder.appendingPathComponent("module-0.md")
        let first = try String(contentsOf: zero, encoding: .utf8)
        try first.replacingOccurrences(of: "\nDuur: 60 minuten\n", with: "\nDuurr: 60 minuten\n").write(
            to: zero, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func dryRunShowsTheSafeFixesAndWritesNothing() throws {
        let folder = try Self.brokenCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let before = try String(contentsOf: folder.appendingPathComponent("module-1.md"), encoding: .utf8)
        let output = try CLI.run(["check", "--fix", "--dry-run", folder.path])
        #expect(output.stderr.contains("would fix [CUR401] '1.A.1.2 bijlage 3' → '1.A.1.2 bijlage 1'"))
        #expect(output.stderr.contains("would fix [CUR102] 'Duurr' → 'Duur'"))
        #expect(output.stderr.contains("would fix 2 findings in 2 files"))
        #expect(output.stdout.contains("-- 1.A.1.2 bijlage 3: De IGMA-principes"))
        #expect(output.stdout.contains("+- 1.A.1.2 bijlage 1: De IGMA-principes"))
        #expect(try String(contentsOf: folder.appendingPathComponent("module-1.md"), encoding: .utf8) == before)
        #expect(output.status == 1)
    }

    /// A Dutch user's terminal: the fixes and the count are said in Dutch.
    @Test func dryRunSpeaksDutchUnderADutchLocale() throws {
        let folder = try Self.brokenCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let output = try CLI.run(["check", "--fix", "--dry-run", folder.path], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(output.stderr.contains("te herstellen [CUR401] '1.A.1.2 bijlage 3' → '1.A.1.2 bijlage 1'"))
        #expect(output.stderr.contains("te herstellen [CUR102] 'Duurr' → 'Duur'"))
        #expect(output.stderr.contains("2 bevindingen in 2 bestanden te herstellen (nog niets gewijzigd)"))
        #expect(!output.stderr.contains("would fix"))
        #expect(output.stdout.contains("+- 1.A.1.2 bijlage 1: De IGMA-principes"))
    }

    /// The fix writes the one right answer and leaves the guess (an annex the exercise already
    /// cites) for a person.
    @Test func fixRepairsWhatHasOneRightAnswer() throws {
        let folder = try Self.brokenCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let output = try CLI.run(["check", "--fix", folder.path])
        #expect(output.stderr.contains("fixed 2 findings in 2 files"))
        let module = try String(contentsOf: folder.appendingPathComponent("module-1.md"), encoding: .utf8)
        #expect(module.contains("- 1.A.1.2 bijlage 1: De IGMA-principes"))
        #expect(module.contains("- 1.A.1.1 bijlage 2\n"))
        let zero = try String(contentsOf: folder.appendingPathComponent("module-0.md"), encoding: .utf8)
        #expect(!zero.contains("Duurr"))
        // What is left is the one finding without a single right answer.
        let again = try CLI.run(["check", "--format", "json", folder.path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let codes = (report["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes == ["CUR401"])
    }

    @Test func sarifCarriesFixesOnlyForSafeHints() throws {
        let folder = try Self.brokenCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let output = try CLI.run(["check", "--format", "sarif", "--select", "CUR401", folder.path])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = run["results"] as? [[String: Any]] ?? []
        #expect(results.count == 2)
        let fixed = results.filter { $0["fixes"] != nil }
        #expect(fixed.count == 1)
        let text = (fixed.first?["message"] as? [String: Any])?["text"] as? String
        #expect(text?.hasPrefix("`1.A.1.2 bijlage 3`") == true)
    }

    @Test func watchChecksAgainAfterASave() throws {
        let folder = try CLI.temporaryDirectory().appendingPathComponent("igma-femina")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("curriculum/igma-femina"), to: folder)
        let log = folder.deletingLastPathComponent().appendingPathComponent("watch.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["check", "--watch", folder.path]
        process.environment = ["NO_COLOR": "1"]
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        func waitFor(_ text: String) -> Bool {
            for _ in 0..<600 {
                if let seen = try? String(contentsOf: log, encoding: .utf8), seen.contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
        #expect(waitFor("for changes (Ctrl-C to stop)"))
        let module = folder.appendingPathComponent("module-1.md")
        let text = try String(contentsOf: module, encoding: .utf8)
        try text.replacingOccurrences(
            of: "- 1.A.1.2 bijlage 1: De IGMA-principes", with: "- 1.A.1.2 bijlage 3: De IGMA-principes"
        ).write(to: module, atomically: true, encoding: .utf8)
        #expect(waitFor("1 error"))
        #expect(waitFor("changed: checking again"))
        #expect(process.isRunning)
    }
}
