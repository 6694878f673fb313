import CurriculumKit

/// `curriculum plan diff OLD NEW`: exercises added, removed and moved between two plan files, and
/// how far each start time shifted.
enum PlanDiffCommand {
    static let autoBreaks = OptionSpec(
        long: "auto-breaks", help: "Insert breaks and lunch in both, as 'plan --auto-breaks' does.")

    static let spec = CommandSpec(
        name: "diff",
        abstract: "Compare two plan files: exercises added, removed, moved, and start times shifted.",
        discussion: """
              Lays out both plans (each against the curriculum it names) and compares them exercise by
              exercise. Exit status: 0 when nothing changed, 1 when something did (like diff), 2 when a
              plan cannot be read or laid out.
            """,
        arguments: [
            ArgumentSpec(name: "old", help: "The earlier plan file.", isOptional: false, completion: .planFiles),
            ArgumentSpec(name: "new", help: "The later plan file.", isOptional: false, completion: .planFiles),
        ],
        options: [autoBreaks],
        examples: ["curriculum plan diff plans/dag-1.plan.md plans/dag-1-nieuw.plan.md"]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let names = arguments.positionals.prefix(2)
        guard let old = names.first, let new = names.last, names.count == 2 else { return ExitStatus.usage }
        var request = PlanDiffRequest(
            old: console.displayPath(old), new: console.displayPath(new), oldName: old, newName: new)
        request.autoBreaks = arguments.isSet(autoBreaks)
        request.language = arguments.global.language
        let result = PlanDiffJob().run(request)
        console.report(result.diagnostics, sources: result.sources)
        // Like diff(1): 2 when the plans cannot be compared at all.
        guard let diff = result.diff, let output = result.output else { return ExitStatus.usage }
        console.out(output)
        return diff.isEmpty ? ExitStatus.success : ExitStatus.failure
    }
}
