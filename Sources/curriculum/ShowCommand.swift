import CurriculumKit

/// `curriculum show ID`: one exercise, topic or module in full.
enum ShowCommand: Subcommand {
    static let format = OptionSpec(
        long: "format", short: "f", valueName: "format", help: "Output format.",
        choices: ShowRequest.Format.allCases.map(\.rawValue), defaultValue: "text")

    static let spec = CommandSpec(
        name: "show",
        abstract: "Show one exercise, topic or module in full.",
        discussion: "ID is an exercise (1.A.1.1, 0.A.1), a topic (1.A) or a module (1 or 'module 1').",
        arguments: [
            ArgumentSpec(
                name: "id", help: "The exercise, topic or module to show.", isOptional: false, completion: .exerciseIDs),
            ArgumentSpec(
                name: "path", help: "A curriculum folder (default: the nearest curriculum upwards, else ./curriculum).",
                completion: .directory),
        ],
        options: [format],
        examples: ["curriculum show 1.A.1.1", "curriculum show 2.B curriculum/igma-femina"]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let id = arguments.positionals[0]
        guard let target = ShowRequest.Target(id) else {
            let error = arguments.usage(
                en: "'\(id)' is not an exercise, topic or module ID (1.A.1.1, 0.A.1, 1.A or 1)",
                nl: "'\(id)' is geen nummer van een oefening, onderwerp of module (1.A.1.1, 0.A.1, 1.A of 1)")
            console.usage(error)
            return ExitStatus.usage
        }
        var request = ShowRequest(target: target, id: id)
        request.curriculumPath = Inputs.curriculumPath(arguments.positionals.dropFirst().first, console: console)
        request.format = arguments.value(format).flatMap(ShowRequest.Format.init(rawValue:)) ?? .text
        request.commandLine = arguments.commandLine
        request.language = arguments.global.language
        let result = ShowJob().run(request)
        console.report(result.diagnostics, sources: result.sources)
        guard let output = result.output else { return ExitStatus.failure(of: result) }
        console.out(output)
        return ExitStatus.success
    }
}
