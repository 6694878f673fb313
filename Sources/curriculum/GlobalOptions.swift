import CurriculumKit

/// The options every command takes, before or after the subcommand's name, read once from the
/// whole command line before the subcommand's own options are.
///
/// `--lang nl|en` chooses the language the tool speaks in, to its user (findings, help, usage
/// errors) and about the curriculum (agenda, budget, listing, handout, calendar). Without it, the
/// locale decides for messages (`Language.ofUser`: LC_ALL, LC_MESSAGES, LANG) and each curriculum
/// speaks its own (`Taal:` in its manifest). JSON keeps its keys whatever the language.
struct GlobalOptions: Sendable {
    /// The language asked for with `--lang`; `nil`: the locale's for messages, the curriculum's own
    /// for its content.
    var language: Language?

    static let lang = OptionSpec(
        long: "lang", valueName: "code",
        help:
            "The language to speak in: messages, help and the curriculum's content (default: the locale for messages, the curriculum's own for content).",
        choices: ["nl", "en"])

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
                    throw UsageError(
                        en: "missing value for '--lang <code>'", nl: "de waarde ontbreekt bij '--lang <code>'",
                        path: [CommandTable.root.name])
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
                throw UsageError(
                    en: "option '--lang' is given more than once", nl: "de optie '--lang' staat er meer dan één keer",
                    path: [CommandTable.root.name])
            }
            given = true
            guard let language = Language(code: value) else {
                throw UsageError(
                    en: "the value '\(value)' is invalid for '--lang <code>'; it must be one of: nl, en",
                    nl: "de waarde '\(value)' past niet bij '--lang <code>'; kies uit: nl, en",
                    path: [CommandTable.root.name],
                    suggestion: EditDistance.suggestion(for: value, among: lang.choices).map { "'\($0)'" })
            }
            options.language = language
        }
        return (options, rest)
    }
}
