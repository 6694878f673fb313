import Foundation
import Testing

/// Help as the tools people know write it: wrapped to the terminal, in the user's language, with a
/// did-you-mean for a mistyped subcommand, and the overview (exit 1, as git) without one.
@Suite struct HelpCommandTests {
    static let commands = [
        "check", "list", "show", "plan", "plan diff", "budget", "review", "export", "fmt", "init", "import",
        "import carpentries", "import book", "lsp", "help", "completions",
    ]

    /// The texts of a help page: the overview, each discussion paragraph and each row's text, on
    /// lines of their own when the terminal is wide enough for anything.
    static func texts(of help: String) -> [String] {
        help.split(separator: "\n").compactMap { raw -> String? in
            var line = String(raw)
            if line.hasPrefix("OVERVIEW: ") {
                line = String(line.dropFirst(10))
            } else if line.hasPrefix("  "), !line.hasPrefix("  curriculum "), !line.hasPrefix("  See '") {
                line = line.trimmingCharacters(in: .whitespaces)
                if let gap = line.range(of: "  ") {
                    line = String(line[gap.upperBound...]).trimmingCharacters(in: .whitespaces)
                } else if line.hasPrefix("-") || line.hasPrefix("<") {
                    return nil  // a long option's name, its text on the next line
                }
            } else {
                return nil
            }
            for marker in [" (values: ", " (default: "] {
                if let cut = line.range(of: marker) { line = String(line[..<cut.lowerBound]) }
            }
            return line.contains(" ") && line.count > 12 && !line.hasPrefix("curriculum ") ? line : nil
        }
    }

    @Test(arguments: [""] + commands)
    func everyHelpTextHasItsDutch(_ command: String) throws {
        let arguments = ["help"] + command.split(separator: " ").map(String.init)
        let english = try CLI.run(arguments, environment: ["COLUMNS": "1000"])
        let dutch = try CLI.run(arguments, environment: ["COLUMNS": "1000", "LANG": "nl_BE"])
        #expect(english.status == 0 && dutch.status == 0)
        let texts = Self.texts(of: english.stdout)
        #expect(texts.count >= 3, "\(texts)")
        for text in texts {
            #expect(!dutch.stdout.contains(text), "no Dutch for \"\(text)\" in help \(command)")
        }
        for word in ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "EXAMPLES", "(default:"] {
            #expect(!dutch.stdout.contains(word), "\(word) in Dutch help \(command)")
        }
        #expect(dutch.stdout.hasPrefix("OVERZICHT: "))
    }

    @Test(arguments: [60, 100, 120])
    func helpIsWrappedToColumns(_ width: Int) throws {
        for command in ["check", "export", "plan"] {
            let output = try CLI.run([command, "--help"], environment: ["COLUMNS": "\(width)"])
            let long = output.stdout.split(separator: "\n").filter { line in
                line.count > width && line.contains(" ") && !line.hasPrefix("  curriculum")
                    && !line.trimmingCharacters(in: .whitespaces).hasPrefix("USAGE")
                    && line.trimmingCharacters(in: .whitespaces).split(separator: " ").count > 1
                    && !line.hasPrefix("  bash:") && !line.hasPrefix("  zsh:") && !line.hasPrefix("  fish:")
            }
            #expect(long.isEmpty, "lines over \(width) in \(command) help: \(long)")
        }
        let wide = try CLI.run(["check", "--help"], environment: ["COLUMNS": "\(width)"])
        let piped = try CLI.run(["check", "--help"])
        #expect(width == 80 || wide.stdout != piped.stdout)
    }

    @Test func pipedHelpIsWrappedAtEighty() throws {
        let output = try CLI.run(["export", "--help"])
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.contains { $0.count > 70 }, "the width is used")
        #expect(lines.filter { $0.count > 80 && !$0.hasPrefix("  curriculum") && !$0.hasPrefix("USAGE") }.isEmpty)
    }

    @Test(arguments: [(["help", "chekc"], "'check'"), (["lsit"], "'list'"), (["help", "expor"], "'export'")])
    func aMistypedSubcommandGetsTheNearestOne(arguments: [String], suggestion: String) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("error: unknown subcommand '\(arguments.last ?? "")'\n"))
        #expect(output.stderr.contains("Did you mean \(suggestion)?"))
        let dutch = try CLI.run(arguments, environment: ["LC_MESSAGES": "nl_NL.UTF-8"])
        #expect(dutch.stderr.contains("Bedoelde je \(suggestion)?"))
    }

    @Test func noSubcommandPrintsTheOverviewAndExitsOneAsGitDoes() throws {
        let output = try CLI.run([])
        #expect(output.status == 1)
        #expect(output.stderr.isEmpty)
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(output.stdout == help.stdout)
    }

    @Test func oneCasingOfErrorEverywhere() throws {
        let usage = try CLI.run(["check", "--stirct"])
        let finding = try CLI.run(["check", LanguageCommandTests.broken])
        #expect(usage.stderr.hasPrefix("error: "))
        #expect(finding.stderr.contains(": error[CUR401]: "))
        for output in [usage, finding] { #expect(!output.stderr.contains("Error:")) }
    }

    @Test func theManPageCarriesTheReleaseDateNotTheClock() throws {
        let first = try CLI.run(["help", "--man"])
        let second = try CLI.run(["help", "--man"], environment: ["LANG": "nl_NL.UTF-8", "SOURCE_DATE_EPOCH": "0"])
        #expect(first.stdout == second.stdout, "the same page every time, in every locale")
        let header = first.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(
            header.range(
                of: #"^\.TH CURRICULUM 1 "\d{4}-\d\d-\d\d" "curriculum \d+\.\d+\.\d+""#, options: .regularExpression)
                != nil, "\(header)")
        #expect(first.stdout.contains("LC_MESSAGES"))
    }
}
