import CurriculumKit

extension BrowserPrinter.Failure {
    /// The finding the command reports.
    var diagnostic: Diagnostic {
        switch self {
        case .notFound(let searched): return .noBrowser(searched: searched)
        case .notExecutable(let path): return .browserNotExecutable(path)
        case .failed(let browser, let status, let output):
            return .browserFailed(
                LocalizedText(
                    en: "'\(browser)' failed to print the PDF (exit status \(status))",
                    nl: "'\(browser)' kon de PDF niet afdrukken (afsluitstatus \(status))"), output: output)
        case .timedOut(let browser, let seconds):
            return .browserFailed(
                LocalizedText(
                    en: "'\(browser)' did not finish printing the PDF within \(seconds) seconds and was stopped",
                    nl: "'\(browser)' was na \(seconds) seconden nog niet klaar met de PDF en is gestopt"), output: "")
        case .noPDF(let browser, let output):
            return .browserFailed(
                LocalizedText(
                    en: "'\(browser)' ran but wrote no PDF", nl: "'\(browser)' draaide, maar schreef geen PDF"),
                output: output)
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
            en: "'\(browser)' runs without its sandbox: as root, Chromium does not start with one",
            nl: "'\(browser)' draait zonder zijn sandbox: als root start Chromium niet met sandbox", at: nil,
            hint: FixHint(
                en: "export PDFs as an ordinary user, so that the browser runs in its sandbox",
                nl: "exporteer PDF's als gewone gebruiker, dan draait de browser in zijn sandbox"))
    }

    fileprivate static func noBrowser(searched: [String]) -> Diagnostic {
        let list = searched.joined(separator: ", ")
        return Diagnostic(
            .pdfNotPrinted,
            en:
                "PDF export needs a headless Chromium or Google Chrome, and none was found on PATH (looked for \(list))",
            nl:
                "voor PDF is een headless Chromium of Google Chrome nodig, en die staat niet op PATH (gezocht naar \(list))",
            at: nil,
            hint: FixHint(
                en:
                    "install one: 'apt-get install chromium' (Debian, Ubuntu), 'dnf install chromium' (Fedora), 'brew install --cask chromium' (macOS)",
                nl:
                    "installeer er een: 'apt-get install chromium' (Debian, Ubuntu), 'dnf install chromium' (Fedora), 'brew install --cask chromium' (macOS)"
            ),
            notes: [
                Note(
                    en:
                        "or give the browser's path with '--browser PATH', or export '--format html' and print it from any browser",
                    nl:
                        "of geef het pad van de browser met '--browser PAD', of exporteer '--format html' en druk dat af vanuit een browser"
                )
            ])
    }

    fileprivate static func browserNotExecutable(_ path: String) -> Diagnostic {
        Diagnostic(
            .pdfNotPrinted, en: "the browser '\(path)' given with --browser is not an executable file",
            nl: "de browser '\(path)' bij --browser is geen uitvoerbaar bestand", at: nil,
            hint: FixHint(
                en: "give the path of a Chromium or Chrome executable, for example '--browser /usr/bin/chromium'",
                nl: "geef het pad van een uitvoerbare Chromium of Chrome, bijvoorbeeld '--browser /usr/bin/chromium'"))
    }

    /// The browser's last lines of output follow as notes, as the browser wrote them.
    fileprivate static func browserFailed(_ text: LocalizedText, output: String) -> Diagnostic {
        Diagnostic(
            .pdfNotPrinted, text, at: nil,
            notes: output.split(separator: "\n").suffix(8).map { Note(en: "| \($0)", nl: "| \($0)") })
    }
}
