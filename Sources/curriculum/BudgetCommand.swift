import CurriculumKit

/// `curriculum budget`: time totals per module, topic and level, the course days each needs, and
/// whether the programme fits a target.
enum BudgetCommand: Subcommand {
    static let select = OptionSpec(
        long: "select", short: "s", valueName: "ids",
        help: "Exercise IDs, topics (1.A) or modules (1), comma-separated or repeated.", repeatable: true,
        completion: .exerciseIDs)
    static let level = OptionSpec(long: "level", valueName: "n", help: "Only exercises of this level.")
    static let day = OptionSpec(
        long: "day", valueName: "length", help: "Training time in one course day (6h, 360 min).")
    static let target = OptionSpec(
        long: "target", valueName: "target", help: "The time the programme must fit: days (3d) or hours (18h).")

    static let spec = CommandSpec(
        name: "budget",
        abstract: "Total the time per module, topic and level, and check it against a target.",
        discussion: """
              Prints the minimum-maximum minutes and hours of every module, topic and level (of the
              whole curriculum, or of --select / --level), and how many course days each needs for a
              day of --day training time (default: the manifest's day minus lunch). With --target 3d or
              --target 18h, says whether the programme fits: exit 1 when it does not (at the maximum
              durations).
            """,
        arguments: [
            ArgumentSpec(
                name: "path", help: "A curriculum folder (default: the nearest curriculum upwards, else ./curriculum).",
                completion: .directory)
        ],
        options: [select, level, day, target, PlanOptions.calibrate],
        examples: [
            "curriculum budget curriculum/igma-femina --day 6h",
            "curriculum budget --select 1 --level 1 --day 6h --target 2d",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        do throws(UsageError) {
            let result = BudgetJob().run(try request(arguments, console: console))
            console.report(result.diagnostics, sources: result.sources)
            if let problem = result.problem { throw selectionError(problem, arguments: arguments) }
            guard let output = result.output else { return ExitStatus.failure(of: result) }
            console.out(output)
            return result.fits ? ExitStatus.success : ExitStatus.failure
        } catch {
            console.usage(error)
            return ExitStatus.usage
        }
    }

    /// Every option, read once.
    private static func request(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> BudgetRequest {
        var request = BudgetRequest()
        if let text = arguments.value(level) {
            guard let n = Int(text), n >= 0 else {
                throw arguments.usage(
                    en: "the value '\(text)' is invalid for '--level': give a number",
                    nl: "de waarde '\(text)' past niet bij '--level': geef een getal")
            }
            request.level = n
        }
        if let text = arguments.value(day) {
            try rejectBareNumber(text, for: day, arguments: arguments)
            guard case .success(let reading) = DurationParser.parse(text), !reading.value.isRange,
                reading.value.minimum > 0
            else {
                throw arguments.usage(
                    en:
                        "the value '\(text)' is invalid for '--day': give the training time of a day, such as 6h or 360 min",
                    nl:
                        "de waarde '\(text)' past niet bij '--day': geef de trainingstijd van een dag, zoals 6h of 360 min"
                )
            }
            request.dayMinutes = reading.value.minimum
        }
        if let text = arguments.value(target) {
            try rejectBareNumber(text, for: target, arguments: arguments)
            guard let parsed = Budget.Target(text) else {
                throw arguments.usage(
                    en: "the value '\(text)' is invalid for '--target': give days (3d) or hours (18h)",
                    nl: "de waarde '\(text)' past niet bij '--target': geef dagen (3d) of uren (18h)")
            }
            request.target = parsed
        }
        request.selection = arguments.list(select)
        request.curriculumPath = Inputs.paths(arguments, console: console).first ?? Inputs.defaultPath(console)
        request.commandLine = arguments.commandLine
        request.language = arguments.global.language
        request.calibration = arguments.list(PlanOptions.calibrate).map(console.displayPath)
        return request
    }

    /// A number without a unit could mean minutes, hours or days: never guessed.
    private static func rejectBareNumber(_ text: String, for option: OptionSpec, arguments: ParsedArguments)
        throws(UsageError)
    {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return }
        let isTarget = option.long == target.long
        let forms = isTarget ? "days (\(trimmed)d), hours (\(trimmed)h) or minutes (\(trimmed) min)" : "6h or 360 min"
        let vormen = isTarget ? "dagen (\(trimmed)d), uren (\(trimmed)h) of minuten (\(trimmed) min)" : "6h of 360 min"
        throw arguments.usage(
            en:
                "the value '\(text)' for '--\(option.long)' is a number without a unit: write it with one, such as \(forms)",
            nl:
                "de waarde '\(text)' bij '--\(option.long)' is een getal zonder eenheid: zet er een bij, zoals \(vormen)"
        )
    }

    private static func selectionError(_ failure: Selection.Failure, arguments: ParsedArguments) -> UsageError {
        switch failure {
        case .unreadable(let word):
            return arguments.usage(
                en: "'\(word)' given to '--select' is not an exercise ID, a topic or a module number",
                nl: "'\(word)' bij '--select' is geen oefeningnummer, onderwerp of modulenummer")
        case .unknown(let word, _):
            return arguments.usage(en: "the curriculum has no \(word)", nl: "het curriculum heeft geen \(word)")
        case .empty:
            return arguments.usage(
                en: "the selection holds no exercises", nl: "de selectie bevat geen oefeningen")
        }
    }
}
