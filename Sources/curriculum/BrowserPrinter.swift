import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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
        /// The browser driven over its DevTools pipe went wrong: it died, said something that is no
        /// DevTools message, or refused a request.
        case protocolFailed(browser: String, DevToolsFailure, output: String)
    }

    /// Names tried on PATH, in order.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    var executable: String
    var timeoutSeconds = 180
    /// Whether the browser runs in its sandbox: always, except as root, where Chromium refuses to
    /// start with it (the command then says so, `sandboxOff`).
    var sandbox = geteuid() != 0

    /// A browser that reaches no network and keeps nothing (issue 14, item 5): every request goes
    /// to a proxy that does not exist and every host name resolves to nothing, the background
    /// services (updates, sync, metrics, safe browsing, default apps) are off, and the profile
    /// lives in the temporary folder that is removed afterwards.
    static func quietArguments(profile: String, sandbox: Bool) -> [String] {
        (sandbox ? [] : ["--no-sandbox"]) + [
            "--headless", "--disable-gpu", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
            "--disable-dev-shm-usage", "--user-data-dir=\(profile)",
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
            "--disable-breakpad", "--no-pings", "--metrics-recording-only", "--safebrowsing-disable-auto-update",
            "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater",
        ]
    }

    /// The browser given with `--browser`, or the first candidate found on PATH.
    static func find(given: String?, environment: [String: String]) -> Result<BrowserPrinter, Failure> {
        let manager = FileManager.default
        if let given {
            if given.contains("/") {
                return manager.isExecutableFile(atPath: given)
                    ? .success(BrowserPrinter(executable: given)) : .failure(.notExecutable(given))
            }
            if let found = search(given, path: environment["PATH"]) {
                return .success(BrowserPrinter(executable: found))
            }
            return .failure(.notExecutable(given))
        }
        for name in candidates {
            if let found = search(name, path: environment["PATH"]) {
                return .success(BrowserPrinter(executable: found))
            }
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
            return .failure(
                .failed(
                    browser: executable, status: -1,
                    output: "cannot prepare a temporary folder: \(ErrorReason.of(error))"))
        }
        let pdf = folder.appendingPathComponent("handout.pdf")
        let arguments =
            Self.quietArguments(profile: folder.appendingPathComponent("profile").path, sandbox: sandbox) + [
                "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
                folder.appendingPathComponent("handout.html").absoluteString,
            ]
        let log = folder.appendingPathComponent("browser.log")
        let status: Int32
        switch run(arguments, log: log.path) {
        case .failure(let failure): return .failure(failure)
        case .success(let exit): status = exit
        }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard status == 0 else {
            return .failure(.failed(browser: executable, status: status, output: output))
        }
        guard let data = try? Data(contentsOf: pdf), data.starts(with: Array("%PDF".utf8)) else {
            return .failure(.noPDF(browser: executable, output: output))
        }
        return .success(data)
    }

    /// Runs the browser with its output in `log` and no input; its exit status, or a failure when it
    /// cannot start or outlives the time limit (it is then stopped). Spawned with `posix_spawn`, so
    /// the tool needs no more of Foundation than its essentials.
    private func run(_ arguments: [String], log: String) -> Result<Int32, Failure> {
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t?
        #else
            var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard started == 0 else {
            return .failure(
                .failed(
                    browser: executable, status: -1, output: "cannot start it: \(String(cString: strerror(started)))"))
        }
        let deadline = ContinuousClock.now + .seconds(timeoutSeconds)
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0, errno != EINTR {
                return .failure(
                    .failed(
                        browser: executable, status: -1, output: "lost track of it: \(String(cString: strerror(errno)))"
                    ))
            }
            if ContinuousClock.now >= deadline {
                kill(pid, SIGTERM)
                let grace = ContinuousClock.now + .seconds(5)
                while waitpid(pid, &status, WNOHANG) == 0 {
                    if ContinuousClock.now >= grace {
                        kill(pid, SIGKILL)
                        _ = waitpid(pid, &status, 0)
                        break
                    }
                    usleep(50_000)
                }
                return .failure(.timedOut(browser: executable, seconds: timeoutSeconds))
            }
            usleep(20_000)
        }
        // As a shell reports it: the exit code, or the number of the signal that ended it.
        let signal = status & 0x7F
        return .success(signal == 0 ? (status >> 8) & 0xFF : signal)
    }
}
