import Foundation
import Testing

/// The command line end to end: runs the built binary and checks stdout, stderr and exit status.
@Suite struct CommandLineTests {
    /// The summary line's timing varies from run to run.
    static func stable(_ text: String) -> String {
        text.replacingOccurrences(of: #"\(\d+[.,]\d\d s\)"#, with: "(TIME)", options: .regularExpression)
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func rootHelp(_ arguments: [String]) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        let snapshot = CLI.snapshot(output.stdout, named: "help.txt")
        #expect(snapshot.matches, "help differs from Snapshots/help.txt:\n\(output.stdout)")
    }

    @Test(arguments: ["check", "list", "show", "completions", "help"])
    func subcommandHelpAgreesEverywhere(_ name: String) throws {
        let viaOption = try CLI.run([name, "--help"])
        let viaHelp = try CLI.run(["help", name])
        let viaShort = try CLI.run([name, "-h"])
        #expect(viaOption.status == 0)
        #expect(viaOption.stdout == viaHelp.stdout)
        #expect(viaOption.stdout == viaShort.stdout)
        #expect(viaOption.stdout.hasPrefix("OVERVIEW: "))
        #expect(viaOption.stdout.contains("USAGE: curriculum \(name)"))
        #expect(viaOption.stdout.contains("-h, --help"))
    }

    @Test func checkHelpSnapshot() throws {
        let output = try CLI.run(["check", "--help"])
        let snapshot = CLI.snapshot(output.stdout, named: "check-help.txt")
        #expect(snapshot.matches, "differs from Snapshots/check-help.txt:\n\(output.stdout)")
    }

    @Test func version() throws {
        let output = try CLI.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test func unknownSubcommandSuggestsAndExitsTwo() throws {
        let output = try CLI.run(["chekc"])
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr == """
                error: unknown subcommand 'chekc'
                Did you mean 'check'?
                Usage: curriculum <subcommand>
                  See 'curriculum --help' for more information.

                """)
    }

    @Test func unknownOptionSuggestsAndExitsTwo() throws {
        let output = try CLI.run(["check", "--stirct"])
        #expect(output.status == 2)
        #expect(
            output.stderr.hasPrefix(
                "error: unknown option '--stirct'\nDid you mean '--strict'?\nUsage: curriculum check [<options>] [<paths> ...]\n"
            ))
        #expect(output.stderr.contains("See 'curriculum check --help' for more information."))
    }

    @Test func invalidChoiceAndMissingValue() throws {
        let bad = try CLI.run(["check", "--format", "jsno"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("the value 'jsno' is invalid for '--format <format>'"))
        #expect(bad.stderr.contains("Did you mean 'json'?"))
        let missing = try CLI.run(["list", "--depth"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: missing value for '--depth <n>'"))
        let noID = try CLI.run(["show"])
        #expect(noID.status == 2)
        #expect(noID.stderr.hasPrefix("error: missing expected argument '<id>'"))
    }

    @Test func fiveMistakesAreAllReportedWithLocations() throws {
        let output = try CLI.run(["check", "Tests/Fixtures/cli/five-mistakes.md"])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        let headers = output.stderr.split(separator: "\n").filter {
            $0.hasPrefix("Tests/Fixtures/cli/five-mistakes.md:")
        }
        #expect(
            headers.map { String($0.prefix { $0 != "]" }) + "]" } == [
                "Tests/Fixtures/cli/five-mistakes.md:5:1: error[CUR103]",
                "Tests/Fixtures/cli/five-mistakes.md:16:1: error[CUR104]",
                "Tests/Fixtures/cli/five-mistakes.md:18:6: error[CUR106]",
                "Tests/Fixtures/cli/five-mistakes.md:11:1: warning[CUR102]",
                "Tests/Fixtures/cli/five-mistakes.md:12:7: warning[CUR302]",
            ])
        let snapshot = CLI.snapshot(Self.stable(output.stderr), named: "five-mistakes.txt")
        #expect(snapshot.matches, "differs from Snapshots/five-mistakes.txt:\n\(output.stderr)")
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try CLI.run(["check", "Tests/Fixtures/cli/five-mistakes.md"])
        #expect(!plain.stderr.contains("\u{1B}["))
        let forced = try CLI.run(["check", "--color", "always", "Tests/Fixtures/cli/five-mistakes.md"])
        #expect(forced.stderr.contains("\u{1B}[1;31merror[CUR103]"))
        let piped = try CLI.run(["check", "Tests/Fixtures/cli/five-mistakes.md"], environment: ["NO_COLOR": ""])
        #expect(!piped.stderr.contains("\u{1B}["), "a pipe is not a terminal")
    }

    @Test func absolutePathsAreShownRelativeToTheWorkingDirectory() throws {
        let absolute = CLI.fixtures.appendingPathComponent("cli/five-mistakes.md").path
        let output = try CLI.run(["check", absolute])
        #expect(output.stderr.hasPrefix("Tests/Fixtures/cli/five-mistakes.md:5:1: "))
    }

    @Test func directoryAsFileEmptyAndBinaryFiles() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.md"))
        try Data([0x23, 0x20, 0x41, 0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("binary.md"))
        try Data([0x23, 0x20, 0x4D, 0x6F, 0x64, 0x75, 0x6C, 0x65, 0xE9, 0x0A]).write(
            to: folder.appendingPathComponent("latin1.md"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("curriculum"), withIntermediateDirectories: true)
        try "# C\nTaal: nl\nModules:\n- sub\n".write(
            to: folder.appendingPathComponent("curriculum/curriculum.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("curriculum/sub"), withIntermediateDirectories: true)

        let empty = try CLI.run(["check", "empty.md"], in: folder)
        #expect(empty.status == 1)
        #expect(empty.stderr.hasPrefix("empty.md:1:1: error[CUR004]: the file is empty"))
        let binary = try CLI.run(["check", "binary.md"], in: folder)
        #expect(binary.status == 1)
        #expect(
            binary.stderr.contains("binary.md:1:1: error[CUR003]: the file holds a NUL byte at line 1 (byte offset 3)"))
        let latin1 = try CLI.run(["check", "latin1.md"], in: folder)
        #expect(
            latin1.stderr.contains(
                "latin1.md:1:9: error[CUR002]: the file is not UTF-8 but probably Windows-1252 or Latin-1: `é` as 0xE9 at line 1"
            ))
        let directory = try CLI.run(["check", "curriculum"], in: folder)
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("curriculum/sub' is a folder, not a file"))
        let missing = try CLI.run(["check", "nothing-here"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error[CUR001]: 'nothing-here' does not exist"))
    }

    @Test func listShowsTheTreeWithDurations() throws {
        let output = try CLI.run(["list", "Tests/Fixtures/small-curriculum"])
        #expect(output.status == 0)
        #expect(
            output.stdout == """
                Kleine cursus — 2 oefeningen, 2 uur 30 min – 3 uur
                Module 1: Samenwerken — 2 oefeningen, 2 uur 30 min – 3 uur
                  1.A Het netwerk — 2 oefeningen, 2 uur 30 min – 3 uur
                    Niveau 1: Kennis — 1 oefening, 1 uur
                      1.A.1.1      60 min  Een sociale kaart
                    Niveau 2: Praktijk — 1 oefening, 1 uur 30 min – 2 uur
                      1.A.2.1  90-120 min  De rol van de casemanager

                """)
        let shallow = try CLI.run(["list", "--depth", "2", "--level", "2", "Tests/Fixtures/small-curriculum"])
        #expect(shallow.stdout.split(separator: "\n").count == 3)
        #expect(shallow.stdout.contains("1 oefening, 1 uur 30 min – 2 uur"))
    }

    @Test func listJSONParses() throws {
        let output = try CLI.run(["list", "--format", "json", "Tests/Fixtures/small-curriculum"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(json["exerciseCount"] as? Int == 2)
        #expect(json["title"] as? String == "Kleine cursus")
    }

    @Test func showAnExerciseTopicAndModule() throws {
        let exercise = try CLI.run(["show", "1.A.1.1", "Tests/Fixtures/small-curriculum"])
        #expect(exercise.status == 0)
        #expect(exercise.stdout.hasPrefix("1.A.1.1 Een sociale kaart\n"))
        #expect(exercise.stdout.contains("WERKWIJZE\n\n1. Deelnemers maken een lijst van organisaties. [20 min]\n"))
        #expect(exercise.stdout.contains("BIJLAGEN\n\n- 1.A.1.1 bijlage 1: De sociale kaart\n"))
        #expect(exercise.stdout.contains("MATERIAAL\n\n- flip-over\n- stiften\n"))
        let topic = try CLI.run(["show", "1.A", "Tests/Fixtures/small-curriculum"])
        #expect(topic.stdout.contains("Niveau 2: Praktijk"))
        #expect(topic.stdout.contains("1.A.2.1 De rol van de casemanager"))
        let module = try CLI.run(["show", "module 1", "Tests/Fixtures/small-curriculum"])
        #expect(module.stdout.hasPrefix("Module 1: Samenwerken\n"))
        let missing = try CLI.run(["show", "1.A.1.3", "Tests/Fixtures/small-curriculum"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("has no 1.A.1.3"))
        #expect(missing.stderr.contains("did you mean 1.A.1.1?"))
    }

    /// `show` renders through the export's document tree: an exercise reads exactly as it reads in
    /// the text booklet.
    @Test(arguments: ["1.A.1.1", "1.A.2.1"])
    func showPrintsAnExerciseAsTheTextExportDoes(_ id: String) throws {
        let shown = try CLI.run(["show", id, "Tests/Fixtures/small-curriculum"])
        let booklet = try CLI.run(["export", "Tests/Fixtures/small-curriculum", "--format", "txt"])
        #expect(shown.status == 0 && booklet.status == 0)
        #expect(shown.stdout.hasPrefix("\(id) "))
        #expect(booklet.stdout.contains(shown.stdout.dropLast()), "\(shown.stdout)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsNameEverySubcommandAndOption(_ shell: String) throws {
        let output = try CLI.run(["completions", shell])
        #expect(output.status == 0)
        for word in ["check", "list", "show", "strict", "format", "sarif", "depth"] {
            #expect(output.stdout.contains(word), "\(shell) completion lacks \(word)")
        }
    }

    @Test func bashCompletionIsValidBash() throws {
        let output = try CLI.run(["completions", "bash"])
        let result = try ExternalTool.run(["bash", "-n"], input: output.stdout)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func manPage() throws {
        let output = try CLI.run(["help", "--man"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix(".TH CURRICULUM 1"))
        #expect(output.stdout.contains(".SS check"))
        #expect(output.stdout.contains("\\-\\-strict"))
    }
}

extension CommandLineTests {
    /// The book's ID 0.C.1.2 (the shipped 0.C.3's `Eerder:`) shows 0.C.3, with a note.
    @Test func showFindsTheShippedExerciseByTheBooksID() throws {
        let shown = try CLI.run(["show", "0.C.1.2", "curriculum/igma-femina"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("0.C.3 Reflectie op gender stereotypering\n"))
        #expect(shown.stderr.contains("note[CUR502]: 0.C.1.2 is a former ID of exercise 0.C.3"))
        let exact = try CLI.run(["show", "0.C.3", "curriculum/igma-femina"])
        #expect(exact.stdout == shown.stdout)
        #expect(!exact.stderr.contains("CUR502"))
    }
}
