import Testing

@testable import CurriculumKit

@Suite struct CheckSummaryTests {
    static func finding(_ severity: Severity) -> Diagnostic {
        let code: DiagnosticCode = severity == .error ? .unresolvedAnnex : .unreferencedAnnex
        var diagnostic = Diagnostic(code, .same("x"), at: SourceLocation(file: "m.md", line: 1, column: 1))
        diagnostic.severity = severity
        return diagnostic
    }

    @Test(arguments: [
        ([Severity](), ["a.md"], 0, 0.0, "0 errors, 0 warnings in 1 file (0.00 s)\n"),
        ([.error], ["a.md", "b.md", "a.md"], 0, 0.044, "1 error, 0 warnings in 2 files (0.04 s)\n"),
        ([.error, .error, .warning], ["a.md"], 0, 1.005, "2 errors, 1 warning in 1 file (1.00 s)\n"),
        ([.warning, .warning, .note], [], 0, 12.5, "0 errors, 2 warnings, 1 note in 0 files (12.50 s)\n"),
        (
            [.error], ["a.md"], 3, 0.1,
            "1 error, 0 warnings in 1 file (0.10 s); 3 more errors not shown (--max-errors)\n"
        ),
    ])
    func summaryLine(severities: [Severity], files: [String], truncated: Int, elapsed: Double, expected: String) {
        let report = CheckReport(
            diagnostics: severities.map(Self.finding), files: files, truncated: truncated)
        #expect(CheckSummary(report, elapsed: elapsed).line == expected)
    }

    @Test func quietKeepsErrorsOnly() {
        let report = CheckReport(diagnostics: [Self.finding(.warning), Self.finding(.error), Self.finding(.note)])
        #expect(report.errorsOnly.diagnostics.map(\.severity) == [.error])
    }

    @Test(arguments: [
        ([Severity](), false, false), ([.warning], false, false), ([.warning], true, true), ([.error], false, true),
        ([.note], true, false),
    ])
    func failsOnErrorsAndWithStrictOnWarnings(severities: [Severity], strict: Bool, fails: Bool) {
        #expect(CheckReport(diagnostics: severities.map(Self.finding)).fails(strict: strict) == fails)
    }

    @Test func everyFormatButHumanIsOneDocumentOnStandardOutput() {
        let report = CheckReport(diagnostics: [Self.finding(.error)], files: ["m.md"])
        for format in CheckFormat.allCases {
            let document = format.document(for: report, strict: false, toolVersion: "0")
            #expect((document == nil) == (format == .human), "\(format)")
            #expect(format.printsSummary == (format == .human || format == .github), "\(format)")
        }
    }
}
