import CurriculumKit

/// `curriculum budget`: time totals per module, topic and level, the course days each needs, and
/// whether the programme fits a target.
enum BudgetCommand: Subcommand {
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
            ArgumentSpec(name: "path", help: "A curriculum folder (default: ./curriculum).", completion: .directory)
        ],
        options: [
            OptionSpec(
                long: "select", short: "s", valueName: "ids",
                help: "Exercise IDs, topics (1.A) or modules (1), comma-separated or repeated.", repeatable: true),
            OptionSpec(long: "level", valueName: "n", help: "Only exercises of this level."),
            OptionSpec(long: "day", valueName: "length", help: "Training time in one course day (6h, 360 min)."),
            OptionSpec(
                long: "target", valueName: "target", help: "The time the programme must fit: days (3d) or hours (18h)."),
        ],
        examples: [
            "curriculum budget curriculum/igma-femina --day 6h",
            "curriculum budget --select 1 --level 1 --day 6h --target 2d",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        func usage(_ message: String) -> Int32 {
            console.err(HelpRenderer.error(UsageError(message, path: arguments.path), root: CommandTable.root))
            return ExitStatus.usage
        }
        var level: Int?
        if let text = arguments.value("level") {
            guard let n = Int(text), n >= 0 else {
                return usage("The value '\(text)' is invalid for '--level': give a number")
            }
            level = n
        }
        var dayMinutes: Int?
        if let text = arguments.value("day") {
            guard case .success(let reading) = DurationParser.parse(text), !reading.value.isRange,
                reading.value.minimum > 0
            else {
                return usage(
                    "The value '\(text)' is invalid for '--day': give the training time of a day, such as 6h or 360 min"
                )
            }
            dayMinutes = reading.value.minimum
        }
        var target: Budget.Target?
        if let text = arguments.value("target") {
            guard let t = Budget.Target(text) else {
                return usage("The value '\(text)' is invalid for '--target': give days (3d) or hours (18h)")
            }
            target = t
        }
        guard let (curriculum, _) = Inputs.curriculum(arguments, console: console) else { return ExitStatus.usage }
        if dayMinutes == nil, let frame = curriculum.manifest.dayFrame {
            let policy = BreakPolicy(manifest: curriculum.manifest, settings: PlanSettings())
            dayMinutes = frame.minutes - (policy.includesLunch(frame) ? policy.lunchMinutes : 0)
        }
        let exercises: [Exercise]
        switch Selection.parse(arguments.list("select"), level: level).flatMap({ $0.exercises(in: curriculum) }) {
        case .success(let list): exercises = list
        case .failure(.unreadable(let word)):
            return usage("'\(word)' given to '--select' is not an exercise ID, a topic or a module number")
        case .failure(.unknown(let word, _)): return usage("The curriculum has no \(word)")
        case .failure(.empty): return usage("The selection holds no exercises")
        }
        let budget = Budget(curriculum: curriculum, exercises: exercises, dayMinutes: dayMinutes)
        console.out(budget.render())
        guard let target else { return ExitStatus.success }
        let (fits, text) = budget.verdict(for: target)
        console.out("Verdict: \(text)\n")
        return fits ? ExitStatus.success : ExitStatus.failure
    }
}
