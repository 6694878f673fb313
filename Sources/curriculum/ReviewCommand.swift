import CurriculumKit

/// `curriculum review PLAN...`: delivered plans with actual times, planned against actual per item
/// and per day, and per exercise how long it really runs, with the `Duur:` lines worth changing.
enum ReviewCommand: Subcommand {
    static let format = OptionSpec(
        long: "format", short: "f", valueName: "format", help: "Output format.",
        choices: ReviewRequest.Format.allCases.map(\.rawValue), defaultValue: "text")

    static let spec = CommandSpec(
        name: "review",
        abstract: "Compare delivered plans with their actual times, and suggest durations that match them.",
        discussion: """
              Lays out each plan file and compares every item with what it really took, noted after the
              day as `(werkelijk 75 min)` or `(actual 10:15-11:30)`: per item (+15, −5) and per day
              (planned end, actual end). Across all plans given, per exercise: how often it was given,
              the median, minimum-maximum and the ratio to the curriculum's duration. Where an exercise
              ran more than 20% over (or under) its duration in at least three deliveries, suggests the
              `Duur:` line to change, with file:line. In the curriculum's language. Exit status: 0, 1
              when an actual cannot be read, 2 when a plan cannot be read or laid out.
            """,
        arguments: [
            ArgumentSpec(
                name: "plan", help: "Plan files (*.plan.md) with actual times.", isOptional: false,
                isRepeatable: true, completion: .planFiles)
        ],
        options: [format],
        examples: [
            "curriculum review curriculum/igma-femina/plans/*.plan.md",
            "curriculum review plans/*.plan.md --format csv > review.csv",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let names = arguments.positionals
        guard !names.isEmpty else { return ExitStatus.usage }
        let format = arguments.value(self.format).flatMap(ReviewRequest.Format.init(rawValue:)) ?? .text
        var request = ReviewRequest(paths: names.map(console.displayPath), names: names, format: format)
        request.language = arguments.global.language
        let result = ReviewJob().run(request)
        console.report(result.diagnostics, sources: result.sources)
        guard let output = result.output else { return ExitStatus.usage }
        console.out(output)
        return result.hasErrors ? ExitStatus.failure : ExitStatus.success
    }
}
