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

    /// The summary line, ending in a newline.
    public var line: String {
        var line = Self.counts(of: report) + " (\(Self.seconds(elapsed)) s)"
        if report.truncated > 0 { line += "; \(report.truncated) more errors not shown (--max-errors)" }
        return line + "\n"
    }

    /// `2 errors, 5 warnings in 6 files`: the summary without the time, as the GitHub format's last
    /// annotation shows it.
    public static func counts(of report: CheckReport) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [count(report.errorCount, "error"), count(report.warningCount, "warning")]
        if report.noteCount > 0 { parts.append(count(report.noteCount, "note")) }
        return parts.joined(separator: ", ") + " in \(count(Set(report.files).count, "file"))"
    }

    /// `0.04`: seconds with two decimals, rounded.
    static func seconds(_ elapsed: Double) -> String {
        let hundredths = Int((max(0, elapsed) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
