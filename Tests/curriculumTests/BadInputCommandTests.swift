import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The bad-input corpus, end to end: each input gets its clear diagnostic (code, file, line and
/// column) from the real binary, which runs under a time limit (`timeout`) and a memory limit
/// (`ulimit -v`) — correctness bounds, not performance measurements: a hang, a crash or a runaway
/// allocation fails the test.
///
/// Small inputs are committed under Tests/Fixtures/bad-input/; the large ones (a 10 MB line,
/// 100,000 headings, a 1 GB sparse file) and the file-system oddities (link loops, an unreadable
/// file) are made at run time in a temporary folder.
@Suite struct BadInputCommandTests {
    static let corpus = CLI.fixtures.appendingPathComponent("bad-input")

    /// The binary's run under the bounds.
    struct BoundedRun {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool { status == 124 }
        /// Killed by a signal (a crash): `sh` reports 128 + the signal.
        var crashed: Bool { status > 128 }
    }

    /// Runs `curriculum ARGUMENTS` with at most `seconds` of time and `megabytes` of address space,
    /// optionally as the unprivileged user `nobody` (for permission tests when the tests run as root).
    static func bounded(_ arguments: [String], seconds: Int, megabytes: Int, asNobody: Bool = false) throws
        -> BoundedRun
    {
        let prefix = asNobody ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let script = "ulimit -v \(megabytes * 1024); exec \(prefix)timeout \(seconds) \"$0\" \"$@\""
        let output = try ExternalTool.run(["sh", "-c", script, CLI.binary.path] + arguments)
        return BoundedRun(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    /// A committed input, its expected finding, and its bounds.
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        /// `file:line:col: severity[CODE]` as printed (the path relative to the corpus folder).
        var expected: String
        var status: Int32
        var seconds = 10
        var megabytes = 512
        var description: String { file }
    }

    static let committed: [Case] = [
        Case(
            file: "binary.md",
            expected:
                "binary.md:1:1: error[CUR003]: the file holds a NUL byte at line 1 (byte offset 7); it looks binary",
            status: 1),
        Case(
            file: "invalid-utf8.md",
            expected:
                "invalid-utf8.md:1:16: error[CUR002]: the file is not UTF-8 but probably Windows-1252 or Latin-1: `é` as 0xE9 at line 1",
            status: 1),
        Case(
            file: "nul-bytes.md", expected: "nul-bytes.md:3:1: error[CUR003]: the file holds a NUL byte at line 3",
            status: 1),
        Case(
            file: "cr-only.md", expected: "cr-only.md:5:1: warning[CUR102]: unknown field label 'Leerdoell'", status: 0),
        Case(
            file: "mixed-line-ends.md",
            expected: "mixed-line-ends.md:5:1: warning[CUR102]: unknown field label 'Leerdoell'", status: 0),
        Case(file: "bom.md", expected: "bom.md:3:1: warning[CUR102]: unknown field label 'Leerdoell'", status: 0),
        Case(
            file: "fuzz-duration-overflow.md",
            expected:
                "fuzz-duration-overflow.md:7:7: error[CUR301]: '99999999999999999999 min' is longer than any course (more than 100000 hours)",
            status: 1),
        Case(
            file: "rtl-emoji.md",
            expected:
                "rtl-emoji.md:9:7: error[CUR301]: cannot read '🙂 uur' as a duration: '🙂' is not a number or a unit",
            status: 1),
    ]

    @Test(arguments: committed)
    func committedInput(_ input: Case) throws {
        let run = try Self.bounded(
            ["check", "--color", "never", input.file], seconds: input.seconds, megabytes: input.megabytes,
            in: Self.corpus)
        #expect(!run.timedOut && !run.crashed, "\(input.file): status \(run.status) (timeout or crash)\n\(run.stderr)")
        #expect(run.stderr.contains(input.expected), "\(input.file): expected '\(input.expected)' in\n\(run.stderr)")
        if input.status == 0 {
            #expect(run.status == 0 || run.status == 1, "\(input.file): status \(run.status)")
        } else {
            #expect(run.status == input.status, "\(input.file): status \(run.status)")
        }
    }

    @Test func rightToLeftAndEmojiTitlesAreKept() throws {
        let folder = try curriculumFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(
            at: Self.corpus.appendingPathComponent("rtl-emoji.md"), to: folder.appendingPathComponent("module-1.md"))
        let run = try Self.bounded(["list", folder.path], seconds: 10, megabytes: 512)
        #expect(!run.timedOut && !run.crashed, "status \(run.status)")
        for title in ["مرحبا بكم 🙂 שלום", "אחד 📚 onderwerp", "🙂 Oefening in het العربية"] {
            #expect(run.stdout.contains(title), "'\(title)' missing from\n\(run.stdout)")
        }
        // The caret lands under the emoji: columns count characters, not bytes.
        let check = try Self.bounded(
            ["check", "--color", "never", "rtl-emoji.md"], seconds: 10, megabytes: 512, in: Self.corpus)
        #expect(check.stderr.contains("9 | Duur: 🙂 uur\n  |       ^^"), "\(check.stderr)")
    }

    // MARK: Generated inputs

    func temporaryFolder() throws -> URL { try CLI.temporaryDirectory() }

    /// A curriculum folder whose manifest lists `module-1.md`, which the caller then makes odd.
    func curriculumFolder() throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("course")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Cursus\n\nTaal: nl\n\nModules:\n- module-1.md\n".write(
            to: folder.appendingPathComponent("curriculum.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func tenMegabyteSingleLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.md")
        try Data(repeating: UInt8(ascii: "b"), count: 10_000_000).write(to: file)
        let run = try Self.bounded(["check", file.path], seconds: 60, megabytes: 1024)
        #expect(!run.timedOut && !run.crashed, "status \(run.status)")
        #expect(run.status == 1)
        #expect(run.stderr.contains("long.md:1:1: error[CUR101]: text before the module heading"))
        // The excerpt shows a window of the line, not ten megabytes of it.
        #expect(run.stderr.utf8.count < 4_000, "stderr is \(run.stderr.utf8.count) bytes")
        #expect(run.stderr.contains("bbbb…"))
    }

    @Test func hundredThousandHeadings() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("headings.md")
        var text = ""
        text.reserveCapacity(2_000_000)
        for number in 1...100_000 { text += "# Module \(number): Kop\n" }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.bounded(["check", "--max-errors", "3", file.path], seconds: 120, megabytes: 2048)
        #expect(!run.timedOut && !run.crashed, "status \(run.status)")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "headings.md:2:1: error[CUR108]: a second module heading in one file; module 1 already started at line 1"
            ), "\(run.stderr.prefix(2000))")
        #expect(run.stderr.contains("more errors not shown"))
        // Formatting it is bounded too, and changes nothing but blank lines.
        let fmt = try Self.bounded(["fmt", "--check", file.path], seconds: 120, megabytes: 2048)
        #expect(!fmt.timedOut && !fmt.crashed, "status \(fmt.status)")
        #expect(fmt.status == 1)
    }

    @Test func oneGigabyteSparseFileIsRefusedUnread() throws {
        let folder = try curriculumFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let module = folder.appendingPathComponent("module-1.md")
        #expect(FileManager.default.createFile(atPath: module.path, contents: nil))
        let handle = try FileHandle(forWritingTo: module)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        // 256 MB of address space: reading the file into memory could not even be tried.
        let run = try Self.bounded(["check", folder.path], seconds: 10, megabytes: 256)
        #expect(!run.timedOut && !run.crashed, "status \(run.status)")
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "module-1.md:1:1: error[CUR006]: '\(module.path)' is 1024 MiB, over the 16 MiB limit for one file; it was not read"
            ), "\(run.stderr)")
    }

    @Test func symbolicLinkLoops() throws {
        let folder = try curriculumFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("module-1.md").path, withDestinationPath: "module-1.md")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
        let run = try Self.bounded(["check", folder.path], seconds: 10, megabytes: 512)
        #expect(!run.timedOut && !run.crashed, "status \(run.status)")
        #expect(run.status == 2)
        #expect(
            run.stderr.contains("module-1.md:1:1: error[CUR005]: '\(folder.path)/module-1.md' is a symbolic link loop"),
            "\(run.stderr)")
        let fmt = try Self.bounded(["fmt", "--check", folder.path], seconds: 10, megabytes: 512)
        #expect(fmt.status == 2)
        #expect(fmt.stderr.contains("error[CUR005]"))
    }

    /// When the tests run as root, `chmod 000` does not stop reading: the binary is then run as
    /// `nobody` through setpriv, so the permission check really happens.
    static let canTestPermissions: Bool = getuid() != 0 || ExternalTool.has("setpriv")

    @Test(.enabled(if: canTestPermissions, "running as root without setpriv: a chmod 000 file stays readable to root"))
    func unreadableFile() throws {
        let folder = try curriculumFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let module = folder.appendingPathComponent("module-1.md")
        try "# Module 1: x\n".write(to: module, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: module.path)
        for directory in [folder, folder.deletingLastPathComponent()] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        }
        let run = try Self.bounded(["check", folder.path], seconds: 10, megabytes: 512, asNobody: getuid() == 0)
        #expect(!run.timedOut && !run.crashed, "status \(run.status)")
        #expect(run.status == 2)
        #expect(
            run.stderr.contains("module-1.md:1:1: error[CUR001]: cannot read '\(module.path)': Permission denied"),
            "\(run.stderr)")
    }
}

extension BadInputCommandTests {
    /// `bounded` in a working directory, so that paths print relative to it.
    static func bounded(_ arguments: [String], seconds: Int, megabytes: Int, in directory: URL) throws -> BoundedRun {
        let script = "cd \"$1\" && shift && ulimit -v \(megabytes * 1024) && exec timeout \(seconds) \"$0\" \"$@\""
        let output = try ExternalTool.run(["sh", "-c", script, CLI.binary.path, directory.path] + arguments)
        return BoundedRun(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }
}
