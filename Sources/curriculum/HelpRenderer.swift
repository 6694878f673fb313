import CurriculumKit

/// Writes `--help`, usage lines and usage errors from the command table, in the layout Swift
/// command-line tools share (OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS), in the user's
/// language and wrapped to the terminal's width.
struct HelpRenderer {
    var language: Language = .english
    /// Columns to wrap at: the terminal's width, 80 when piped (`Console.width`).
    var width = 80

    static let column = 26

    static func usage(_ command: CommandSpec, path: [String], language: Language = .english) -> String {
        var parts = [path.joined(separator: " ")]
        let subcommand = "<\(HelpCatalogue.word(.subcommand, in: language))>"
        if !command.subcommands.isEmpty && command.arguments.isEmpty {
            parts.append(subcommand)
            return parts.joined(separator: " ")
        }
        if command.options.count > 4 {
            parts.append("[<\(HelpCatalogue.word(.options2, in: language))>]")
        } else {
            for option in command.options {
                parts.append(
                    option.isFlag
                        ? "[--\(option.long)]"
                        : "[--\(option.long) <\(option.valueName ?? "value")>]" + (option.repeatable ? " ..." : ""))
            }
        }
        for argument in command.arguments {
            let name = "<\(argument.name)>" + (argument.isRepeatable ? " ..." : "")
            parts.append(argument.isOptional ? "[\(name)]" : name)
        }
        if !command.subcommands.isEmpty { parts.append("| \(subcommand)") }
        return parts.joined(separator: " ")
    }

    func help(_ command: CommandSpec, path: [String]) -> String {
        func word(_ word: HelpCatalogue.Word) -> String { HelpCatalogue.word(word, in: language) }
        func text(_ english: String) -> String { HelpCatalogue.text(english, in: language) }
        var out =
            TextWrapper.wrap(
                text(command.abstract), width: width, firstPrefix: "\(word(.overview)): ", restPrefix: "  ") + "\n"
        if !command.discussion.isEmpty { out += "\n" + paragraphs(text(command.discussion)) }
        out += "\n\(word(.usage)): \(Self.usage(command, path: path, language: language))\n"
        if !command.arguments.isEmpty {
            out += "\n\(word(.arguments)):\n"
            for argument in command.arguments {
                out += row("<\(argument.name)>", text(argument.help))
            }
        }
        out += "\n\(word(.options)):\n"
        let options = command.options + [.help]
        for option in options {
            var name = option.short.map { "-\($0), " } ?? ""
            name += "--\(option.long)"
            if let value = option.valueName { name += " <\(value)>" }
            var help = text(option.help)
            if !option.choices.isEmpty && !option.help.contains("one of") {
                help += " (\(word(.values)): \(option.choices.joined(separator: ", ")))"
            }
            if let defaultValue = option.defaultValue { help += " (\(word(.defaultValue)): \(defaultValue))" }
            out += row(name, help)
        }
        if path.count == 1 {
            out += row("--version", word(.showVersion))
        }
        if !command.subcommands.isEmpty {
            out += "\n\(word(.subcommands)):\n"
            for sub in command.subcommands { out += row(sub.name, text(sub.abstract)) }
            out += "\n" + wrap(word(.detailedHelp).replacing("%@", with: path.first ?? "curriculum"), indent: 2)
        }
        if !command.examples.isEmpty {
            out += "\n\(word(.examples)):\n"
            for example in command.examples { out += "  \(example)\n" }
        }
        return out
    }

    /// `error: message`, the suggestion, the usage line and where to read more: the one casing of
    /// `error:` (lower case, as in the findings and in git) in every message the command line writes.
    func error(_ error: UsageError, root: CommandSpec) -> String {
        let command = Self.resolve(error.path, root: root) ?? root
        var out = "\(HelpCatalogue.word(.error, in: language)): \(error.message[language])\n"
        if let suggestion = error.suggestion {
            let question = HelpCatalogue.word(.didYouMean, in: language).replacing("%@", with: suggestion)
            out += question.prefix(1).uppercased() + question.dropFirst() + "\n"
        }
        out +=
            "\(HelpCatalogue.word(.usageLine, in: language)): \(Self.usage(command, path: error.path, language: language))\n"
        out +=
            "  "
            + HelpCatalogue.word(.moreInformation, in: language)
            .replacing("%@", with: error.path.joined(separator: " ")) + "\n"
        return out
    }

    static func resolve(_ path: [String], root: CommandSpec) -> CommandSpec? {
        var command = root
        for name in path.dropFirst() {
            guard let sub = command.subcommand(named: name) else { return nil }
            command = sub
        }
        return command
    }

    /// `  name    text`, the text aligned at `column` and wrapped at the width.
    private func row(_ name: String, _ text: String) -> String {
        let column = Self.column
        let lines =
            text.isEmpty
            ? [] : TextWrapper.wrap(text, width: max(20, width - column)).split(separator: "\n").map(String.init)
        let indent = String(repeating: " ", count: column)
        let head = "  " + name
        var out: String
        if head.count < column - 1 {
            out = head + String(repeating: " ", count: column - head.count) + (lines.first ?? "") + "\n"
        } else {
            out = head + "\n" + (lines.first.map { indent + $0 + "\n" } ?? "")
        }
        for line in lines.dropFirst() { out += indent + line + "\n" }
        return out
    }

    /// A discussion: paragraphs (split at blank lines) wrapped to the width, two spaces in; lines
    /// that align columns with runs of spaces (`bash:  curriculum …`) are kept as written.
    private func paragraphs(_ text: String) -> String {
        var out = ""
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { out += wrap(paragraph.joined(separator: " "), indent: 2) }
            paragraph = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingSpaces()
            if line.isEmpty {
                flush()
                if !out.isEmpty { out += "\n" }
            } else if line.contains("  ") {
                flush()
                out += "  " + line + "\n"
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return out
    }

    private func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return TextWrapper.wrap(text, width: max(20, width), firstPrefix: pad, restPrefix: pad) + "\n"
    }
}
