import CurriculumKit

/// `curriculum import carpentries LESSON --output DIR`: a Carpentries Workbench lesson as a
/// curriculum, one exercise per episode, ready for `plan`.
enum ImportCarpentriesCommand: Subcommand {
    static let output = OptionSpec(
        long: "output", short: "o", valueName: "dir", help: "The curriculum folder to create.",
        completion: .directory)
    static let force = OptionSpec(long: "force", help: "Replace the output folder if it exists.")

    static let spec = CommandSpec(
        name: "carpentries",
        abstract: "Import a Carpentries Workbench lesson: one module, each episode an exercise.",
        discussion: """
              Reads the lesson's config.yaml (title, lang, the episodes: order) and each episode's front
              matter (title, teaching, exercises) and its objectives, questions and keypoints. Each
              episode becomes an exercise lasting teaching + exercises minutes, with two timed steps;
              an episode without timings counts 5 minutes, with a warning, as the Workbench counts
              it. Then 'curriculum plan DIR --select 1' lays the lesson out on real clock times,
              with --auto-breaks, --date per day and --start/--end.
              Exit status: 0 imported, 2 when the lesson cannot be read or the folder cannot be
              written; then nothing is written.
            """,
        arguments: [
            ArgumentSpec(
                name: "lesson", help: "The lesson's folder, holding config.yaml and episodes/.", isOptional: false,
                completion: .directory)
        ],
        options: [output, force],
        examples: [
            "curriculum import carpentries git-novice --output curriculum/git-novice",
            "curriculum plan curriculum/git-novice --select 1 --date 2027-03-09 --date 2027-03-10 --start 09:00 --end 12:00 --auto-breaks",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        guard let lesson = arguments.positionals.first, arguments.positionals.count == 1,
            let folder = arguments.value(output)
        else {
            let problem: UsageError
            if arguments.positionals.count > 1 {
                problem = arguments.usage(
                    en: "give one lesson folder, not \(arguments.positionals.count)",
                    nl: "geef één map met een les, niet \(arguments.positionals.count)")
            } else if arguments.positionals.isEmpty {
                problem = arguments.usage(
                    en: "missing expected argument '<lesson>'", nl: "het argument '<lesson>' ontbreekt")
            } else {
                problem = arguments.usage(en: "missing '--output <dir>'", nl: "'--output <dir>' ontbreekt")
            }
            console.usage(problem)
            return ExitStatus.usage
        }
        var job = ImportCarpentriesJob()
        let result = job.run(ImportCarpentriesRequest(lesson: lesson, output: folder, force: arguments.isSet(force)))
        console.report(result.diagnostics, sources: result.sources)
        guard !result.hasErrors, let summary = result.summary(in: console.language) else { return ExitStatus.usage }
        console.out(summary + "\n")
        let next = console.language == .dutch ? "volgende stap" : "next"
        console.err("\(next): curriculum plan \(folder) --select 1 --start 09:00 --end 12:00 --auto-breaks\n")
        return ExitStatus.success
    }
}
