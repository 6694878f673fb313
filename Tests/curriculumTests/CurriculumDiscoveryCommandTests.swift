import Foundation
import Testing

/// Every command that reads a curriculum works from inside a curriculum folder and from any folder
/// below it, without a path (issue 13): the README `init` writes says to run `curriculum check`
/// there.
@Suite struct CurriculumDiscoveryCommandTests {
    static let commands: [[String]] = [
        ["check"], ["list", "--depth", "2"], ["show", "1.A"], ["plan", "--select", "1.A.1.1"], ["budget"],
        ["export", "--format", "md"], ["fmt", "--check"],
    ]

    /// A copy of the shipped Dutch curriculum in a temporary folder, with no `./curriculum` near it.
    static func copy() throws -> (root: URL, curriculum: URL) {
        let root = try CLI.temporaryDirectory()
        let curriculum = root.appendingPathComponent("igma-femina")
        try FileManager.default.copyItem(
            at: CLI.root.appendingPathComponent("curriculum/igma-femina"), to: curriculum)
        return (root, curriculum)
    }

    @Test(arguments: commands)
    func fromInsideTheCurriculum(_ arguments: [String]) throws {
        let (root, curriculum) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try CLI.run(arguments, in: curriculum)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        #expect(!output.stderr.contains("does not exist"))
        #expect(!output.stderr.contains("no curriculum.md"))
    }

    @Test(arguments: commands)
    func fromAFolderBelowTheCurriculum(_ arguments: [String]) throws {
        let (root, curriculum) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let below = curriculum.appendingPathComponent("plans/archief")
        try FileManager.default.createDirectory(at: below, withIntermediateDirectories: true)
        let output = try CLI.run(arguments, in: below)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        let inside = try CLI.run(arguments, in: curriculum)
        if arguments[0] != "check" {
            // The same curriculum, whichever folder below it the command starts in.
            #expect(output.stdout == inside.stdout)
        }
    }

    @Test func findingsNameFilesRelativeToTheFolderTheCommandStartsIn() throws {
        let (root, curriculum) = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let module = curriculum.appendingPathComponent("module-1.md")
        let text = try String(contentsOf: module, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "\nDuur: 1 uur\n", with: "\nDuur: xyz\n")
        #expect(broken != text)
        try broken.write(to: module, atomically: true, encoding: .utf8)
        let plans = curriculum.appendingPathComponent("plans")
        let output = try CLI.run(["check"], in: plans)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.contains("../module-1.md:112:7: error[CUR301]"))
    }

    @Test func theCheckTheInitREADMEPromisesRunsInTheNewCurriculum() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try CLI.run(["init", "nieuw"], in: root).status == 0)
        let readme = try String(contentsOf: root.appendingPathComponent("nieuw/README.md"), encoding: .utf8)
        #expect(readme.contains("`curriculum check`"))
        let output = try CLI.run(["check"], in: root.appendingPathComponent("nieuw"))
        #expect(output.status == 0, "\(output.stderr)")
    }

    @Test func outsideAnyCurriculumTheDefaultIsStillTheCurriculumFolder() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try CLI.run(["list"], in: root)
        #expect(output.status == 2)
        #expect(output.stderr.contains("'curriculum' does not exist"))
    }
}
