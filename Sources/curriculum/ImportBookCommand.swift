import CurriculumKit

/// `curriculum import book FILE.txt --output DIR`: a draft curriculum and IMPORT.md from a course
/// book as `pdftotext` gives it.
enum ImportBookCommand: Subcommand {
    static let output = OptionSpec(
        long: "output", short: "o", valueName: "dir", help: "The curriculum folder to create (required).",
        completion: .directory)
    static let language = OptionSpec(
        long: "language", valueName: "code", help: "Language of the labels written (default: the book's).",
        choices: ["nl", "en"])
    static let force = OptionSpec(long: "force", help: "Replace the output folder if it exists.")

    static let spec = CommandSpec(
        name: "book",
        abstract: "Import a course book (pdftotext output) as a draft curriculum with an IMPORT.md report.",
        discussion: """
              Reads exercise IDs (repairing OCR misprints such as I.A.1.1 or O.A.1 by context), titles,
              labels in Dutch and English, durations, steps and annex references; drops page headers
              and footers found by repetition; joins hyphenated words. Writes the curriculum folder and
              IMPORT.md: every repair and every doubt with the book's line number. Nothing is invented:
              text that cannot be placed stays as text with a comment. The folder is written whole or
              not at all; an existing folder is replaced only with --force. Exit status: 0 written,
              1 not written, 2 usage error or a book that is not text or holds no exercise.
            """,
        arguments: [
            ArgumentSpec(name: "book", help: "The book as text (pdftotext).", isOptional: false, completion: .file)
        ],
        options: [output, language, force],
        examples: [
            "curriculum import book cursusboek.txt --output curriculum/cursus",
            "curriculum import book handbook.txt --output curriculum/handbook --language en --force",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        guard let book = arguments.positionals.first, arguments.positionals.count == 1 else {
            console.usage(
                arguments.positionals.isEmpty
                    ? arguments.usage(en: "missing expected argument '<book>'", nl: "het argument '<book>' ontbreekt")
                    : arguments.usage(
                        en: "give one book, not \(arguments.positionals.count)",
                        nl: "geef één boek, niet \(arguments.positionals.count)"))
            return ExitStatus.usage
        }
        guard let folder = arguments.value(output) else {
            console.usage(
                arguments.usage(
                    en: "missing expected option '--output <dir>'", nl: "de optie '--output <dir>' ontbreekt"))
            return ExitStatus.usage
        }
        var job = ImportBookJob()
        let request = ImportBookRequest(
            book: book, output: folder, language: arguments.value(language).flatMap { Language(code: $0) },
            force: arguments.isSet(force))
        let result = job.run(request)
        console.report(result.diagnostics, sources: result.sources)
        guard let written = result.folder else { return ExitStatus.failure(of: result) }
        let (exercises, doubts, repairs) = (result.exerciseCount, result.doubtCount, result.repairCount)
        switch console.language {
        case .english:
            console.out(
                "imported \(exercises) exercises into \(written): \(doubts) places to check by hand, "
                    + "\(repairs) repairs (see \(written)/IMPORT.md)\n")
        case .dutch:
            console.out(
                "\(exercises) oefeningen geïmporteerd in \(written): \(doubts) plekken om met de hand na te kijken, "
                    + "\(repairs) reparaties (zie \(written)/IMPORT.md)\n")
        }
        return ExitStatus.success
    }
}
