import CurriculumKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--lang nl|en`: the language the command line speaks to its user (findings, help, usage
/// errors), a global option read once, before the subcommand's own options, wherever it stands.
///
/// Without it the locale decides (`Language.ofUser`: LC_ALL, LC_MESSAGES, LANG). This file is the
/// one place that wires the choice into the command line, so that the option can be shared with
/// the language of the curriculum's content when both are merged.
enum InterfaceLanguage {
    static let option = OptionSpec(
        long: "lang", valueName: "language",
        help: "The language to speak in: messages and help (default: from LC_ALL, LC_MESSAGES, LANG).",
        choices: ["nl", "en"])

    /// The arguments without `--lang X` / `--lang=X` (up to a `--`), and the language they name.
    /// An unknown value is a usage error, said in the locale's language.
    static func extract(_ arguments: [String], environment: [String: String]) throws(UsageError) -> (
        explicit: Language?, rest: [String]
    ) {
        var rest: [String] = []
        var explicit: Language?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                rest += arguments[(index - 1)...]
                break
            }
            let value: String
            if argument == "--lang" {
                guard index < arguments.count else {
                    throw UsageError(
                        en: "missing value for '--lang <language>'", nl: "de waarde ontbreekt bij '--lang <language>'",
                        path: ["curriculum"])
                }
                value = arguments[index]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else {
                rest.append(argument)
                continue
            }
            guard let language = Language(code: value) else {
                throw UsageError(
                    en: "the value '\(value)' is invalid for '--lang <language>'; it must be one of: nl, en",
                    nl: "de waarde '\(value)' past niet bij '--lang <language>'; kies uit: nl, en",
                    path: ["curriculum"],
                    suggestion: EditDistance.suggestion(for: value, among: ["nl", "en"]).map { "'\($0)'" })
            }
            explicit = language
        }
        return (explicit, rest)
    }
}

extension Console {
    /// The help renderer for this user: their language, their terminal's width.
    var helpRenderer: HelpRenderer { HelpRenderer(language: language, width: width) }

    /// Writes a usage error to standard error, in the user's language.
    func usage(_ error: UsageError) {
        err(helpRenderer.error(error, root: CommandTable.root))
    }

    /// The width to wrap help at: `COLUMNS` when set, else the terminal's, else 80 (piped output).
    var width: Int {
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
