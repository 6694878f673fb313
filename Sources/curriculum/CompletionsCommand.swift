import CurriculumKit

/// `curriculum completions bash|zsh|fish`: a completion script generated from the command table.
enum CompletionsCommand: Subcommand {
    static let spec = CommandSpec(
        name: "completions",
        abstract: "Print a shell completion script for bash, zsh or fish.",
        discussion: """
              bash:  curriculum completions bash > /etc/bash_completion.d/curriculum
              zsh:   curriculum completions zsh > "${fpath[1]}/_curriculum"
              fish:  curriculum completions fish > ~/.config/fish/completions/curriculum.fish
            """,
        arguments: [
            ArgumentSpec(
                name: "shell", help: "The shell: bash, zsh or fish.", isOptional: false,
                choices: ["bash", "zsh", "fish"])
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        let root = CommandTable.root
        switch arguments.positionals[0] {
        case "bash": console.out(Completions.bash(root))
        case "zsh": console.out(Completions.zsh(root))
        default: console.out(Completions.fish(root))
        }
        return ExitStatus.success
    }
}
