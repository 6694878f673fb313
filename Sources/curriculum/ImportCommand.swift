import CurriculumKit

/// `curriculum import`: turns material kept elsewhere into a curriculum folder. Each source is a
/// subcommand of its own (`import book`).
enum ImportCommand: Subcommand {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Import a curriculum from other material (a course book as text).",
        discussion: """
              Writes a new curriculum folder and an IMPORT.md report listing every repair and every
              place to check by hand. See 'curriculum help import book'.
            """,
        subcommands: [ImportBookCommand.spec],
        examples: ["curriculum import book book.txt --output curriculum/my-course"]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        if arguments.path.last == ImportBookCommand.spec.name {
            return ImportBookCommand.run(arguments, console: console)
        }
        console.err(HelpRenderer.error(arguments.usage("Missing subcommand: give 'book'"), root: CommandTable.root))
        return ExitStatus.usage
    }
}
