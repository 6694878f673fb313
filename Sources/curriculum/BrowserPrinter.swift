import Foundation

/// Prints an HTML file to PDF with a headless Chromium or Chrome: the only PDF writer the tool
/// has, because a browser lays out text, fonts and page breaks far better than a hand-made one.
///
/// Lives in the command line, not the library: it looks at PATH and starts a process.
struct BrowserPrinter {
    /// Why printing failed, in words for the user.
    enum Failure: Error {
        case notFound(searched: [String])
        case notExecutable(String)
        case failed(browser: String, status: Int32, output: String)
        case timedOut(browser: String, seconds: Int)
        case noPDF(browser: String, output: String)
    }

    /// Names tried on PATH, in order.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    var executable: String
    var timeoutSeconds = 180

    /// The browser given with `--browser`, or the first candidate found on PATH.
    static func find(given: String?, environment: [String: String]) -> Result<BrowserPrinter, Failure> {
        let manager = FileManager.default
        if let given {
            if given.contains("/") {
                return manager.isExecutableFile(atPath: given) ? .success(BrowserPrinter(executable: given)) : .failure(.notExecutable(given))
            }
            if let found = search(given, path: environment["PATH"]) { return .success(BrowserPrinter(executable: found)) }
            return .failure(.notExecutable(given))
        }
        for name in candidates {
            if let found = search(name, path: environment["PATH"]) { return .success(BrowserPrinter(executable: found)) }
        }
        return .failure(.notFound(searched: candidates))
    }

    private static func search(_ name: String, path: String?) -> String? {
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Prints `html` to PDF and returns the PDF's bytes. Works in a private temporary folder (the
    /// page, the browser's profile and the PDF), removed afterwards.
    func printPDF(html: String) -> Result<Data, Failure> {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("curriculum-export-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: folder.appendingPathComponent("handout.html"))
        } catch {
            return .failure(.failed(browser: executable, status: -1, output: "cannot prepare a temporary folder: \(error.localizedDescription)"))
        }
        let pdf = folder.appendingPathComponent("handout.pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
            "--disable-dev-shm-usage", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
            folder.appendingPathComponent("handout.html").absoluteString,
        ]
        let log = folder.appendingPathComponent("browser.log")
        manager.createFile(atPath: log.path, contents: nil)
        let logHandle = try? FileHandle(forWritingTo: log)
        process.standardOutput = logHandle ?? FileHandle.nullDevice
        process.standardError = logHandle ?? FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            return .failure(.failed(browser: executable, status: -1, output: "cannot start it: \(error.localizedDescription)"))
        }
        if finished.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + .seconds(5))
            return .failure(.timedOut(browser: executable, seconds: timeoutSeconds))
        }
        try? logHandle?.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            return .failure(.failed(browser: executable, status: process.terminationStatus, output: output))
        }
        guard let data = try? Data(contentsOf: pdf), data.starts(with: Array("%PDF".utf8)) else {
            return .failure(.noPDF(browser: executable, output: output))
        }
        return .success(data)
    }
}

extension BrowserPrinter.Failure {
    /// The error and what to do about it, as the command prints it.
    var message: String {
        switch self {
        case .notFound(let searched):
            return """
            error: PDF export needs a headless Chromium or Google Chrome, and none was found on PATH (looked for \(searched.joined(separator: ", ")))
              = help: install one: 'apt-get install chromium' (Debian, Ubuntu), 'dnf install chromium' (Fedora), 'brew install --cask chromium' (macOS)
              = help: or give the browser's path with '--browser PATH', or export '--format html' and print it from any browser

            """
        case .notExecutable(let path):
            return "error: the browser '\(path)' given with --browser is not an executable file\n  = help: give the path of a Chromium or Chrome executable, for example '--browser /usr/bin/chromium'\n"
        case .failed(let browser, let status, let output):
            return "error: '\(browser)' failed to print the PDF (exit status \(status))\n" + Self.tail(output)
        case .timedOut(let browser, let seconds):
            return "error: '\(browser)' did not finish printing the PDF within \(seconds) seconds and was stopped\n"
        case .noPDF(let browser, let output):
            return "error: '\(browser)' ran but wrote no PDF\n" + Self.tail(output)
        }
    }

    /// The browser's last lines of output, indented, for a failure report.
    private static func tail(_ output: String) -> String {
        let lines = output.split(separator: "\n").suffix(8)
        return lines.isEmpty ? "" : lines.map { "  | \($0)\n" }.joined()
    }
}
