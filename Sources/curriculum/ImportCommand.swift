/// `curriculum import`: the importers, one subcommand each, that turn material kept in another
/// form into a curriculum folder. Only a dispatcher: each route is its own file.
enum ImportCommand: Subcommand {
    /// One route per importer (`import carpentries`, `import book`), in the order help lists them.
    static let routes: [any Subcommand.Type] = [
        ImportCarpentriesCommand.self,
        ImportBookCommand.self,
    ]

    static let spec = CommandSpec(
        name: "import",
        abstract: "Turn a lesson or a book kept in another form into a curriculum folder.",
        discussion: """
              Each importer reads its source, writes a new curriculum folder that passes 'curriculum
              check', and writes nothing at all when the source cannot be read (exit status 2). An
              existing folder is replaced only with --force. docs/import.md says what each importer
              reads and what it cannot.
            """,
        subcommands: routes.map { $0.spec },
        examples: [
            "curriculum import carpentries git-novice --output curriculum/git-novice",
            "curriculum import book cursusboek.txt --output curriculum/cursus",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        guard let route = routes.first(where: { $0.spec.name == arguments.path.last }) else {
            console.out(console.helpRenderer.help(spec, path: arguments.path))
            return ExitStatus.usage
        }
        return route.run(arguments, console: console)
    }
}
