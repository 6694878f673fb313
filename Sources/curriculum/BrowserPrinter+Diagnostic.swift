import CurriculumKit

extension BrowserPrinter.Failure {
    /// The finding the command reports.
    var diagnostic: Diagnostic {
        switch self {
        case .notFound(let searched): return .noBrowser(searched: searched)
        case .notExecutable(let path): return .browserNotExecutable(path)
        case .failed(let browser, let status, let output):
            return .browserFailed("'\(browser)' failed to print the PDF (exit status \(status))", output: output)
        case .timedOut(let browser, let seconds):
            return .browserFailed(
                "'\(browser)' did not finish printing the PDF within \(seconds) seconds and was stopped", output: "")
        case .noPDF(let browser, let output): return .browserFailed("'\(browser)' ran but wrote no PDF", output: output)
        }
    }
}

extension BrowserPrinter {
    /// The warning that the browser runs without its sandbox (as root), or `nil`.
    var sandboxOff: Diagnostic? { sandbox ? nil : .browserSandboxOff(executable) }
}

extension Diagnostic {
    fileprivate static func browserSandboxOff(_ browser: String) -> Diagnostic {
        Diagnostic(
            .browserSandboxOff,
            // nl: '\(browser)' draait zonder zijn sandbox: als root start Chromium niet met sandbox
            "'\(browser)' runs without its sandbox: as root, Chromium does not start with one", at: nil,
            hint: FixHint("export PDFs as an ordinary user, so that the browser runs in its sandbox"))
    }

    fileprivate static func noBrowser(searched: [String]) -> Diagnostic {
        Diagnostic(
            .pdfNotPrinted,
            "PDF export needs a headless Chromium or Google Chrome, and none was found on PATH (looked for \(searched.joined(separator: ", ")))",
            at: nil,
            hint: FixHint(
                "install one: 'apt-get install chromium' (Debian, Ubuntu), 'dnf install chromium' (Fedora), 'brew install --cask chromium' (macOS)"
            ),
            notes: [
                Note(
                    "or give the browser's path with '--browser PATH', or export '--format html' and print it from any browser"
                )
            ])
    }

    fileprivate static func browserNotExecutable(_ path: String) -> Diagnostic {
        Diagnostic(
            .pdfNotPrinted, "the browser '\(path)' given with --browser is not an executable file", at: nil,
            hint: FixHint("give the path of a Chromium or Chrome executable, for example '--browser /usr/bin/chromium'")
        )
    }

    /// The browser's last lines of output follow as notes.
    fileprivate static func browserFailed(_ message: String, output: String) -> Diagnostic {
        Diagnostic(
            .pdfNotPrinted, message, at: nil,
            notes: output.split(separator: "\n").suffix(8).map { Note("| \($0)") })
    }
}
