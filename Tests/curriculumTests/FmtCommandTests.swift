import Foundation
import Testing

/// `curriculum fmt` end to end: on a copy of an untidy curriculum, on the shipped one, and on the
/// file-system edge cases (modification times, permissions, links).
@Suite struct FmtCommandTests {
    static let untidy = CLI.fixtures.appendingPathComponent("fmt/untidy")
    static let tidy = CLI.fixtures.appendingPathComponent("fmt/tidy")
    static let names = ["curriculum.md", "module-1.md", "annexes.md"]

    /// A temporary copy of the untidy fixture.
    func untidyCopy() throws -> URL {
        let directory = try CLI.temporaryDirectory().appendingPathComponent("course")
        try FileManager.default.copyItem(at: Self.untidy, to: directory)
        return directory
    }

    func contents(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }

    @Test func checkListsTheFilesThatWouldChangeAndWritesNothing() throws {
        let folder = try untidyCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let before = try Self.names.map { try contents(folder.appendingPathComponent($0)) }
        let output = try CLI.run(["fmt", "--check", folder.path])
        #expect(output.status == 1)
        #expect(
            Set(output.stdout.split(separator: "\n").map(String.init))
                == Set(Self.names.map { folder.appendingPathComponent($0).path }))
        #expect(output.stderr.contains("3 of 3 files would be reformatted"))
        #expect(try Self.names.map { try contents(folder.appendingPathComponent($0)) } == before)
    }

    @Test func diffShowsTheChangesAsUnifiedDiffAndWritesNothing() throws {
        let folder = try untidyCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let module = folder.appendingPathComponent("module-1.md")
        let before = try contents(module)
        let output = try CLI.run(["fmt", "--diff", module.path])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("--- \(module.path)\n+++ \(module.path) (formatted)\n@@ -1,"))
        for line in [
            "-Leerdoel: Iets leren", "+Leerdoelen: Iets leren", "-Duur: 60 minuten", "+Duur: 1 uur", "-* 0.C.1annex 1",
            "+- 0.C.1 annex 1", " Feedback (indien van toepassing): Samenvatten.",
        ] {
            #expect(output.stdout.contains("\n\(line)\n"), "missing diff line '\(line)'")
        }
        #expect(try contents(module) == before)
    }

    @Test func formatsToTheGoldenTextAndIsThenANoOp() throws {
        let folder = try untidyCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let first = try CLI.run(["fmt", folder.path])
        #expect(first.status == 0, "\(first.stderr)")
        for name in Self.names {
            #expect(
                try contents(folder.appendingPathComponent(name)) == contents(Self.tidy.appendingPathComponent(name)),
                "\(name) differs from Tests/Fixtures/fmt/tidy")
        }
        // Canonical files are not touched: their modification times stay.
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        for name in Self.names {
            try FileManager.default.setAttributes(
                [.modificationDate: past], ofItemAtPath: folder.appendingPathComponent(name).path)
        }
        let second = try CLI.run(["fmt", folder.path])
        #expect(second.status == 0)
        #expect(second.stdout == "")
        #expect(second.stderr.contains("0 of 3 files reformatted, 3 already formatted"))
        for name in Self.names {
            #expect(
                try modificationDate(folder.appendingPathComponent(name)) == past,
                "\(name) was rewritten although it was canonical")
        }
        #expect(try CLI.run(["fmt", "--check", folder.path]).status == 0)
        #expect(try CLI.run(["check", folder.path]).status == 0)
    }

    @Test func writesAtomicallyKeepingPermissionsAndLinks() throws {
        let folder = try untidyCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let module = folder.appendingPathComponent("module-1.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: module.path)
        let link = folder.deletingLastPathComponent().appendingPathComponent("link-to-module.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: module)
        let output = try CLI.run(["fmt", link.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == module.path)
        #expect(try contents(module) == contents(Self.tidy.appendingPathComponent("module-1.md")))
        #expect((try FileManager.default.attributesOfItem(atPath: module.path)[.posixPermissions] as? Int) == 0o640)
        // No temporary files are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func aSingleFileTakesItsFoldersLanguage() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# Course\n\nLanguage: en\n\nModules:\n- module-1.md\n".write(
            to: directory.appendingPathComponent("curriculum.md"), atomically: true, encoding: .utf8)
        let module = directory.appendingPathComponent("module-1.md")
        try "# Module 1: x\n\n## 1.A y\n\n### 0.A.1 z\n\nLeerdoel: a\n\nDuur: 90 minuten\n".write(
            to: module, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["fmt", module.path]).status == 0)
        #expect(
            try String(contentsOf: module, encoding: .utf8)
                == "# Module 1: x\n\n## 1.A y\n\n### 0.A.1 z\n\nLearning goals: a\n\nDuration: 1.5 hours\n")
    }

    /// A missing path is unreadable input (2); a file that is read but is not text is a finding
    /// about its content (1), the same status `check` gives the same file.
    @Test func unreadableInputExitsTwoAndAFileThatIsNotTextOne() throws {
        let missing = try CLI.run(["fmt", "/nonexistent/curriculum"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("'/nonexistent/curriculum' does not exist"))
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("module-1.md")
        try Data([0x23, 0x20, 0x00, 0x01]).write(to: binary)
        let output = try CLI.run(["fmt", binary.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("error[CUR003]"))
        #expect(try CLI.run(["check", binary.path]).status == output.status)
    }

    @Test func shippedCurriculumIsCanonical() throws {
        let output = try CLI.run(["fmt", "--check", "curriculum/igma-femina"])
        #expect(output.status == 0, "run `curriculum fmt curriculum/igma-femina`: \(output.stdout)")
    }
}

/// `curriculum init` end to end.
@Suite struct InitCommandTests {
    @Test(arguments: ["nl", "en"])
    func createsACurriculumThatPassesCheckAndFmt(language: String) throws {
        let parent = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("new-course")
        let output = try CLI.run(["init", folder.path, "--language", language, "--title", "Loopbaan  coaching"])
        #expect(output.status == 0, "\(output.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["README.md", "annexes.md", "curriculum.md", "module-1.md"])
        let check = try CLI.run(["check", "--strict", folder.path])
        #expect(check.status == 0, "check: \(check.stderr)")
        let fmt = try CLI.run(["fmt", "--check", folder.path])
        #expect(fmt.status == 0, "fmt --check: \(fmt.stdout)")
        let manifest = try String(contentsOf: folder.appendingPathComponent("curriculum.md"), encoding: .utf8)
        #expect(manifest.hasPrefix("# Loopbaan coaching\n"))
        #expect(manifest.contains(language == "nl" ? "Taal: nl" : "Language: en"))
        let list = try CLI.run(["list", folder.path])
        #expect(list.stdout.contains("1.A.1.1"))
    }

    @Test func refusesANonEmptyFolder() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("notes.txt")
        try "mine".write(to: existing, atomically: true, encoding: .utf8)
        let output = try CLI.run(["init", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("error[CUR803]"))
        #expect(output.stderr.contains("notes.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        let file = try CLI.run(["init", existing.path])
        #expect(file.status == 1)
        #expect(file.stderr.contains("is a file, not a folder"))
    }

    /// A folder that cannot be made is reported with the system's reason, not an error's dump.
    @Test func saysWhyAFolderCannotBeMade() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.txt")
        try "mine".write(to: file, atomically: true, encoding: .utf8)
        let output = try CLI.run(["init", file.appendingPathComponent("course").path])
        #expect(output.status == 2)  // a write that fails exits 2 (issue 13)
        #expect(
            output.stderr.contains(
                "error[CUR805]: cannot create '\(file.appendingPathComponent("course").path)': Not a directory"),
            "\(output.stderr)")
        #expect(output.stderr.contains("= help: check that the parent folder exists and is writable"))
        #expect(!output.stderr.contains("CocoaError"))
    }

    @Test func needsADirectory() throws {
        let output = try CLI.run(["init"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Usage: curriculum init"))
    }
}
