/// The manual page, in roff, from the command table: `curriculum help --man | man -l -`.
///
/// It carries the release date (`CommandTable.releaseDate`), not today's: the same version always
/// prints the same page. It is in English whatever the locale, as it is installed once for every
/// user of a system; `--help` speaks the user's language.
enum ManPage {
    static func render(_ root: CommandSpec) -> String {
        func escape(_ text: String) -> String {
            text.replacing("\\", with: "\\e").replacing("-", with: "\\-")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }.joined(separator: "\n")
        }
        var out =
            ".TH CURRICULUM 1 \"\(CommandTable.releaseDate)\" \"curriculum \(CommandTable.version)\" \"User Commands\"\n"
        out += ".SH NAME\n\(root.name) \\- \(escape(root.abstract))\n"
        out += ".SH SYNOPSIS\n.B \(root.name)\n.I subcommand\n[\\fIoptions\\fR] [\\fIpaths\\fR]\n"
        out +=
            ".SH DESCRIPTION\n\(escape(root.discussion.split(separator: "\n").map { $0.trimmingWhitespaceForMan() }.joined(separator: "\n")))\n"
        out +=
            ".SH OPTIONS\n.TP\n.B \\-\\-version\nShow the version.\n.TP\n.B \\-h, \\-\\-help\nShow help information.\n"
            + ".TP\n.B \\-\\-lang \\fIcode\\fR\n\(escape(GlobalOptions.lang.help)) One of: nl, en.\n"
        out += ".SH COMMANDS\n"
        for command in root.subcommands {
            out += ".SS \(command.name)\n\(escape(command.abstract))\n"
            if !command.discussion.isEmpty {
                out +=
                    ".PP\n\(escape(command.discussion.split(separator: "\n").map { $0.trimmingWhitespaceForMan() }.joined(separator: "\n")))\n"
            }
            out += ".PP\nUsage: \\fB\(escape(HelpRenderer.usage(command, path: [root.name, command.name])))\\fR\n"
            for argument in command.arguments {
                out += ".TP\n.I \(argument.name)\n\(escape(argument.help))\n"
            }
            for option in command.options {
                var name = option.short.map { "\\-\($0), " } ?? ""
                name += "\\-\\-\(escape(option.long))"
                if let value = option.valueName { name += " \\fI\(value)\\fR" }
                var help = option.help
                if !option.choices.isEmpty { help += " One of: \(option.choices.joined(separator: ", "))." }
                if let d = option.defaultValue { help += " Default: \(d)." }
                out += ".TP\n.B \(name)\n\(escape(help))\n"
            }
            for example in command.examples { out += ".PP\n.nf\n\(escape(example))\n.fi\n" }
        }
        out +=
            ".SH EXIT STATUS\n0 on success, 1 when there are findings or a plan does not fit, 2 on a usage error or unreadable input.\n"
        out += ".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nWhen set and not empty, output is never coloured.\n"
        out +=
            ".TP\n.B LC_ALL, LC_MESSAGES, LANG\nThe first that is set and not empty chooses the language of messages and help: "
            + "a Dutch locale (nl_NL.UTF\\-8, nl_BE, nl) gives Dutch, any other English; \\-\\-lang overrides it.\n"
        out += ".TP\n.B COLUMNS\nThe width help is wrapped to (default: the terminal's, or 80).\n"
        out += ".SH SEE ALSO\nThe format: docs/format.md; the rules: docs/rules.md.\n"
        return out
    }
}

extension Substring {
    func trimmingWhitespaceForMan() -> String {
        String(drop { $0 == " " })
    }
}
