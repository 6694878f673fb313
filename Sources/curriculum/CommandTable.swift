import CurriculumKit

/// The command table: every subcommand, its options and its help, in one place.
enum CommandTable {
    static let version = "0.1.0"

    static var root: CommandSpec {
        CommandSpec(
            name: "curriculum",
            abstract: "Validate, plan and export training curricula kept as plain-text files.",
            discussion: """
                  A curriculum is a folder of Markdown-compatible text files: a manifest (curriculum.md),
                  one file per module and an annex catalogue. Paths default to ./curriculum, which may
                  hold several curricula.
                """,
            subcommands: commands.map { $0.spec }
        )
    }

    /// Every subcommand, with the function that runs it.
    static let commands: [any Subcommand.Type] = [
        CheckCommand.self,
        ListCommand.self,
        ShowCommand.self,
        PlanCommand.self,
        BudgetCommand.self,
        ReviewCommand.self,
        ExportCommand.self,
        FmtCommand.self,
        InitCommand.self,
        ImportCommand.self,
        HelpCommand.self,
        CompletionsCommand.self,
    ]

    static func command(named name: String) -> (any Subcommand.Type)? {
        commands.first { $0.spec.name == name }
    }
}

/// A subcommand: its spec and how to run it. `run` returns the exit status.
protocol Subcommand: Sendable {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, console: Console) -> Int32
}

/// Exit statuses, as tools people know use them.
enum ExitStatus {
    static let success: Int32 = 0
    /// Findings, a plan that does not fit, a check that failed.
    static let failure: Int32 = 1
    /// A usage mistake or unreadable input.
    static let usage: Int32 = 2

    /// The status of a job that did not produce its result: 2 when an input could not be read at
    /// all (the library's one definition), 1 otherwise.
    static func failure(of result: some JobResult) -> Int32 {
        result.hasUnreadableInput ? usage : failure
    }
}
