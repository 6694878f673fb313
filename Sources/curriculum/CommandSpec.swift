/// The description of one command: its name, help text, options and arguments.
///
/// One table of these (`CommandTable`) drives everything the command line shows about itself:
/// help, usage lines, usage errors, shell completions and the man page. Nothing is written twice.
struct CommandSpec: Sendable {
    var name: String
    /// One line, shown in lists of subcommands and as the help's overview.
    var abstract: String
    /// Paragraphs shown after the overview in `--help` and the man page.
    var discussion: String = ""
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    var subcommands: [CommandSpec] = []
    /// Example invocations, shown under EXAMPLES.
    var examples: [String] = []

    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    func option(long: String) -> OptionSpec? {
        (options + [OptionSpec.help]).first { $0.long == long }
    }

    func option(short: Character) -> OptionSpec? {
        (options + [OptionSpec.help]).first { $0.short == short }
    }
}

/// An option: a flag (`--strict`) or an option with a value (`--format json`).
struct OptionSpec: Sendable {
    var long: String
    var short: Character?
    /// The value's name in help (`FORMAT`); `nil` for a flag.
    var valueName: String?
    var help: String
    /// Whether it may be given more than once (values accumulate; `--select A --select B`).
    var repeatable = false
    /// The values it accepts, when there is a fixed set: checked by the parser, offered by
    /// completions.
    var choices: [String] = []
    var completion: Completion = .none
    var defaultValue: String?

    /// What a value completes to: files, folders, or names the curriculum itself gives, which
    /// the completion scripts ask `curriculum list --format ids|topics|plans` for.
    enum Completion: Sendable {
        case none, file, directory
        /// Exercise IDs, topics and modules (`show`, `--select`).
        case exerciseIDs
        /// Topic IDs (`--topics`, `--goals`).
        case topics
        /// The plan files kept with the curriculum, and other files.
        case planFiles

        /// The `list --format` that prints the names, for the completions that ask the curriculum.
        var listFormat: String? {
            switch self {
            case .exerciseIDs: return "ids"
            case .topics: return "topics"
            case .planFiles: return "plans"
            case .none, .file, .directory: return nil
            }
        }
    }

    var isFlag: Bool { valueName == nil }

    static let help = OptionSpec(long: "help", short: "h", help: "Show help information.")
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    var name: String
    var help: String
    var isOptional = true
    var isRepeatable = false
    var completion: OptionSpec.Completion = .none
    var choices: [String] = []
}
