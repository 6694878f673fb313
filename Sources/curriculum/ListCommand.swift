import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum list`: the tree of modules, topics, levels and exercises with durations and totals.
enum ListCommand: Subcommand {
    static let spec = CommandSpec(
        name: "list",
        abstract: "Show the tree of modules, topics, levels and exercises with durations and totals.",
        arguments: [
            ArgumentSpec(
                name: "path", help: "A curriculum folder (default: ./curriculum, if it holds one curriculum).",
                completion: .directory)
        ],
        options: [
            OptionSpec(
                long: "depth", valueName: "n", help: "How deep to list: 1 modules, 2 topics, 3 levels, 4 exercises.",
                choices: ["1", "2", "3", "4"], defaultValue: "4"),
            OptionSpec(long: "level", valueName: "n", help: "Only exercises of this level."),
            OptionSpec(long: "module", valueName: "n", help: "Only this module."),
            OptionSpec(
                long: "format", short: "f", valueName: "format", help: "Output format.", choices: ["text", "json"],
                defaultValue: "text"),
        ],
        examples: [
            "curriculum list curriculum/igma-femina", "curriculum list --depth 2",
            "curriculum list --module 1 --level 2",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        var numbers: [String: Int] = [:]
        for option in ["level", "module"] {
            guard let text = arguments.value(option) else { continue }
            guard let n = Int(text), n >= 0 else {
                console.err(
                    HelpRenderer.error(
                        UsageError(
                            "The value '\(text)' is invalid for '--\(option) <n>': give a number", path: arguments.path),
                        root: CommandTable.root))
                return ExitStatus.usage
            }
            numbers[option] = n
        }
        guard let (curriculum, _) = Inputs.curriculum(arguments, console: console) else { return ExitStatus.usage }
        if let module = numbers["module"], curriculum.module(number: module) == nil {
            console.err(
                "error: the curriculum has no module \(module)\n  = help: its modules are \(curriculum.modules.map { "\($0.number)" }.joined(separator: ", "))\n"
            )
            return ExitStatus.failure
        }
        if arguments.value("format") == "json" {
            var selected = curriculum
            selected.modules = curriculum.modules.filter { numbers["module"] == nil || $0.number == numbers["module"] }
            console.out(JSONOutput.encode(ListingJSON(curriculum: selected, level: numbers["level"])) + "\n")
            return ExitStatus.success
        }
        let renderer = OutlineRenderer(
            depth: Int(arguments.value("depth") ?? "4") ?? 4, level: numbers["level"], module: numbers["module"])
        console.out(renderer.render(curriculum))
        return ExitStatus.success
    }
}
