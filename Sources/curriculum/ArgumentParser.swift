import CurriculumKit

/// Reads a command line against the command table.
///
/// Accepts `--option value`, `--option=value`, `-o value`, `-ovalue`, bundled short flags (`-qs`)
/// and `--` to end the options. Every mistake is a `UsageError` with a did-you-mean where one
/// helps.
enum ArgumentParser {
    /// What the command line asks for.
    enum Outcome {
        case run(ParsedArguments)
        case help([String])
        /// A command that only groups subcommands, given none (`curriculum` alone).
        case missingSubcommand([String])
        case version
    }

    static func parse(_ arguments: [String], root: CommandSpec) throws(UsageError) -> Outcome {
        var command = root
        var path = [root.name]
        var index = 0
        // Subcommands come first; global --help and --version are allowed before them.
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--version", path.count == 1 { return .version }
            if argument == "--help" || argument == "-h" {
                // `--help` anywhere before a subcommand's options asks for the current command's help.
                if index + 1 < arguments.count, let sub = command.subcommand(named: arguments[index + 1]) {
                    return .help(path + [sub.name])
                }
                return .help(path)
            }
            guard !command.subcommands.isEmpty else { break }
            if argument.hasPrefix("-") {
                if command.subcommands.isEmpty { break }
                throw UsageError(
                    en: "unknown option '\(argument)'", nl: "onbekende optie '\(argument)'", path: path,
                    suggestion: suggest(argument, among: ["--help", "--version"]))
            }
            guard let sub = command.subcommand(named: argument) else {
                throw UsageError(
                    en: "unknown subcommand '\(argument)'", nl: "onbekende subopdracht '\(argument)'", path: path,
                    suggestion: EditDistance.suggestion(for: argument, among: command.subcommands.map(\.name)).map {
                        "'\($0)'"
                    })
            }
            command = sub
            path.append(sub.name)
            index += 1
            // A command that has both subcommands and arguments (`plan PLAN`, `plan diff A B`):
            // only descend when the next word names a subcommand.
            if !command.subcommands.isEmpty, index < arguments.count,
                command.subcommand(named: arguments[index]) == nil, !command.arguments.isEmpty
            {
                break
            }
        }
        if !command.subcommands.isEmpty, command.arguments.isEmpty, index >= arguments.count {
            return .missingSubcommand(path)
        }
        var parsed = ParsedArguments(command: command, path: path)
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                var inline: String?
                if let equals = name.firstIndex(of: "=") {
                    inline = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let option = command.option(long: name) else {
                    throw UsageError(
                        en: "unknown option '--\(name)'", nl: "onbekende optie '--\(name)'", path: path,
                        suggestion: suggest("--" + name, among: (command.options + [.help]).map { "--" + $0.long }))
                }
                if option.long == "help" { return .help(path) }
                if option.isFlag {
                    if inline != nil {
                        throw UsageError(
                            en: "option '--\(name)' takes no value", nl: "optie '--\(name)' krijgt geen waarde",
                            path: path)
                    }
                    parsed.flags.insert(option.long)
                } else {
                    let value: String
                    if let inline {
                        value = inline
                    } else if index < arguments.count {
                        value = arguments[index]
                        index += 1
                    } else {
                        let value = "'--\(name) <\(option.valueName ?? "value")>'"
                        throw UsageError(
                            en: "missing value for \(value)", nl: "de waarde ontbreekt bij \(value)", path: path)
                    }
                    try record(value, for: option, in: &parsed)
                }
                continue
            }
            // Short options, possibly bundled.
            var characters = Array(argument.dropFirst())
            while !characters.isEmpty {
                let short = characters.removeFirst()
                guard let option = command.option(short: short) else {
                    throw UsageError(en: "unknown option '-\(short)'", nl: "onbekende optie '-\(short)'", path: path)
                }
                if option.long == "help" { return .help(path) }
                if option.isFlag {
                    parsed.flags.insert(option.long)
                } else {
                    let value: String
                    if !characters.isEmpty {
                        value = String(characters)
                        characters = []
                    } else if index < arguments.count {
                        value = arguments[index]
                        index += 1
                    } else {
                        let value = "'-\(short) <\(option.valueName ?? "value")>'"
                        throw UsageError(
                            en: "missing value for \(value)", nl: "de waarde ontbreekt bij \(value)", path: path)
                    }
                    try record(value, for: option, in: &parsed)
                }
            }
        }
        try checkPositionals(parsed)
        return .run(parsed)
    }

    private static func record(_ value: String, for option: OptionSpec, in parsed: inout ParsedArguments)
        throws(UsageError)
    {
        if !option.choices.isEmpty, !option.choices.contains(value) {
            let (given, choices) = (
                "'--\(option.long) <\(option.valueName ?? "value")>'", option.choices.joined(separator: ", ")
            )
            throw UsageError(
                en: "the value '\(value)' is invalid for \(given); it must be one of: \(choices)",
                nl: "de waarde '\(value)' past niet bij \(given); kies uit: \(choices)", path: parsed.path,
                suggestion: EditDistance.suggestion(for: value, among: option.choices).map { "'\($0)'" })
        }
        if !option.repeatable, parsed.values[option.long] != nil {
            throw UsageError(
                en: "option '--\(option.long)' is given more than once",
                nl: "optie '--\(option.long)' staat er meer dan één keer", path: parsed.path)
        }
        parsed.values[option.long, default: []].append(value)
    }

    private static func checkPositionals(_ parsed: ParsedArguments) throws(UsageError) {
        let specs = parsed.command.arguments
        let required = specs.filter { !$0.isOptional }
        if parsed.positionals.count < required.count {
            let missing = required[parsed.positionals.count]
            throw UsageError(
                en: "missing expected argument '<\(missing.name)>'", nl: "het argument '<\(missing.name)>' ontbreekt",
                path: parsed.path)
        }
        let acceptsMany = specs.last?.isRepeatable ?? false
        if !acceptsMany, parsed.positionals.count > specs.count {
            let extra = parsed.positionals[specs.count]
            throw UsageError(
                en: "unexpected argument '\(extra)'", nl: "onverwacht argument '\(extra)'", path: parsed.path)
        }
        for (spec, value) in zip(specs, parsed.positionals) where !spec.choices.isEmpty && !spec.isRepeatable {
            if !spec.choices.contains(value) {
                let choices = spec.choices.joined(separator: ", ")
                throw UsageError(
                    en: "the value '\(value)' is invalid for '<\(spec.name)>'; it must be one of: \(choices)",
                    nl: "de waarde '\(value)' past niet bij '<\(spec.name)>'; kies uit: \(choices)", path: parsed.path,
                    suggestion: EditDistance.suggestion(for: value, among: spec.choices).map { "'\($0)'" })
            }
        }
    }

    private static func suggest(_ word: String, among candidates: [String]) -> String? {
        EditDistance.suggestion(for: word, among: candidates).map { "'\($0)'" }
    }
}
