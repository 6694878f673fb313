import CurriculumKit

/// The command line's help in the user's language: the Dutch of every text in the command table,
/// keyed by its English wording, and the words around them (`OVERVIEW`, `default`).
///
/// The command table keeps one English text per command, option and argument, so adding an option
/// stays one line; its Dutch goes here. `HelpCatalogueTests` walks the whole table and fails for a
/// text without Dutch, and for Dutch whose English is gone, so a missing translation cannot ship.
enum HelpCatalogue {
    /// `text` (a text of the command table) in `language`; English texts without Dutch stay English
    /// (the tests make sure there are none).
    static func text(_ text: String, in language: Language) -> String {
        guard language == .dutch else { return text }
        return dutch[key(text)] ?? text
    }

    /// The words help is laid out with.
    static func word(_ word: Word, in language: Language) -> String {
        switch language {
        case .english: return word.rawValue
        case .dutch: return word.dutch
        }
    }

    /// A text as a key: its words, whatever the line breaks and indentation.
    static func key(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    static var dutch: [String: String] {
        var all: [String: String] = [:]
        for table in [commands, options, discussions, longerDiscussions, imports] {
            for (english, dutch) in table { all[key(english)] = dutch }
        }
        return all
    }

    enum Word: String, CaseIterable {
        case overview = "OVERVIEW"
        case usage = "USAGE"
        case arguments = "ARGUMENTS"
        case options = "OPTIONS"
        case subcommands = "SUBCOMMANDS"
        case examples = "EXAMPLES"
        case values = "values"
        case defaultValue = "default"
        case showVersion = "Show the version."
        case subcommand = "subcommand"
        case options2 = "options"
        case detailedHelp = "See '%@ help <subcommand>' for detailed help."
        case moreInformation = "See '%@ --help' for more information."
        case usageLine = "Usage"
        case didYouMean = "did you mean %@?"
        case error = "error"

        var dutch: String {
            switch self {
            case .overview: return "OVERZICHT"
            case .usage: return "GEBRUIK"
            case .arguments: return "ARGUMENTEN"
            case .options: return "OPTIES"
            case .subcommands: return "SUBOPDRACHTEN"
            case .examples: return "VOORBEELDEN"
            case .values: return "waarden"
            case .defaultValue: return "standaard"
            case .showVersion: return "Toon de versie."
            case .subcommand: return "subopdracht"
            case .options2: return "opties"
            case .detailedHelp: return "Zie '%@ help <subopdracht>' voor uitgebreide hulp."
            case .moreInformation: return "Zie '%@ --help' voor meer uitleg."
            case .usageLine: return "Gebruik"
            case .didYouMean: return "bedoelde je %@?"
            case .error: return "fout"
            }
        }
    }
}
