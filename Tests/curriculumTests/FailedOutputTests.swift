import Foundation
import Testing

/// Output that did not arrive is never a success (issue 13): a write to standard output or to a
/// file that fails (a full disk, `> /dev/full`) says why and exits 2, where json, ics and export
/// used to exit 0 with an empty file.
@Suite struct FailedOutputTests {
    static let plan = "curriculum/igma-femina/plans/module-1-niveau-1.plan.md"

    /// Whether `path` is a character device (Linux has `/dev/full`; macOS has none).
    static func isDevice(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeCharacterSpecial
    }

    /// Runs the binary with standard output going to `path`.
    static func run(_ arguments: [String], stdoutTo path: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        guard let out = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileNoSuchFile) }
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    @Test(
        .enabled(if: isDevice("/dev/full"), "this system has no /dev/full to write to"),
        arguments: [
            ["plan", plan, "-f", "json"], ["plan", plan, "-f", "ics"], ["plan", plan, "-f", "csv"], ["plan", plan],
            ["export", "curriculum/igma-femina", "--format", "md"], ["export", "--plan", plan, "--format", "html"],
            ["list", "curriculum/igma-femina", "-f", "json"], ["budget", "curriculum/igma-femina"],
            ["show", "1.A", "curriculum/igma-femina"], ["check", "curriculum/igma-femina", "--format", "sarif"],
        ])
    func aFullStandardOutputExitsTwoAndSaysWhy(_ arguments: [String]) throws {
        let output = try Self.run(arguments, stdoutTo: "/dev/full")
        #expect(output.status == 2, "\(arguments): \(output.stderr)")
        #expect(output.stderr.contains("cannot write the output: No space left on device"), "\(output.stderr)")
    }

    @Test func aFileThatCannotBeWrittenExitsTwo() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = root.appendingPathComponent("no/such/folder/out.md").path
        let output = try CLI.run(["export", "curriculum/igma-femina", "--format", "md", "--output", missing])
        #expect(output.status == 2)
        #expect(output.stderr.contains("cannot write '\(missing)'"))
        let plan = try CLI.run([
            "plan", "--select", "1.A.1.1", "-c", "curriculum/igma-femina", "--write",
            root.appendingPathComponent("no/such/x.plan.md").path,
        ])
        #expect(plan.status == 2, "\(plan.stderr)")
    }

    /// `--output` naming a device writes into it and never renames a file over the device node:
    /// checked on a private full device, made with mknod (root only), so that a mistake here
    /// cannot replace the system's `/dev/full`.
    @Test(.enabled(if: getuid() == 0, "mknod needs root to make a private full device"))
    func anOutputDeviceIsWrittenIntoNotReplaced() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let device = root.appendingPathComponent("full").path
        #expect(try ExternalTool.run(["mknod", device, "c", "1", "7"]).status == 0)
        let output = try CLI.run(["export", "curriculum/igma-femina", "--format", "md", "--output", device, "--force"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("No space left on device"))
        #expect(Self.isDevice(device), "the device node was replaced by a file")
    }
}
