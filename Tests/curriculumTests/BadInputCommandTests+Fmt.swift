import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 14, item 9: `fmt` counts a failed write as a failure, cleans up the temporary files a killed
/// write left, looks at a path given many times once; and no message repeats a huge text in full.
extension BadInputCommandTests {
    /// A copy of the small curriculum whose module needs reformatting (blank lines at the end).
    func curriculumToFormat() throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("course")
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent("small-curriculum"), to: folder)
        let module = folder.appendingPathComponent("module-1.md")
        let text = try String(contentsOf: module, encoding: .utf8)
        try (text + "\n\n\n\n").write(to: module, atomically: true, encoding: .utf8)
        return folder
    }

    @Test(.enabled(if: canTestPermissions, "running as root without setpriv: a read-only folder stays writable"))
    func fmtReportsFailedWritesAsFailures() throws {
        let folder = try curriculumToFormat()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
        }
        let module = folder.appendingPathComponent("module-1.md")
        let before = try Data(contentsOf: module)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: folder.deletingLastPathComponent().path)
        let run = try Self.bounded(["fmt", folder.path], seconds: 20, megabytes: 512, asNobody: getuid() == 0)
        #expect(run.status != 0, "\(run.stderr)")
        #expect(run.stderr.contains("error[CUR805]"), "\(run.stderr)")
        #expect(run.stderr.contains("0 of 3 files reformatted"), "\(run.stderr)")
        #expect(run.stderr.contains("1 could not be written"), "\(run.stderr)")
        #expect(!run.stdout.contains("module-1.md"), "a file not written is not listed as reformatted")
        #expect(try Data(contentsOf: module) == before)
    }

    @Test func staleTemporaryFilesOfOurOwnAreRemovedOnTheNextWrite() throws {
        let folder = try curriculumToFormat()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let stale = folder.appendingPathComponent(".module-1.md.tmp-Ab12Cd")
        let fresh = folder.appendingPathComponent(".module-1.md.tmp-Ef34Gh")
        let notOurs = folder.appendingPathComponent(".module-1.md.tmp-kept-by-someone")
        for file in [stale, fresh, notOurs] { try "half a file".write(to: file, atomically: false, encoding: .utf8) }
        let hoursAgo = Date(timeIntervalSinceNow: -7_200)
        for file in [stale, notOurs] {
            try FileManager.default.setAttributes([.modificationDate: hoursAgo], ofItemAtPath: file.path)
        }
        let run = try Self.bounded(["fmt", folder.path], seconds: 20, megabytes: 512)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale.path), "the stale temporary file is still there")
        #expect(FileManager.default.fileExists(atPath: fresh.path), "a write under way elsewhere keeps its file")
        #expect(FileManager.default.fileExists(atPath: notOurs.path), "a file of another naming is kept")
    }

    @Test func pathGivenFiftyThousandTimesIsReadOnce() throws {
        let folder = try curriculumToFormat()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        // Before, each repetition loaded the curriculum again: 10,000 took 6 s, 50,000 would take 30.
        let run = try Self.bounded(
            ["fmt", "--check"] + Array(repeating: "course", count: 50_000), seconds: 15, megabytes: 1024,
            in: folder.deletingLastPathComponent())
        #expect(!run.timedOut, "status \(run.status)")
        #expect(run.status == 1, "\(run.stderr.prefix(500))")
        #expect(run.stdout == "course/module-1.md\n", "\(run.stdout.prefix(500))")
    }

    @Test func hugeHeadingIsCutInMessages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("module.md")
        try ("# " + String(repeating: "x", count: 2_000_000) + "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.bounded(["check", file.path], seconds: 30, megabytes: 1024)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error[CUR106]"), "\(run.stderr.prefix(1000))")
        #expect(run.stderr.utf8.count < 4_000, "stderr is \(run.stderr.utf8.count) bytes")
        #expect(run.stderr.contains("xxx…xxx"))
    }
}
