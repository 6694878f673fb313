import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum plan`: lays a plan file, or a selection of exercises, onto clock times and says
/// whether each day fits.
enum PlanCommand: Subcommand {
    static let spec = CommandSpec(
        name: "plan",
        abstract: "Lay exercises onto course days with clock times, and check that every day fits.",
        discussion: """
              With a plan file (*.plan.md, see docs/plans.md), prints its timed agenda: the start and end
              of every item, the end of each day and the verdict. Without one, builds the agenda from
              --select (exercise IDs, topics, modules; curriculum order), splitting it over days at
              exercise boundaries, or from --fill, which chooses the exercises covering the most
              requested topics or goals within the day. --write saves the result as a plan file.
              Exit status: 0 when every day fits, 1 when a day is over budget, an exercise does not
              fit or the plan has errors, 2 for a usage error or unreadable input.
            """,
        arguments: [
            ArgumentSpec(
                name: "plan", help: "A plan file (*.plan.md). Without it, --select or --fill builds the plan.",
                completion: .planFiles)
        ],
        options: PlanOptions.all,
        subcommands: [PlanDiffCommand.spec],
        examples: [
            "curriculum plan curriculum/igma-femina/plans/module-1-niveau-1.plan.md",
            "curriculum plan --select 1.A,1.B --level 1 --date 2027-03-09 --start 09:00 --end 16:30 --participants 14 --trainers 2",
            "curriculum plan --select 1 --level 1 --auto-breaks --write plans/module-1.plan.md",
            "curriculum plan --fill --topics 2.A,2.B --level 1 --date 2027-03-16",
            "curriculum plan diff old.plan.md new.plan.md",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        if arguments.path.last == PlanDiffCommand.spec.name { return PlanDiffCommand.run(arguments, console: console) }
        do throws(UsageError) {
            let request = try PlanOptions.request(arguments, console: console)
            let result = PlanJob().run(request)
            console.report(result.diagnostics, sources: result.sources, color: arguments.value(PlanOptions.color))
            console.out(result.output)
            if let problem = result.problem { throw usageError(problem, request: request, arguments: arguments) }
            if let written = result.writtenPlanFile {
                console.err((console.language == .dutch ? "geschreven: " : "wrote ") + "\(written)\n")
            }
            if result.hasUnreadableInput { return ExitStatus.usage }
            return result.succeeded ? ExitStatus.success : ExitStatus.failure
        } catch {
            console.usage(error)
            return ExitStatus.usage
        }
    }

    /// A request the plan cannot carry out, said in terms of the options that asked for it.
    private static func usageError(_ problem: PlanResult.Problem, request: PlanRequest, arguments: ParsedArguments)
        -> UsageError
    {
        switch problem {
        case .selection(let failure):
            var option = PlanOptions.select
            if case .fill(let fill, _) = request.source {
                option = fill == .topics ? PlanOptions.topics : PlanOptions.goals
            }
            return selectionError(failure, option: option, level: request.level, arguments: arguments)
        case .noDayFrame:
            return arguments.usage(
                en: "give the day's hours with --start and --end; the curriculum's manifest has no 'Dagindeling'",
                nl: "geef de tijden van de dag met --start en --end; curriculum.md heeft geen 'Dagindeling'")
        case .undatedDays(let days):
            let list = days.map(String.init).joined(separator: ", ")
            return arguments.usage(
                en:
                    "an ICS calendar needs a date for every day; day \(list) has none (give --date, or 'Datum:' in the plan)",
                nl:
                    "een ICS-agenda heeft voor elke dag een datum nodig; dag \(list) heeft er geen (geef --date, of 'Datum:' in het plan)"
            )
        case .notAPlanFileName(let path):
            return arguments.usage(
                en: "a plan file's name ends in '\(PlanParser.fileSuffix)': '\(path)'",
                nl: "de naam van een planbestand eindigt op '\(PlanParser.fileSuffix)': '\(path)'")
        }
    }

    private static func selectionError(
        _ failure: Selection.Failure, option: OptionSpec, level: Int?, arguments: ParsedArguments
    ) -> UsageError {
        switch failure {
        case .unreadable(let word):
            return arguments.usage(
                en:
                    "'\(word)' given to '--\(option.long)' is not an exercise ID (1.A.1.1), a topic (1.A) or a module number (1)",
                nl:
                    "'\(word)' bij '--\(option.long)' is geen oefeningnummer (1.A.1.1), onderwerp (1.A) of modulenummer (1)"
            )
        case .unknown(let word, let suggestion):
            return arguments.usage(
                en: "the curriculum has no \(word)", nl: "het curriculum heeft geen \(word)",
                suggestion: suggestion.map { word.hasPrefix("module") ? "\($0)" : "'\($0)'" })
        case .empty:
            return arguments.usage(
                en: "the selection holds no exercises\(level.map { " at level \($0)" } ?? "")",
                nl: "de selectie bevat geen oefeningen\(level.map { " op niveau \($0)" } ?? "")")
        }
    }
}
