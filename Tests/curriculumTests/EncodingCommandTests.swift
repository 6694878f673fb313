import Foundation
import Testing

/// A module or plan file saved in Windows-1252 or Latin-1 (issue 13): one finding that names the
/// encoding, the byte as its probable character and the fix; the rest of the file is still checked,
/// so the byte brings no follow-on findings.
@Suite struct EncodingCommandTests {
    static let plan = "plans/module-1-niveau-1.plan.md"

    /// A copy of the shipped curriculum with `replace` swapped for `with` (raw bytes) in `file`.
    static func copy(editing file: String, replace: String, with bytes: [UInt8]) throws -> (root: URL, folder: URL) {
        let root = try CLI.temporaryDirectory()
        let folder = root.appendingPathComponent("igma")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("curriculum/igma-femina"), to: folder)
        let url = folder.appendingPathComponent(file)
        let original = try Data(contentsOf: url)
        guard let range = original.range(of: Data(replace.utf8)) else { throw CocoaError(.fileReadCorruptFile) }
        var edited = original
        edited.replaceSubrange(range, with: bytes)
        try edited.write(to: url)
        return (root, folder)
    }

    @Test func aModuleWithALatin1ByteIsOneFindingAndStillPlanned() throws {
        // "ondersteuning" with its first e as the Latin-1 byte 0xE9 (é) in the title of 1.A.1.1.
        let (root, folder) = try Self.copy(
            editing: "module-1.md", replace: "in de ondersteuning en begeleiding van migranten",
            with: Array("in de ond".utf8) + [0xE9] + Array("rsteuning en begeleiding van migranten".utf8))
        defer { try? FileManager.default.removeItem(at: root) }

        let check = try CLI.run(["check"], in: folder)
        #expect(check.status == 1)
        let errors = check.stderr.components(separatedBy: "\n").filter { $0.contains(": error[") }
        #expect(
            errors == [
                "module-1.md:106:40: error[CUR002]: the file is not UTF-8 but probably Windows-1252 or Latin-1: `é` as 0xE9 at line 106"
            ], "\(check.stderr)")

        let plan = try CLI.run(["plan", Self.plan], in: folder)
        // The exercises of the module are all there: no "unknown exercise", every time as before.
        #expect(!plan.stdout.contains("onbekende oefening"), "\(plan.stdout)")
        #expect(!plan.stderr.contains("CUR7"), "\(plan.stderr)")
        #expect(plan.stdout.contains("  09:15-10:15  1.A.1.1 Actuele situatie in de ond\u{FFFD}rsteuning"))
        #expect(plan.stdout.contains("Einde van dag 1: 16:00 — past met 30 min speling"))
    }

    @Test func aPureLatin1FileGetsTheIconvCommand() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("module-1.md")
        try Data(Array("# Module 1: Caf".utf8) + [0xE9] + Array("\n".utf8)).write(to: file)
        let output = try CLI.run(["check", "module-1.md"], in: root)
        #expect(output.status == 1)
        #expect(
            output.stderr.contains(
                "= help: convert it to UTF-8: iconv -f WINDOWS-1252 -t UTF-8 'module-1.md' > 'module-1.md.utf8' && mv 'module-1.md.utf8' 'module-1.md'"
            ), "\(output.stderr)")
        // The command the finding gives works, when iconv is here.
        if ExternalTool.has("iconv") {
            let converted = try ExternalTool.run(["iconv", "-f", "WINDOWS-1252", "-t", "UTF-8", file.path])
            #expect(converted.stdout == "# Module 1: Café\n")
        }
    }

    @Test func aPlanFileWithAWindows1252ByteIsOneFindingAndStillLaidOut() throws {
        // "Welkom en kennismaking” with a Windows-1252 closing quote (0x94) after it.
        let (root, folder) = try Self.copy(
            editing: Self.plan, replace: "Welkom en kennismaking",
            with: Array("Welkom en kennism".utf8) + [0xE9] + Array("king ".utf8) + [0x94])
        defer { try? FileManager.default.removeItem(at: root) }
        let output = try CLI.run(["plan", Self.plan], in: folder)
        #expect(
            output.stderr.contains(
                "error[CUR002]: the file is not UTF-8 but probably Windows-1252: `é` as 0xE9 at line 14; 2 such bytes in all, also `”` as 0x94"
            ), "\(output.stderr)")
        #expect(output.stderr.components(separatedBy: ": error[").count == 2, "\(output.stderr)")
        #expect(output.stdout.contains("1.A.1.1 Actuele situatie"))
        #expect(!output.stdout.contains("onbekende oefening"))
    }

    @Test func fmtRefusesToRewriteAFileThatIsNotUTF8() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("module-1.md")
        let bytes = Array("# Module 1: Caf".utf8) + [0xE9] + Array("\n".utf8)
        try Data(bytes).write(to: file)
        _ = try CLI.run(["fmt", "module-1.md"], in: root)
        #expect(try Data(contentsOf: file) == Data(bytes))
    }
}
