import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum check`: validates curricula and reports every finding.
enum CheckCommand: Subcommand {
    static let strict = OptionSpec(long: "strict", help: "Treat warnings as errors for the exit status.")
    static let format = OptionSpec(
        long: "format", short: "f", valueName: "format", help: "Output format.",
        choices: ["human", "json", "github", "sarif", "junit"], defaultValue: "human")
    static let select = OptionSpec(
        long: "select", valueName: "code", help: "Report only these rule codes (comma-separated or repeated).",
        repeatable: true)
    static let ignore = OptionSpec(
        long: "ignore", valueName: "code", help: "Never report these rule codes (comma-separated or repeated).",
        repeatable: true)
    static let quiet = OptionSpec(long: "quiet", short: "q", help: "Print errors only, and no summary line.")
    static let maxErrors = OptionSpec(long: "max-errors", valueName: "n", help: "Stop reporting after N errors.")
    static let color = OptionSpec(
        long: "color", valueName: "when", help: "Colour the output.", choices: ["auto", "always", "never"],
        defaultValue: "auto")

    static let spec = CommandSpec(
        name: "check",
        abstract: "Validate curriculum files and report every problem with its location.",
        discussion: """
              Reads every curriculum under the given paths (folders holding a curriculum.md, or single
              module files) and reports problems as 'path:line:col: error[CODE]: message' on standard
              error. --format json|github|sarif|junit writes one complete document to standard output
              instead (see docs/ci.md). Paths are shown relative to the current directory. Exit status:
              0 when clean, 1 when there are errors (or warnings with --strict), 2 when an input cannot
              be read or the command line is wrong.
            """,
        arguments: [
            ArgumentSpec(
                name: "paths", help: "Curriculum folders or files (default: ./curriculum).", isRepeatable: true,
                completion: .file)
        ],
        options: [strict, format, select, ignore, quiet, maxErrors, color],
        examples: [
            "curriculum check curriculum/igma-femina",
            "curriculum check --strict --format github",
            "curriculum check --select CUR401,CUR402 curriculum/igma-femina",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let started = Date()
        var codes: [String: Set<String>] = [:]
        for option in [select, ignore] {
            for word in arguments.list(option) {
                guard let code = DiagnosticCode.named(word) else {
                    let suggestion = EditDistance.suggestion(
                        for: word.uppercased(), among: DiagnosticCode.all.map(\.id))
                    console.err(
                        HelpRenderer.error(
                            UsageError(
                                "Unknown rule code '\(word)' for '--\(option.long)'", path: arguments.path,
                                suggestion: suggestion.map { "'\($0)'" }), root: CommandTable.root))
                    return ExitStatus.usage
                }
                codes[option.long, default: []].insert(code.id)
            }
        }
        var maximumErrors: Int?
        if let text = arguments.value(maxErrors) {
            guard let n = Int(text), n > 0 else {
                console.err(
                    HelpRenderer.error(
                        UsageError(
                            "The value '\(text)' is invalid for '--max-errors <n>': give a positive whole number",
                            path: arguments.path), root: CommandTable.root))
                return ExitStatus.usage
            }
            maximumErrors = n
        }
        let options = CheckOptions(
            select: codes[select.long] ?? [], ignore: codes[ignore.long] ?? [], maximumErrors: maximumErrors)
        let paths = Inputs.paths(arguments, console: console)
        var report = Checker(options: options).check(paths: paths)
        let quiet = arguments.isSet(self.quiet)
        if quiet { report.diagnostics = report.diagnostics.filter { $0.severity == .error } }
        let elapsed = Date().timeIntervalSince(started)
        let strict = arguments.isSet(self.strict)

        switch arguments.value(format) ?? "human" {
        case "human":
            let renderer = HumanRenderer(useColor: console.useColor(onDescriptor: 2, when: arguments.value(color)))
            for diagnostic in report.diagnostics {
                console.err(renderer.render(diagnostic) { report.sources[$0] })
            }
            if !quiet {
                console.err(summary(report, elapsed: elapsed))
            }
        case "json":
            console.out(JSONRenderer.render(report, toolVersion: CommandTable.version))
        case "github":
            console.out(GitHubRenderer.render(report.diagnostics))
            if !quiet { console.err(summary(report, elapsed: elapsed)) }
        case "sarif":
            console.out(SARIFRenderer.render(report, toolVersion: CommandTable.version))
        case "junit":
            console.out(JUnitRenderer.render(report, strict: strict))
        case let other:
            console.err(
                HelpRenderer.error(
                    UsageError("Unknown format '\(other)' for '--format'", path: arguments.path),
                    root: CommandTable.root))
            return ExitStatus.usage
        }
        if report.hasUnreadableInput { return ExitStatus.usage }
        let failing = report.errorCount > 0 || (strict && report.warningCount > 0)
        return failing ? ExitStatus.failure : ExitStatus.success
    }

    /// `2 errors, 5 warnings in 6 files (0.04 s)`.
    /// `0.04`: seconds with two decimals, rounded, as the summary line prints them.
    static func seconds(_ elapsed: TimeInterval) -> String {
        let hundredths = Int((max(0, elapsed) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func summary(_ report: CheckReport, elapsed: TimeInterval) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [count(report.errorCount, "error"), count(report.warningCount, "warning")]
        if report.noteCount > 0 { parts.append(count(report.noteCount, "note")) }
        var line =
            parts.joined(separator: ", ") + " in \(count(Set(report.files).count, "file")) (\(Self.seconds(elapsed)) s)"
        if report.truncated > 0 { line += "; \(report.truncated) more errors not shown (--max-errors)" }
        return line + "\n"
    }
}
