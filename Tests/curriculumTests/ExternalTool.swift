import Foundation

/// Outside tools some tests use as independent checks (a Python parser, a browser, poppler).
/// A test that needs one is skipped, with the reason shown, when the tool is absent; `.ci/run`
/// installs them all so that CI skips nothing.
enum ExternalTool {
    /// Whether `command` runs and exits 0 (`python3 -c "import html5lib"`).
    static func succeeds(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Whether Python 3 can import `module`.
    static func hasPythonModule(_ module: String) -> Bool {
        succeeds(["python3", "-c", "import \(module)"])
    }

    /// Whether an executable is on PATH.
    static func has(_ name: String) -> Bool {
        succeeds(["sh", "-c", "command -v \(name)"])
    }

    /// Runs a command, returning its status and output.
    static func run(_ arguments: [String], input: String? = nil) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }
}
