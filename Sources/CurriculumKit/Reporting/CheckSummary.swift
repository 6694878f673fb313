/// The line `check` ends with: `2 errors, 5 warnings in 6 files (0.04 s)`.
///
/// The time is the caller's to measure (the library reads no clock); it is printed in seconds with
/// two decimals.
public struct CheckSummary: Sendable {
    public var report: CheckReport
    /// How long the check took, in seconds.
    public var elapsed: Double

    public init(_ report: CheckReport, elapsed: Double) {
        self.report = report
        self.elapsed = elapsed
    }

    /// The summary line in English, ending in a newline.
    public var line: String { line(in: .english) }

    /// The summary line in `language`, ending in a newline: `2 fouten, 5 waarschuwingen in 6
    /// bestanden (0,04 s)` in Dutch, with the decimal comma a Dutch reader expects.
    public func line(in language: Language) -> String {
        var line = Self.counts(of: report, in: language) + " (\(Self.seconds(elapsed, in: language)) s)"
        if report.truncated > 0 {
            switch language {
            case .english: line += "; \(report.truncated) more errors not shown (--max-errors)"
            case .dutch: line += "; nog \(report.truncated) fouten niet getoond (--max-errors)"
            }
        }
        return line + "\n"
    }

    /// `2 errors, 5 warnings in 6 files`: the summary without the time, as the GitHub format's last
    /// annotation shows it.
    public static func counts(of report: CheckReport, in language: Language = .english) -> String {
        func count(_ n: Int, _ word: LocalizedText, _ plural: LocalizedText) -> String {
            "\(n) \((n == 1 ? word : plural)[language])"
        }
        var parts = [
            count(report.errorCount, LocalizedText(en: "error", nl: "fout"), LocalizedText(en: "errors", nl: "fouten")),
            count(
                report.warningCount, LocalizedText(en: "warning", nl: "waarschuwing"),
                LocalizedText(en: "warnings", nl: "waarschuwingen")),
        ]
        if report.noteCount > 0 {
            parts.append(
                count(
                    report.noteCount, LocalizedText(en: "note", nl: "opmerking"),
                    LocalizedText(en: "notes", nl: "opmerkingen")))
        }
        let files = count(
            Set(report.files).count, LocalizedText(en: "file", nl: "bestand"),
            LocalizedText(en: "files", nl: "bestanden"))
        return parts.joined(separator: ", ") + " in " + files
    }

    /// `0.04` (`0,04` in Dutch): seconds with two decimals, rounded.
    static func seconds(_ elapsed: Double, in language: Language = .english) -> String {
        let hundredths = Int((max(0, elapsed) * 100).rounded())
        let fraction = hundredths % 100
        let separator = language == .dutch ? "," : "."
        return "\(hundredths / 100)\(separator)\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
