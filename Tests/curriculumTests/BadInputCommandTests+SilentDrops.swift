import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 14, item 2: a module file that cannot be used is reported by every command that reads the
/// curriculum, with the code and exit status `check` gives it; no command leaves the module out and
/// exits 0. Issue 14, item 4: a file that a symbolic link takes out of the curriculum folder is
/// never read, quoted or written.
extension BadInputCommandTests {
    /// One way a module file can be unusable, made in a curriculum folder.
    struct BrokenModule: Sendable, CustomStringConvertible {
        var description: String
        var code: String
        var status: Int32
        var make: @Sendable (URL) throws -> Void
    }

    static let brokenModules: [BrokenModule] = [
        BrokenModule(description: "binary", code: "CUR003", status: 1) {
            try Data([0x23, 0x20, 0x00, 0x41]).write(to: $0)
        },
        BrokenModule(description: "invalid UTF-8", code: "CUR002", status: 1) {
            try Data([0x23, 0x20, 0xC3, 0x28, 0x0A]).write(to: $0)
        },
        BrokenModule(description: "empty", code: "CUR004", status: 1) { try Data().write(to: $0) },
        BrokenModule(description: "missing", code: "CUR220", status: 1) { _ in },
        BrokenModule(description: "a folder", code: "CUR005", status: 2) {
            try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false)
        },
        BrokenModule(description: "a FIFO", code: "CUR005", status: 2) { #expect(mkfifo($0.path, 0o644) == 0) },
        BrokenModule(description: "a link loop", code: "CUR005", status: 2) {
            try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: $0.lastPathComponent)
        },
        BrokenModule(description: "too big", code: "CUR006", status: 2) {
            #expect(FileManager.default.createFile(atPath: $0.path, contents: nil))
            let handle = try FileHandle(forWritingTo: $0)
            try handle.truncate(atOffset: 17 << 20)
            try handle.close()
        },
    ]

    /// A copy of the small curriculum with a second module, `module-2.md`, which `broken` makes unusable.
    func curriculumWithBrokenModule(_ broken: BrokenModule) throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("course")
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent("small-curriculum"), to: folder)
        let manifest = folder.appendingPathComponent("curriculum.md")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "- module-1.md\n", with: "- module-1.md\n- module-2.md\n").write(
            to: manifest, atomically: true, encoding: .utf8)
        try broken.make(folder.appendingPathComponent("module-2.md"))
        return folder
    }

    @Test(arguments: brokenModules)
    func unusableModuleStopsEveryCommand(_ broken: BrokenModule) throws {
        let folder = try curriculumWithBrokenModule(broken)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let output = folder.deletingLastPathComponent().appendingPathComponent("handout.md").path
        let commands: [[String]] = [
            ["check"], ["list"], ["budget"], ["show", "1.A.1.1"], ["export", "--format", "md", "--output", output],
            ["plan", "--select", "1.A.1.1"],
        ]
        for command in commands {
            let arguments =
                command.first == "show"
                ? ["show", "1.A.1.1", folder.path]
                : command.first == "plan" ? command + [folder.path] : [command[0], folder.path] + command.dropFirst()
            let run = try Self.bounded(arguments, seconds: 20, megabytes: 512)
            #expect(!run.timedOut && !run.crashed, "\(broken) \(command): status \(run.status)")
            #expect(run.status == broken.status, "\(broken) \(command): status \(run.status)\n\(run.stderr)")
            #expect(run.stderr.contains("[\(broken.code)]"), "\(broken) \(command):\n\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: output), "\(broken): a handout without module 2 was written")
    }

    @Test func moduleListedTwiceIsReadOnceAndReportedOnce() throws {
        let folder = try curriculumFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try "# Cursus\n\nTaal: nl\n\nModules:\n- module-1.md\n- ./module-1.md\n".write(
            to: folder.appendingPathComponent("curriculum.md"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: CLI.fixtures.appendingPathComponent("small-curriculum/module-1.md"),
            to: folder.appendingPathComponent("module-1.md"))
        let check = try Self.bounded(["check", "--color", "never", folder.path], seconds: 20, megabytes: 512)
        #expect(check.status == 1)
        #expect(check.stderr.components(separatedBy: "error[CUR021]").count == 2, "\(check.stderr)")
        #expect(!check.stderr.contains("CUR222"), "the module is not read twice:\n\(check.stderr)")
        let list = try Self.bounded(["list", folder.path], seconds: 20, megabytes: 512)
        #expect(list.status == 1)
        #expect(list.stderr.contains("error[CUR021]"), "\(list.stderr)")
    }

    @Test(.enabled(if: canTestPermissions, "running as root without setpriv: a chmod 000 folder stays readable"))
    func unreadablePlansFolderIsReported() throws {
        let folder = try temporaryFolder().appendingPathComponent("course")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent("small-curriculum"), to: folder)
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: plans.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: plans.path) }
        for directory in [folder, folder.deletingLastPathComponent()] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        }
        let run = try Self.bounded(["check", folder.path], seconds: 10, megabytes: 512, asNobody: getuid() == 0)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("error[CUR001]") && run.stderr.contains("plans"), "\(run.stderr)")
    }

    // MARK: Links out of the folder (item 4)

    /// Every kind of file of a curriculum that can be a link out of its folder.
    static let linkedFiles = ["module-1.md", "annexes.md", "plans/day.plan.md", "curriculum.md"]

    @Test(arguments: linkedFiles)
    func linkOutOfTheFolderIsNeverReadPrintedOrWritten(_ file: String) throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("course")
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent("small-curriculum"), to: folder)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let secret = scratch.appendingPathComponent("secret.md")
        let secretText = "SECRET_TOKEN=hunter2\n\n\n"
        try secretText.write(to: secret, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent(file)
        try? FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: secret.path)
        let output = scratch.appendingPathComponent("out.md").path
        for arguments in [
            ["check", "--color", "never", folder.path], ["list", folder.path], ["fmt", folder.path],
            ["export", folder.path, "--format", "md", "--output", output],
        ] {
            let run = try Self.bounded(arguments, seconds: 20, megabytes: 512)
            #expect(!run.timedOut && !run.crashed, "\(file) \(arguments[0]): status \(run.status)")
            // `list` and `export` of a curriculum do not read its plans.
            if !file.hasPrefix("plans/") || ["check", "fmt"].contains(arguments[0]) {
                #expect(run.status != 0, "\(file) \(arguments[0]): status 0\n\(run.stderr)")
                #expect(run.stderr.contains("error[CUR020]"), "\(file) \(arguments[0]):\n\(run.stderr)")
            }
            #expect(!(run.stdout + run.stderr).contains("SECRET_TOKEN"), "\(file) \(arguments[0]) printed the secret")
        }
        // Named alone, as a pre-commit hook names the files of a pull request.
        let single = try Self.bounded(["fmt", link.path], seconds: 20, megabytes: 512)
        #expect(single.status == 2 && single.stderr.contains("error[CUR020]"), "\(file): \(single.stderr)")
        #expect(try String(contentsOf: secret, encoding: .utf8) == secretText, "\(file): fmt wrote through the link")
        let exported = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        #expect(!exported.contains("SECRET_TOKEN"))
    }
}
