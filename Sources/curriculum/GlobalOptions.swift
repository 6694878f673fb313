import CurriculumKit

/// The options every command takes, before or after the subcommand's name, read once from the
/// whole command line before the subcommand's own options are.
///
/// `--lang nl|en` chooses the language the output speaks about the curriculum in (agenda, budget,
/// listing, handout, calendar); without it, each curriculum speaks its own (`Taal:` in its
/// manifest). JSON keeps its keys whatever the language.
struct GlobalOptions: Sendable {
    /// The language asked for with `--lang`; `nil`: the curriculum's own.
    var contentLanguage: Language?

    static let lang = OptionSpec(
        long: "lang", valueName: "code",
        help: "The language to speak about the curriculum in (default: the curriculum's own).", choices: ["nl", "en"])

    /// Takes the global options out of `arguments`, up to a `--` that ends the options, and
    /// returns them with the arguments left for the subcommand.
    static func extract(_ arguments: [String]) throws(UsageError) -> (GlobalOptions, [String]) {
        var options = GlobalOptions()
        var rest: [String] = []
        var index = 0
        var given = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                rest += arguments[(index - 1)...]
                break
            }
            let value: String
            if argument == "--" + lang.long {
                guard index < arguments.count else {
                    throw UsageError("Missing value for '--lang <code>'", path: [CommandTable.root.name])
                }
                value = arguments[index]
                index += 1
            } else if argument.hasPrefix("--" + lang.long + "=") {
                value = String(argument.dropFirst(lang.long.count + 3))
            } else {
                rest.append(argument)
                continue
            }
            guard !given else {
                throw UsageError("Option '--lang' is given more than once", path: [CommandTable.root.name])
            }
            given = true
            guard let language = Language(code: value) else {
                throw UsageError(
                    "The value '\(value)' is invalid for '--lang <code>'; it must be one of: nl, en",
                    path: [CommandTable.root.name],
                    suggestion: EditDistance.suggestion(for: value, among: lang.choices).map { "'\($0)'" })
            }
            options.contentLanguage = language
        }
        return (options, rest)
    }
}
