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
        case .protocolFailed(let browser, let failure, let output):
            return .browserFailed(Self.words(failure, browser: browser), output: output)
        }
    }

    /// What went wrong on the DevTools pipe, in words.
    private static func words(_ failure: DevToolsFailure, browser: String) -> LocalizedText {
        switch failure {
        case .closed(let unfinished):
            let en = unfinished ? " in the middle of a message" : ""
            let nl = unfinished ? " midden in een bericht" : ""
            return LocalizedText(
                en: "'\(browser)' stopped before the PDFs were printed (it closed its DevTools pipe\(en))",
                nl: "'\(browser)' stopte voordat de PDF's waren afgedrukt (het sloot zijn DevTools-pipe\(nl))")
        case .garbage(let excerpt):
            return LocalizedText(
                en: "'\(browser)' answered with something that is not a DevTools message: \(excerpt)",
                nl: "'\(browser)' antwoordde met iets wat geen DevTools-bericht is: \(excerpt)")
        case .refused(let method, let message):
            return LocalizedText(
                en: "'\(browser)' refused \(method): \(message)", nl: "'\(browser)' weigerde \(method): \(message)")
        case .notLoaded(let url, let reason):
            return LocalizedText(
                en: "'\(browser)' could not open the page \(url) to print it: \(reason)",
                nl: "'\(browser)' kon de pagina \(url) niet openen om af te drukken: \(reason)")
        case .crashed(let url):
            return LocalizedText(
                en: "'\(browser)' crashed while printing \(url)",
                nl: "'\(browser)' liep vast bij het afdrukken van \(url)")
        case .noPDF(let url):
            return LocalizedText(
                en: "'\(browser)' printed \(url), but what it sent back is no PDF",
                nl: "'\(browser)' drukte \(url) af, maar stuurde geen PDF terug")
        case .tooLarge(let bytes):
            return LocalizedText(
                en: "'\(browser)' sent a message of more than \(bytes) bytes; a PDF that large is not accepted",
                nl: "'\(browser)' stuurde een bericht van meer dan \(bytes) bytes; zo'n grote PDF wordt niet aangenomen"
            )
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
