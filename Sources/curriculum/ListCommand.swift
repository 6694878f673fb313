import CurriculumKit

/// `curriculum list`: the tree of modules, topics, levels and exercises with durations and totals.
enum ListCommand: Subcommand {
    static let depth = OptionSpec(
        long: "depth", valueName: "n", help: "How deep to list: 1 modules, 2 topics, 3 levels, 4 exercises.",
        choices: ["1", "2", "3", "4"], defaultValue: "4")
    static let level = OptionSpec(long: "level", valueName: "n", help: "Only exercises of this level.")
    static let module = OptionSpec(long: "module", valueName: "n", help: "Only this module.")
    static let format = OptionSpec(
        long: "format", short: "f", valueName: "format",
        help: "Output format; ids, topics and plans print one name a line, for scripts and completions.",
        choices: ListRequest.Format.allCases.map(\.rawValue), defaultValue: "text")

    static let spec = CommandSpec(
        name: "list",
        abstract: "Show the tree of modules, topics, levels and exercises with durations and totals.",
        arguments: [
            ArgumentSpec(
                name: "path", help: "A curriculum folder (default: the nearest curriculum upwards, else ./curriculum).",
                completion: .directory)
        ],
        options: [depth, level, module, format],
        examples: [
            "curriculum list curriculum/igma-femina", "curriculum list --depth 2",
            "curriculum list --module 1 --level 2",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        var request = ListRequest()
        do throws(UsageError) {
            for option in [level, module] {
                guard let text = arguments.value(option) else { continue }
                guard let n = Int(text), n >= 0 else {
                    throw arguments.usage(
                        en: "the value '\(text)' is invalid for '--\(option.long) <n>': give a number",
                        nl: "de waarde '\(text)' past niet bij '--\(option.long) <n>': geef een getal")
                }
                if option.long == level.long { request.level = n } else { request.module = n }
            }
        } catch {
            console.usage(error)
            return ExitStatus.usage
        }
        request.curriculumPath = Inputs.paths(arguments, console: console).first ?? Inputs.defaultPath(console)
        request.depth = arguments.value(depth).flatMap { Int($0) } ?? 4
        request.format = arguments.value(format).flatMap(ListRequest.Format.init(rawValue:)) ?? .text
        request.commandLine = arguments.commandLine
        request.language = arguments.global.language
        let result = ListJob().run(request)
        console.report(result.diagnostics, sources: result.sources)
        guard let output = result.output else { return ExitStatus.failure(of: result) }
        console.out(output)
        return ExitStatus.success
    }
}
