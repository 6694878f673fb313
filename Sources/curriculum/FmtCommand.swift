import CurriculumKit

/// `curriculum fmt`: rewrites curriculum files in their canonical layout, losing nothing.
enum FmtCommand: Subcommand {
    static let checkOption = OptionSpec(
        long: "check", help: "Write nothing; list the files that would change and exit 1 if there are any.")
    static let diffOption = OptionSpec(long: "diff", help: "Write nothing; show the changes as a unified diff.")

    static let spec = CommandSpec(
        name: "fmt",
        abstract: "Rewrite curriculum files in their canonical layout (labels, durations, lists, blank lines).",
        discussion: """
              Formats a curriculum's manifest, module files, annex catalogue and plans (*.plan.md, in the
              folder or its plans/ subfolder), or the files named. Rewrites only what the format
              recognises: label spelling in the curriculum's language,
              duration notation (ambiguous or unreadable durations stay as written), list bullets,
              heading spacing, annex-reference spelling and blank lines. Every word, comment and unknown
              line is kept, and each file's meaning is checked to be unchanged before it is written
              (atomically). Files already in canonical layout are not touched. With --check nothing is
              written: the files that would change are listed and the exit status is 1 if there are any.
              With --diff nothing is written either: the changes are shown as a unified diff.
            """,
        arguments: [
            ArgumentSpec(
                name: "paths",
                help: "Curriculum folders or files (default: the nearest curriculum upwards, else ./curriculum).",
                isRepeatable: true,
                completion: .file)
        ],
        options: [checkOption, diffOption],
        examples: [
            "curriculum fmt curriculum/igma-femina",
            "curriculum fmt --check",
            "curriculum fmt --diff curriculum/igma-femina/module-1.md",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let check = arguments.isSet(checkOption)
        let mode: FmtRequest.Mode = arguments.isSet(diffOption) ? .diff : check ? .check : .write
        let result = FmtJob().run(FmtRequest(paths: Inputs.paths(arguments, console: console), mode: mode))
        console.report(result.diagnostics, sources: result.sources)
        console.out(result.output)
        if let summary = result.summary(mode: mode, language: console.language) { console.err(summary) }
        if result.hasUnreadableInput { return ExitStatus.usage }
        if result.hasErrors || result.refusedAFile || (check && result.changed > 0) { return ExitStatus.failure }
        return ExitStatus.success
    }
}
