import Foundation
import Testing

/// Several PDFs printed by one browser (issue 17), with the real Chromium and with browsers that
/// fail: one that exits at once, one that closes its answering pipe, one that answers garbage.
extension ExportCommandTests {
    /// A shell script that appends a line to `counter` each time it starts, then runs `then`.
    static func countingBrowser(in folder: URL, counter: URL, then: String) throws -> URL {
        let script = folder.appendingPathComponent("browser-\(UUID().uuidString).sh")
        try "#!/bin/sh\necho started >> '\(counter.path)'\n\(then)\n".write(
            to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    static var hasChromium: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") }

    static func pageCount(_ path: String) throws -> Int? {
        let info = try ExternalTool.run(["pdfinfo", path])
        return info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
            Int($0.split(separator: " ").last ?? "")
        }
    }

    @Test(.enabled(if: hasChromium, "needs Chromium at /usr/bin/chromium (apt-get install chromium)"))
    func threePDFsFromOneBrowserStart() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try ["maandag", "dinsdag", "woensdag"].map { try Self.planCopy("\($0).plan.md", in: folder) }
        let counter = folder.appendingPathComponent("starts.txt")
        let browser = try Self.countingBrowser(in: folder, counter: counter, then: "exec /usr/bin/chromium \"$@\"")
        let out = folder.appendingPathComponent("pdf")
        let output = try CLI.run(
            ["export"] + plans.flatMap { ["--plan", $0] } + [
                "--format", "pdf", "--output-dir", out.path, "--browser", browser.path,
            ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.files(in: out) == ["dinsdag.pdf", "maandag.pdf", "woensdag.pdf"])
        for name in Self.files(in: out) {
            let bytes = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(bytes.starts(with: Array("%PDF".utf8)), "\(name) is a PDF")
            if ExternalTool.has("pdfinfo") {
                // The cover with the agenda, one page per exercise, the checklist, the notes page.
                #expect(try Self.pageCount(out.appendingPathComponent(name).path) == 3 + Self.planExercises.count)
            }
        }
        let starts = try String(contentsOf: counter, encoding: .utf8).split(separator: "\n").count
        #expect(starts == 1, "the browser started \(starts) times")
    }

    /// Browsers that fail: a clear failure naming the browser, exit 1, and no file written.
    @Test(arguments: [
        ("exit 3", "stopped before the PDFs were printed"),
        ("exec 4>&-; exec sleep 30", "stopped before the PDFs were printed"),
        ("printf 'no json\\000' >&4; exec sleep 30", "not a DevTools message: no json"),
    ])
    func aFailingBrowserWritesNothing(then: String, message: String) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = try ["een", "twee"].map { try Self.planCopy("\($0).plan.md", in: folder) }
        let counter = folder.appendingPathComponent("starts.txt")
        let browser = try Self.countingBrowser(in: folder, counter: counter, then: then)
        let out = folder.appendingPathComponent("pdf")
        let started = Date()
        let output = try CLI.run(
            ["export"] + plans.flatMap { ["--plan", $0] } + [
                "--format", "pdf", "--output-dir", out.path, "--browser", browser.path,
            ])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.contains("error[CUR808]: '\(browser.path)' "), "\(output.stderr)")
        #expect(output.stderr.contains(message), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(Date().timeIntervalSince(started) < 25, "the tool does not wait for the browser's sleep")
    }
}
