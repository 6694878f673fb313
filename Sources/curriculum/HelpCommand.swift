import CurriculumKit

/// `curriculum help [subcommand]` and `curriculum help --man`.
enum HelpCommand: Subcommand {
    static let man = OptionSpec(long: "man", help: "Print the manual page (roff) for man(1).")

    static let spec = CommandSpec(
        name: "help",
        abstract: "Show help for a subcommand, or the manual page.",
        arguments: [ArgumentSpec(name: "subcommand", help: "The subcommand to explain.", isRepeatable: true)],
        options: [man]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let root = CommandTable.root
        if arguments.isSet(man) {
            console.out(ManPage.render(root))
            return ExitStatus.success
        }
        let path = [root.name] + arguments.positionals
        guard let command = HelpRenderer.resolve(path, root: root) else {
            let unknown = arguments.positionals.last ?? ""
            console.usage(
                UsageError(
                    en: "unknown subcommand '\(unknown)'", nl: "onbekende subopdracht '\(unknown)'",
                    path: [root.name, "help"],
                    suggestion: EditDistance.suggestion(for: unknown, among: root.subcommands.map(\.name)).map {
                        "'\($0)'"
                    }))
            return ExitStatus.usage
        }
        console.out(console.helpRenderer.help(command, path: path))
        return ExitStatus.success
    }
}
