/// The options and arguments given to one command, checked against its spec.
///
/// Options are looked up by their declared `OptionSpec` constant, never by a name typed again at
/// the use site: a renamed option cannot leave a lookup behind.
struct ParsedArguments: Sendable {
    var command: CommandSpec
    /// The path of command names from the top (`["curriculum", "plan", "diff"]`).
    var path: [String]
    var flags: Set<String> = []
    var values: [String: [String]] = [:]
    var positionals: [String] = []
    /// The options of every command (`--lang`), read once by `GlobalOptions.extract`.
    var global = GlobalOptions()

    /// Whether a flag was given.
    func isSet(_ flag: OptionSpec) -> Bool { flags.contains(flag.long) }

    /// Whether an option was given at all (a flag, or an option with a value).
    func isGiven(_ option: OptionSpec) -> Bool { flags.contains(option.long) || values[option.long] != nil }

    /// The last value given for an option, or its default.
    func value(_ option: OptionSpec) -> String? {
        values[option.long]?.last ?? option.defaultValue
    }

    /// Every value given for a repeatable option, as given: paths, which may hold commas.
    func all(_ option: OptionSpec) -> [String] { values[option.long] ?? [] }

    /// Every value given for a repeatable option, comma-separated lists split.
    func list(_ option: OptionSpec) -> [String] {
        (values[option.long] ?? []).flatMap { $0.split(separator: ",").map { $0.trimmingSpaces() } }.filter {
            !$0.isEmpty
        }
    }

    /// The first of these options that was given, for refusing options that do not go together.
    func firstGiven(of options: [OptionSpec]) -> OptionSpec? {
        options.first(where: isGiven)
    }

    /// A usage error about this command.
    func usage(en english: String, nl dutch: String, suggestion: String? = nil) -> UsageError {
        UsageError(en: english, nl: dutch, path: path, suggestion: suggestion)
    }

    var commandLine: String { path.joined(separator: " ") }
}
