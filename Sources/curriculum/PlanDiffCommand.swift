import CurriculumKit

/// `curriculum plan diff OLD NEW`: exercises added, removed and moved between two plan files, and
/// how far each start time shifted.
enum PlanDiffCommand {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Compare two plan files: exercises added, removed, moved, and start times shifted.",
        discussion: """
              Lays out both plans (each against the curriculum it names) and compares them exercise by
              exercise. Exit status: 0 when nothing changed, 1 when something did (like diff), 2 when a
              plan cannot be read or laid out.
            """,
        arguments: [
            ArgumentSpec(name: "old", help: "The earlier plan file.", isOptional: false, completion: .file),
            ArgumentSpec(name: "new", help: "The later plan file.", isOptional: false, completion: .file),
        ],
        options: [
            OptionSpec(long: "auto-breaks", help: "Insert breaks and lunch in both, as 'plan --auto-breaks' does.")
        ],
        examples: ["curriculum plan diff plans/dag-1.plan.md plans/dag-1-nieuw.plan.md"]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        var schedules: [Schedule] = []
        let renderer = HumanRenderer(useColor: console.useColor(onDescriptor: 2))
        for path in arguments.positionals.prefix(2).map(console.displayPath) {
            let loaded = ScheduledPlan.load(path: path, autoBreaks: arguments.flag("auto-breaks"))
            guard let schedule = loaded.schedule else {
                for diagnostic in loaded.diagnostics.sortedByLocation() where diagnostic.severity == .error {
                    console.err(renderer.render(diagnostic) { loaded.sources[$0] })
                }
                console.err("error: cannot lay out '\(path)'; 'curriculum check \(path)' shows every problem\n")
                return ExitStatus.usage
            }
            schedules.append(schedule)
        }
        guard schedules.count == 2 else { return ExitStatus.usage }
        let diff = PlanDiff(old: schedules[0], new: schedules[1])
        console.out(diff.render(oldName: arguments.positionals[0], newName: arguments.positionals[1]))
        return diff.isEmpty ? ExitStatus.success : ExitStatus.failure
    }
}
