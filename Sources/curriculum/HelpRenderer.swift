/// Writes `--help`, usage lines and usage errors from the command table, in the layout Swift
/// command-line tools share (OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS).
enum HelpRenderer {
    static let column = 26

    static func usage(_ command: CommandSpec, path: [String]) -> String {
        var parts = [path.joined(separator: " ")]
        if !command.subcommands.isEmpty && command.arguments.isEmpty {
            parts.append("<subcommand>")
            return parts.joined(separator: " ")
        }
        if command.options.count > 4 {
            parts.append("[<options>]")
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
        if !command.subcommands.isEmpty { parts.append("| <subcommand>") }
        return parts.joined(separator: " ")
    }

    static func help(_ command: CommandSpec, path: [String]) -> String {
        var out = "OVERVIEW: \(command.abstract)\n"
        if !command.discussion.isEmpty { out += "\n" + command.discussion + "\n" }
        out += "\nUSAGE: \(usage(command, path: path))\n"
        if !command.arguments.isEmpty {
            out += "\nARGUMENTS:\n"
            for argument in command.arguments {
                out += row("<\(argument.name)>", argument.help)
            }
        }
        out += "\nOPTIONS:\n"
        for option in command.options + [.help] {
            var name = option.short.map { "-\($0), " } ?? ""
            name += "--\(option.long)"
            if let value = option.valueName { name += " <\(value)>" }
            var text = option.help
            if !option.choices.isEmpty && !text.contains("one of") {
                text += " (values: \(option.choices.joined(separator: ", ")))"
            }
            if let defaultValue = option.defaultValue { text += " (default: \(defaultValue))" }
            out += row(name, text)
        }
        if path.count == 1 {
            out += row("--version", "Show the version.")
        }
        if !command.subcommands.isEmpty {
            out += "\nSUBCOMMANDS:\n"
            for sub in command.subcommands { out += row(sub.name, sub.abstract) }
            out += "\n  See '\(path.first ?? "curriculum") help <subcommand>' for detailed help.\n"
        }
        if !command.examples.isEmpty {
            out += "\nEXAMPLES:\n"
            for example in command.examples { out += "  \(example)\n" }
        }
        return out
    }

    static func error(_ error: UsageError, root: CommandSpec) -> String {
        let command = resolve(error.path, root: root) ?? root
        var out = "Error: \(error.message)\n"
        if let suggestion = error.suggestion { out += "Did you mean \(suggestion)?\n" }
        out += "Usage: \(usage(command, path: error.path))\n"
        out += "  See '\(error.path.joined(separator: " ")) --help' for more information.\n"
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

    /// `  name    text`, the text aligned at `column` and wrapped at 80.
    private static func row(_ name: String, _ text: String) -> String {
        let indent = String(repeating: " ", count: column)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.count + word.count + 1 > 80 - column, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
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
}
