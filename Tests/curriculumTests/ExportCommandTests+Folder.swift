import Foundation
import Testing

/// Issue 17: several plans in one call, `--output-dir`, one handout per plan named after its file;
/// every output checked before any work, all written or none, and PDFs printed by one browser.
extension ExportCommandTests {
    /// A copy of the fixture plan in `folder`, naming the shipped curriculum by its absolute path;
    /// `replacing` changes its text (a bad exercise ID, for a plan that fails).
    static func planCopy(_ name: String, in folder: URL, replacing: (String, String)? = nil) throws -> String {
        var text = try String(contentsOf: CLI.root.appendingPathComponent(plan), encoding: .utf8)
            .replacingOccurrences(
                of: "Curriculum: ../../../curriculum/igma-femina",
                with: "Curriculum: \(CLI.root.appendingPathComponent("curriculum/igma-femina").path)")
        if let (old, new) = replacing { text = text.replacingOccurrences(of: old, with: new) }
        let path = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: [
        (["export", "--plan", plan, "--plan", plan, "--format", "md"], "several plans need --output-dir"),
        (["export", "--plan", plan, "--output", "x.md", "--output-dir", "out"], "give --output FILE or --output-dir"),
        (
            ["export", "curriculum/igma-femina", "--select", "1.A", "--output-dir", "out"],
            "--output-dir goes with --plan"
        ),
        (
            ["export", "curriculum/igma-femina", "--module", "1", "--output-dir", "out"],
            "--output-dir goes with --plan"
        ),
    ])
    func folderUsageErrors(arguments: [String], message: String) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: CLI.root.appendingPathComponent("out").path))
    }

    @Test func theUsageErrorsSpeakDutch() throws {
        let output = try CLI.run(["export", "--lang", "nl", "--plan", Self.plan, "--plan", Self.plan])
        #expect(output.status == 2)
        #expect(output.stderr.contains("voor meer plannen is --output-dir MAP nodig"), "\(output.stderr)")
    }

    /// Two plans whose handouts would have one name: refused, naming both, nothing written.
    @Test func twoPlansForOneNameAreRefused() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.planCopy("a/dinsdag.plan.md", in: folder)
        let second = try Self.planCopy("b/dinsdag.md", in: folder)
        let out = folder.appendingPathComponent("out")
        let output = try CLI.run(["export", "--plan", first, "--plan", second, "--output-dir", out.path])
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.contains("'\(first)' and '\(second)' would both be written to 'dinsdag.html'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A new folder gets one file per plan, named after the plan file, each the same as one export.
    @Test func twoPlansIntoANewFolder() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let monday = try Self.planCopy("maandag.plan.md", in: folder)
        let tuesday = try Self.planCopy("dinsdag.md", in: folder, replacing: ("Datum: 2027-03-09", "Datum: 2027-03-10"))
        let out = folder.appendingPathComponent("handouts/dag")
        let output = try CLI.run([
            "export", "--plan", monday, "--plan", tuesday, "--format", "md", "--output-dir", out.path,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.files(in: out) == ["dinsdag.md", "maandag.md"])
        for (plan, name) in [(monday, "maandag.md"), (tuesday, "dinsdag.md")] {
            let alone = try CLI.run(["export", "--plan", plan, "--format", "md"]).stdout
            #expect(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) == alone)
        }
        // One plan with --output-dir works too, into the existing folder, beside what is there.
        let one = try CLI.run(["export", "--plan", monday, "--format", "txt", "--output-dir", out.path])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(Self.files(in: out) == ["dinsdag.md", "maandag.md", "maandag.txt"])
    }

    /// Every existing output is reported, none is replaced and nothing is written; --force replaces.
    @Test func existingFilesAreReportedAndKept() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try ["een", "twee", "drie"].map { try Self.planCopy("\($0).plan.md", in: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        for name in ["een.html", "drie.html"] {
            try "mine".write(to: out.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let arguments = ["export"] + plans.flatMap { ["--plan", $0] } + ["--output-dir", out.path]
        let output = try CLI.run(arguments)
        #expect(output.status == 1, "\(output.stderr)")
        for name in ["een.html", "drie.html"] {
            #expect(output.stderr.contains("'\(out.appendingPathComponent(name).path)' already exists"))
            #expect(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) == "mine")
        }
        #expect(output.stderr.contains("choose another --output-dir"), "\(output.stderr)")
        #expect(Self.files(in: out) == ["drie.html", "een.html"], "twee.html was not written either")
        let forced = try CLI.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("een.html"), encoding: .utf8).hasPrefix("<!DOCTYPE"))
    }

    /// A handout that would replace a plan it reads is refused, with --force too.
    @Test func anOutputThatIsAnInputIsRefused() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try Self.planCopy("dag.md", in: folder)
        let before = try String(contentsOfFile: plan, encoding: .utf8)
        let output = try CLI.run([
            "export", "--plan", plan, "--format", "md", "--output-dir", folder.path, "--force",
        ])
        #expect(output.status == 2, "\(output.stderr)")
        #expect(output.stderr.contains("--output-dir '\(plan)' is a file this command reads"), "\(output.stderr)")
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == before)
    }

    /// One plan that fails among two: its findings are reported and no file is written.
    @Test(arguments: ["md", "pdf"]) func oneBadPlanWritesNothing(format: String) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Self.planCopy("goed.plan.md", in: folder)
        let bad = try Self.planCopy("fout.plan.md", in: folder, replacing: ("- 1.D.1.2\n", "- 1.D.1.9\n"))
        let counter = folder.appendingPathComponent("starts.txt")
        let browser = try Self.countingBrowser(in: folder, counter: counter, then: "exec /usr/bin/chromium \"$@\"")
        let out = folder.appendingPathComponent("out")
        let output = try CLI.run([
            "export", "--plan", good, "--plan", bad, "--format", format, "--output-dir", out.path, "--browser",
            browser.path,
        ])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.contains("1.D.1.9"), "the bad plan's finding: \(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "no folder, no file")
        #expect(!FileManager.default.fileExists(atPath: counter.path), "no browser started")
    }
}
