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
        choices: CheckFormat.allCases.map(\.rawValue), defaultValue: CheckFormat.human.rawValue)
    static let select = OptionSpec(
        long: "select", valueName: "code", help: "Report only these rule codes (comma-separated or repeated).",
        repeatable: true)
    static let ignore = OptionSpec(
        long: "ignore", valueName: "code", help: "Never report these rule codes (comma-separated or repeated).",
        repeatable: true)
    static let quiet = OptionSpec(long: "quiet", short: "q", help: "Print errors only, and no summary line.")
    static let maxErrors = OptionSpec(long: "max-errors", valueName: "n", help: "Stop reporting after N errors.")
    static let fix = OptionSpec(
        long: "fix", help: "Apply the safe fixes (one right answer) first, writing each file atomically.")
    static let dryRun = OptionSpec(long: "dry-run", help: "With --fix: print the changes as a diff, write nothing.")
    static let watch = OptionSpec(long: "watch", help: "Check again after every save, until interrupted.")
    static let color = OptionSpec(
        long: "color", valueName: "when", help: "Colour the output.", choices: ["auto", "always", "never"],
        defaultValue: "auto")

    static let spec = CommandSpec(
        name: "check",
        abstract: "Validate curriculum files and report every problem with its location.",
        discussion: """
              Reads every curriculum under the given paths (folders holding a curriculum.md, or single
              module files) and reports problems as 'path:line:col: error[CODE]: message' on standard
              error. --format json|github|sarif|junit|gitlab writes one complete document to standard
              output instead (see docs/ci.md). Paths are shown relative to the current directory, and in
              the CI formats (github, sarif, gitlab) relative to the repository root (the nearest folder
              upwards holding .git), which is where CI systems look for them. Exit status:
              0 when clean, 1 when there are errors (or warnings with --strict), 2 when an input cannot
              be read or the command line is wrong.
            """,
        arguments: [
            ArgumentSpec(
                name: "paths",
                help: "Curriculum folders or files (default: the nearest curriculum upwards, else ./curriculum).",
                isRepeatable: true,
                completion: .file)
        ],
        options: [strict, format, select, ignore, quiet, maxErrors, fix, dryRun, watch, color],
        examples: [
            "curriculum check curriculum/igma-femina",
            "curriculum check --strict --format github",
            "curriculum check --select CUR401,CUR402 curriculum/igma-femina",
            "curriculum check --fix --dry-run curriculum/igma-femina",
            "curriculum check --watch curriculum/igma-femina",
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
                    console.usage(
                        arguments.usage(
                            en: "unknown rule code '\(word)' for '--\(option.long)'",
                            nl: "onbekende regelcode '\(word)' bij '--\(option.long)'",
                            suggestion: suggestion.map { "'\($0)'" }))
                    return ExitStatus.usage
                }
                codes[option.long, default: []].insert(code.id)
            }
        }
        var maximumErrors: Int?
        if let text = arguments.value(maxErrors) {
            guard let n = Int(text), n > 0 else {
                console.usage(
                    arguments.usage(
                        en: "the value '\(text)' is invalid for '--max-errors <n>': give a positive whole number",
                        nl: "de waarde '\(text)' past niet bij '--max-errors <n>': geef een positief heel getal"))
                return ExitStatus.usage
            }
            maximumErrors = n
        }
        let options = CheckOptions(
            select: codes[select.long] ?? [], ignore: codes[ignore.long] ?? [], maximumErrors: maximumErrors,
            today: console.today)
        let paths = Inputs.paths(arguments, console: console)
        if arguments.isSet(fix),
            !CheckFixing.run(
                paths: paths, dryRun: arguments.isSet(dryRun), options: options, console: console)
        {
            return ExitStatus.usage
        }
        if arguments.isSet(watch) {
            return CheckWatching.run(paths: paths, console: console) {
                let again = Date()
                return report(
                    Checker(options: options).check(paths: paths), arguments, started: again, console: console)
            }
        }
        return report(Checker(options: options).check(paths: paths), arguments, started: started, console: console)
    }

    /// Prints a report in the chosen format and returns the exit status.
    private static func report(
        _ checked: CheckReport, _ arguments: ParsedArguments, started: Date, console: Console
    ) -> Int32 {
        var report = checked
        let quiet = arguments.isSet(self.quiet)
        if quiet { report = report.errorsOnly }
        let elapsed = Date().timeIntervalSince(started)
        let strict = arguments.isSet(self.strict)
        let format = arguments.value(self.format).flatMap(CheckFormat.init(rawValue:)) ?? .human
        if format.isForPeople {
            let renderer = HumanRenderer(
                useColor: console.useColor(onDescriptor: 2, when: arguments.value(color)), language: console.language)
            for diagnostic in HumanRenderer.ordered(report.diagnostics) {
                console.err(renderer.render(diagnostic) { report.sources[$0] })
            }
        }
        let root = RepositoryLocator.root(from: console.currentDirectory)
        if let document = format.document(
            for: report, strict: strict, toolVersion: CommandTable.version, root: root,
            language: console.explicitLanguage ?? .english)
        {
            console.out(document)
        }
        if format.printsSummary && !quiet {
            console.err(CheckSummary(report, elapsed: elapsed).line(in: console.language))
        }
        if report.hasUnreadableInput { return ExitStatus.usage }
        return report.fails(strict: strict) ? ExitStatus.failure : ExitStatus.success
    }
}
