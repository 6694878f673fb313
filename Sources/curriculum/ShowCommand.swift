import CurriculumKit

/// `curriculum show ID`: one exercise, topic or module in full.
enum ShowCommand: Subcommand {
    static let spec = CommandSpec(
        name: "show",
        abstract: "Show one exercise, topic or module in full.",
        discussion: "ID is an exercise (1.A.1.1, 0.A.1), a topic (1.A) or a module (1 or 'module 1').",
        arguments: [
            ArgumentSpec(name: "id", help: "The exercise, topic or module to show.", isOptional: false),
            ArgumentSpec(
                name: "path", help: "A curriculum folder (default: ./curriculum, if it holds one curriculum).",
                completion: .directory),
        ],
        options: [
            OptionSpec(
                long: "format", short: "f", valueName: "format", help: "Output format.", choices: ["text", "json"],
                defaultValue: "text")
        ],
        examples: ["curriculum show 1.A.1.1", "curriculum show 2.B curriculum/igma-femina"]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let id = arguments.positionals[0]
        let path = arguments.positionals.count > 1 ? arguments.positionals[1] : nil
        guard
            let (curriculum, _) = Inputs.curriculum(
                arguments, console: console, path: path.map { console.displayPath($0) } ?? Inputs.defaultPath)
        else {
            return ExitStatus.usage
        }
        let renderer = PlainTextRenderer(curriculum: curriculum)
        let json = arguments.value("format") == "json"
        let key = id.lowercased().hasPrefix("module") ? String(id.dropFirst(6)).trimmingSpaces() : id
        if let exerciseID = ExerciseID(key) {
            guard let exercise = curriculum.exercise(id: exerciseID) else {
                return notFound(id, curriculum: curriculum, console: console)
            }
            console.out(
                json
                    ? JSONOutput.encode(exercise) + "\n"
                    : renderer.render(exercise, catalogue: curriculum.annexCatalogue))
        } else if let topicID = TopicID(key) {
            guard let topic = curriculum.topic(id: topicID) else {
                return notFound(id, curriculum: curriculum, console: console)
            }
            console.out(
                json ? JSONOutput.encode(topic) + "\n" : renderer.render(topic, catalogue: curriculum.annexCatalogue))
        } else if let number = Int(key) {
            guard let module = curriculum.module(number: number) else {
                return notFound(id, curriculum: curriculum, console: console)
            }
            console.out(
                json ? JSONOutput.encode(module) + "\n" : renderer.render(module, catalogue: curriculum.annexCatalogue))
        } else {
            console.err(
                HelpRenderer.error(
                    UsageError(
                        "'\(id)' is not an exercise, topic or module ID (1.A.1.1, 0.A.1, 1.A or 1)",
                        path: arguments.path), root: CommandTable.root))
            return ExitStatus.usage
        }
        return ExitStatus.success
    }

    private static func notFound(_ id: String, curriculum: Curriculum, console: Console) -> Int32 {
        let candidates =
            curriculum.exercises.map(\.id.description) + curriculum.topics.map(\.id.description)
            + curriculum.modules.map { "\($0.number)" }
        let suggestion = EditDistance.suggestion(for: id.uppercased(), among: candidates)
        console.err(
            "error: '\(curriculum.title)' has no \(id)\n"
                + (suggestion.map { "  = help: did you mean \($0)?\n" }
                    ?? "  = help: 'curriculum list' shows every ID\n"))
        return ExitStatus.failure
    }
}
