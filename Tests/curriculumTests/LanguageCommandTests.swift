import Foundation
import Testing

/// The command line in the user's language: English by default, Dutch by locale or `--lang nl`,
/// and never a word of the other language in findings, help or usage errors.
@Suite struct LanguageCommandTests {
    static let broken = "Tests/Fixtures/check/broken"
    static let dutch = ["LANG": "nl_NL.UTF-8"]

    /// The English texts of the findings (message, hint, notes), from the JSON report, which stays
    /// English whatever the language.
    static func englishTexts() throws -> [String] {
        let output = try CLI.run(["check", broken, "--format", "json"])
        struct Report: Decodable {
            struct Finding: Decodable {
                struct Note: Decodable { var message: String }
                var message: String
                var hint: String?
                var notes: [Note]
            }
            var diagnostics: [Finding]
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(output.stdout.utf8))
        return report.diagnostics.flatMap { [$0.message] + ($0.hint.map { [$0] } ?? []) + $0.notes.map(\.message) }
    }

    /// The Dutch texts of the findings (message and hint), from the GitHub annotations, which
    /// follow `--lang`.
    static func dutchTexts() throws -> [String] {
        let output = try CLI.run(["check", broken, "--format", "github", "--lang", "nl"])
        return output.stdout.split(separator: "\n").filter { !$0.contains("title=curriculum check") }.flatMap {
            line -> [String] in
            guard let start = line.range(of: "::", options: .backwards) else { return [] }
            return line[start.upperBound...].replacingOccurrences(of: "%25", with: "%")
                .components(separatedBy: "%0A").map { $0.hasPrefix("tip: ") ? String($0.dropFirst(5)) : $0 }
        }
    }

    @Test func aDutchRunOfCheckSaysEveryFindingInDutchAndNoneInEnglish() throws {
        let english = try Self.englishTexts()
        let dutch = try Self.dutchTexts()
        #expect(english.count >= 16 && dutch.count >= 16, "\(english.count) English, \(dutch.count) Dutch texts")
        let output = try CLI.run(["check", Self.broken], environment: Self.dutch)
        #expect(output.status == 1)
        for text in dutch { #expect(output.stderr.contains(text), "missing: \(text)") }
        for text in english where !dutch.contains(text) {
            #expect(!output.stderr.contains(text), "English in the Dutch output: \(text)")
        }
        for word in ["error[", "warning[", "= help:", "= note:", " errors", " warnings", " files ("] {
            #expect(!output.stderr.contains(word), "English word \(word) in:\n\(output.stderr)")
        }
        #expect(output.stderr.contains("fout[CUR401]") && output.stderr.contains("waarschuwing[CUR406]"))
        #expect(output.stderr.contains("`1.A.1.1 bijlage 2` staat niet in de bijlagenlijst — bedoelde je"))
        #expect(
            output.stderr.hasSuffix(" s)\n") && output.stderr.contains("5 fouten, 3 waarschuwingen in 3 bestanden ("))
    }

    @Test func anEnglishRunOfCheckSaysEveryFindingInEnglishAndNoneInDutch() throws {
        let english = try Self.englishTexts()
        let dutch = try Self.dutchTexts()
        for environment in [[:], ["LANG": "C"], ["LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"]] {
            let output = try CLI.run(["check", Self.broken], environment: environment)
            for text in english { #expect(output.stderr.contains(text), "missing: \(text)") }
            for text in dutch where !english.contains(text) {
                #expect(!output.stderr.contains(text), "Dutch in the English output (\(environment)): \(text)")
            }
            for word in ["fout[", "waarschuwing[", "= tip:", "= opmerking:", "bestand"] {
                #expect(!output.stderr.contains(word), "Dutch word \(word) with \(environment)")
            }
        }
    }

    @Test func langOverridesTheLocaleEitherWay() throws {
        let byLocale = try CLI.run(["check", Self.broken], environment: Self.dutch)
        let byOption = try CLI.run(["--lang", "nl", "check", Self.broken])
        let afterTheCommand = try CLI.run(["check", Self.broken, "--lang=nl"])
        #expect(CommandLineTests.stable(byLocale.stderr) == CommandLineTests.stable(byOption.stderr))
        #expect(CommandLineTests.stable(byLocale.stderr) == CommandLineTests.stable(afterTheCommand.stderr))
        let english = try CLI.run(["check", Self.broken])
        let forced = try CLI.run(["check", Self.broken, "--lang", "en"], environment: Self.dutch)
        #expect(CommandLineTests.stable(english.stderr) == CommandLineTests.stable(forced.stderr))
        let bad = try CLI.run(["--lang", "fr", "check"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("error: the value 'fr' is invalid for '--lang <code>'"))
    }

    /// Machine formats are read by programs: the locale never changes them, and only the GitHub
    /// annotations, which people read on a pull request, follow an explicit `--lang`.
    @Test(arguments: ["json", "sarif", "junit", "gitlab", "github"])
    func machineFormatsStayEnglishUnlessGitHubIsAskedForDutch(format: String) throws {
        let english = try CLI.run(["check", Self.broken, "--format", format])
        let underDutchLocale = try CLI.run(["check", Self.broken, "--format", format], environment: Self.dutch)
        let withLang = try CLI.run(["check", Self.broken, "--format", format, "--lang", "nl"])
        func stable(_ text: String) -> String {
            text.replacingOccurrences(of: #""time" *: *"[^"]*""#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"time="[^"]*""#, with: "", options: .regularExpression)
        }
        #expect(stable(english.stdout) == stable(underDutchLocale.stdout))
        #expect(english.stdout.contains("is not in the annex catalogue"))
        if format == "github" {
            #expect(withLang.stdout.contains("staat niet in de bijlagenlijst"))
            #expect(!withLang.stdout.contains("is not in the annex catalogue"))
        } else {
            #expect(stable(english.stdout) == stable(withLang.stdout))
        }
    }

    /// The five mistakes of the English snapshot, as a Dutch coordinator reads them.
    @Test func fiveMistakesInDutch() throws {
        let output = try CLI.run(["check", "Tests/Fixtures/cli/five-mistakes.md"], environment: Self.dutch)
        #expect(output.status == 1)
        let snapshot = CLI.snapshot(CommandLineTests.stable(output.stderr), named: "five-mistakes.nl.txt")
        #expect(snapshot.matches, "differs from Snapshots/five-mistakes.nl.txt:\n\(output.stderr)")
    }

    @Test func usageErrorsAreDutchUnderADutchLocale() throws {
        let unknown = try CLI.run(["chekc"], environment: Self.dutch)
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr == """
                fout: onbekende subopdracht 'chekc'
                Bedoelde je 'check'?
                Gebruik: curriculum <subopdracht>
                  Zie 'curriculum --help' voor meer uitleg.

                """)
        let missing = try CLI.run(["list", "--depth"], environment: Self.dutch)
        #expect(missing.stderr.hasPrefix("fout: de waarde ontbreekt bij '--depth <n>'"))
    }
}
