import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum init`: a new curriculum folder that passes `check` and `fmt --check` at once.
enum InitCommand: Subcommand {
    static let language = OptionSpec(
        long: "language", valueName: "code", help: "Language of labels and example text.", choices: ["nl", "en"],
        defaultValue: "nl")
    static let title = OptionSpec(
        long: "title", valueName: "title",
        help: "The curriculum's title (default: 'Nieuw curriculum' / 'New curriculum').")

    static let spec = CommandSpec(
        name: "init",
        abstract: "Create a new curriculum: manifest, one module with an example exercise, annex catalogue, README.",
        discussion: """
              Writes a small curriculum that shows every part of the format (a module with a topic, a
              level and one example exercise with an annex, the annex catalogue and a README explaining
              the layout). It passes 'curriculum check' and 'curriculum fmt --check' as written. The
              folder is created if needed; a folder that already holds files is refused, so nothing is
              ever overwritten.
            """,
        arguments: [
            ArgumentSpec(
                name: "dir", help: "The folder to create the curriculum in (new or empty).", isOptional: false,
                completion: .directory)
        ],
        options: [language, title],
        examples: [
            "curriculum init curriculum/my-course",
            "curriculum init --language en --title 'Career coaching' curriculum/career-coaching",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        guard let directory = arguments.positionals.first, arguments.positionals.count == 1 else {
            let count = arguments.positionals.count
            console.usage(
                count == 0
                    ? arguments.usage(
                        en: "missing expected argument '<dir>'", nl: "het argument '<dir>' ontbreekt")
                    : arguments.usage(en: "give one folder, not \(count)", nl: "geef één map, geen \(count)"))
            return ExitStatus.usage
        }
        var job = InitJob()
        let result = job.run(
            InitRequest(
                folder: directory, title: arguments.value(title),
                language: Language(code: arguments.value(language) ?? "nl") ?? .dutch))
        let created = console.language == .dutch ? "gemaakt" : "created"
        for path in result.created { console.out("\(created) \(path)\n") }
        console.report(result.diagnostics, sources: result.sources)
        guard !result.hasErrors else { return ExitStatus.failure(of: result) }
        console.err((console.language == .dutch ? "volgende stap" : "next") + ": curriculum check \(directory)\n")
        return ExitStatus.success
    }
}
