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

extension BrowserPrinter {
    /// Prints every page to PDF with one browser: started once with `--remote-debugging-pipe` and
    /// driven over the DevTools protocol on its file descriptors 3 (it reads) and 4 (it writes) by a
    /// `DevToolsPrinter`. One start instead of one per PDF (about a second each). The PDFs come back
    /// in the order of `pages`, or a failure and none.
    func printPDFs(pages: [String]) -> Result<[[UInt8]], Failure> {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("curriculum-export-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        var urls: [String] = []
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            for (index, html) in pages.enumerated() {
                let page = folder.appendingPathComponent("handout-\(index + 1).html")
                try Data(html.utf8).write(to: page)
                urls.append(page.absoluteString)
            }
        } catch {
            let reason = "cannot prepare a temporary folder: \(ErrorReason.of(error))"
            return .failure(.failed(browser: executable, status: -1, output: reason))
        }
        let arguments =
            Self.quietArguments(profile: folder.appendingPathComponent("profile").path, sandbox: sandbox)
            + ["--remote-debugging-pipe", "about:blank"]
        let log = folder.appendingPathComponent("browser.log")
        let result = drive(DevToolsPrinter(urls: urls), arguments: arguments, log: log.path)
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        switch result {
        case .success(let pdfs): return .success(pdfs)
        case .failure(.protocolFailed(let browser, let failure, _)):
            return .failure(.protocolFailed(browser: browser, failure, output: output))
        case .failure(let failure): return .failure(failure)
        }
    }

    /// Starts the browser with its pipe, and trades messages until the printer is done, fails, or
    /// hears nothing for `timeoutSeconds`; the browser is stopped (TERM, then KILL) on any failure.
    private func drive(_ start: DevToolsPrinter, arguments: [String], log: String) -> Result<[[UInt8]], Failure> {
        signal(SIGPIPE, SIG_IGN)  // a browser that dies makes a write fail, not the tool
        guard let toBrowser = Self.pipeAboveStandard(nonBlockingWrite: true), let fromBrowser = Self.pipeAboveStandard()
        else {
            return .failure(.failed(browser: executable, status: -1, output: "cannot make a pipe"))
        }
        defer { for end in [toBrowser.write, fromBrowser.read] { close(end) } }
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
        posix_spawn_file_actions_adddup2(&actions, toBrowser.read, 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser.write, 4)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        close(toBrowser.read)
        close(fromBrowser.write)
        guard started == 0 else {
            let reason = "cannot start it: \(String(cString: strerror(started)))"
            return .failure(.failed(browser: executable, status: -1, output: reason))
        }
        var printer = start
        var outgoing = printer.takeOutgoing()
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        var deadline = ContinuousClock.now + .seconds(timeoutSeconds)
        while printer.state == .working {
            if ContinuousClock.now >= deadline {
                stop(pid)
                return .failure(.timedOut(browser: executable, seconds: timeoutSeconds))
            }
            var fds = [pollfd(fd: fromBrowser.read, events: Int16(POLLIN), revents: 0)]
            if !outgoing.isEmpty { fds.append(pollfd(fd: toBrowser.write, events: Int16(POLLOUT), revents: 0)) }
            guard poll(&fds, nfds_t(fds.count), 200) >= 0 || errno == EINTR else { break }
            if fds.count > 1, fds[1].revents != 0 {
                let written = write(toBrowser.write, outgoing, outgoing.count)
                if written < 0, errno != EAGAIN, errno != EINTR { printer.endOfInput() }
                if written > 0 { outgoing.removeFirst(written) }
            }
            guard fds[0].revents != 0 else { continue }
            let count = read(fromBrowser.read, &buffer, buffer.count)
            if count > 0 {
                printer.receive(buffer[0..<count])
                outgoing += printer.takeOutgoing()
                deadline = ContinuousClock.now + .seconds(timeoutSeconds)
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                printer.endOfInput()
            }
        }
        switch printer.state {
        case .finished:
            // Browser.close, then a short wait for the browser to go; the PDFs are in either way.
            outgoing += printer.takeOutgoing()
            _ = write(toBrowser.write, outgoing, outgoing.count)
            stop(pid, grace: 10)
            return .success(printer.pdfs.compactMap { $0 })
        case .failed(let failure):
            stop(pid)
            return .failure(.protocolFailed(browser: executable, failure, output: ""))
        case .working:
            stop(pid)
            return .failure(
                .failed(browser: executable, status: -1, output: "poll: \(String(cString: strerror(errno)))"))
        }
    }

    /// Waits `grace` seconds for the browser to exit, then ends it: TERM, and KILL two seconds later.
    private func stop(_ pid: pid_t, grace: Int = 0) {
        var status: Int32 = 0
        let waited = ContinuousClock.now + .seconds(grace)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if ContinuousClock.now >= waited { break }
            usleep(20_000)
        }
        guard kill(pid, 0) == 0, waitpid(pid, &status, WNOHANG) == 0 else { return }
        kill(pid, SIGTERM)
        let end = ContinuousClock.now + .seconds(2)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if ContinuousClock.now >= end {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return
            }
            usleep(20_000)
        }
    }

    /// A pipe whose ends are numbered 10 or above and close on exec, so that mapping them onto the
    /// browser's 3 and 4 never collides with them and the browser inherits no other end. Only the
    /// tool's own write end may be non-blocking: the flag belongs to the pipe's end, shared with the
    /// browser's copy, and Chromium drops a message it cannot write at once.
    private static func pipeAboveStandard(nonBlockingWrite: Bool = false) -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        defer {
            close(ends[0])
            close(ends[1])
        }
        let read = fcntl(ends[0], F_DUPFD_CLOEXEC, 10)
        let write = fcntl(ends[1], F_DUPFD_CLOEXEC, 10)
        guard read >= 0, write >= 0 else { return nil }
        if nonBlockingWrite { _ = fcntl(write, F_SETFL, fcntl(write, F_GETFL) | O_NONBLOCK) }
        return (read, write)
    }
}
