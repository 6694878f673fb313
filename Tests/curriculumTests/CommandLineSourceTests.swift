import Foundation
import Testing

/// The command line stays thin: every file short, and no finding formatted by hand (findings are
/// `Diagnostic`s rendered by the library).
@Suite struct CommandLineSourceTests {
    static let folder = CLI.root.appendingPathComponent("Sources/curriculum")
    static let maximumLines = 200

    static let files: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".swift") }
        .sorted()

    /// The hand-made shapes of a finding: `"error: …"`, `"warning: …"` and `  = help: …`.
    static func handFormattedFindings(in text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
            ["\"error: ", "\"warning: ", "= help: "].contains { line.contains($0) }
        }
    }

    static func lineCount(of text: String) -> Int {
        if text.isEmpty { return 0 }
        return text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0)
    }

    @Test func theFolderIsRead() {
        #expect(Self.files.count >= 10)
        #expect(Self.files.contains("main.swift"))
    }

    @Test(arguments: files)
    func isAtMostTwoHundredLines(_ file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let lines = Self.lineCount(of: text)
        #expect(lines <= Self.maximumLines, "\(file) has \(lines) lines; move library work into CurriculumKit/Jobs")
    }

    @Test(arguments: files)
    func formatsNoFindingByHand(_ file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let found = Self.handFormattedFindings(in: text)
        #expect(
            found.isEmpty,
            "\(file) formats findings by hand; report a Diagnostic instead:\n\(found.joined(separator: "\n"))")
    }

    @Test(arguments: [
        ("console.err(\"error: '\\(path)' does not exist\\n\")", 1),
        ("    \"warning: something\"", 1),
        ("\"x\\n  = help: do this\\n\"", 1),
        ("console.report([diagnostic])", 0),
        ("// an error: in a comment without a quote", 0),
    ])
    func theCheckFindsHandFormattedFindings(_ line: String, _ expected: Int) {
        #expect(Self.handFormattedFindings(in: "let a = 1\n" + line + "\n").count == expected)
    }

    @Test(arguments: [("", 0), ("a\n", 1), ("a\nb", 2), ("a\nb\n", 2), (String(repeating: "x\n", count: 201), 201)])
    func linesAreCounted(_ text: String, _ expected: Int) {
        #expect(Self.lineCount(of: text) == expected)
    }
}

extension CommandLineSourceTests {
    /// Text with its line breaks, continuations and indentation as single spaces: how a help text
    /// reads, whichever way the source wraps it.
    static func words(_ text: String) -> String {
        text.replacingOccurrences(of: "\\\n", with: " ").split(whereSeparator: { $0 == " " || $0 == "\n" })
            .joined(separator: " ")
    }

    /// The English keys of the help catalogue, as written in its source.
    static func catalogueKeys() throws -> [String] {
        var keys: [String] = []
        for name in files where name.hasPrefix("HelpCatalogue") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            // Multi-line strings in order: every second `"""` closes one, and a key's is followed by `:`.
            let blocks = text.components(separatedBy: "\"\"\"")
            for index in stride(from: 1, to: blocks.count - 1, by: 2) where blocks[index + 1].hasPrefix(":") {
                keys.append(words(blocks[index]))
            }
            let singleLine = try NSRegularExpression(
                pattern: #"^\s*\"((?:[^\"\\]|\\.)*)\":"#, options: .anchorsMatchLines)
            for match in singleLine.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { keys.append(words(String(text[range]))) }
            }
        }
        return keys
    }

    /// A Dutch help text whose English has gone from the command table is dead weight, and a sign
    /// that the new English has no Dutch: every key must still be written in a command file.
    @Test func everyDutchHelpTextStillHasItsEnglish() throws {
        let keys = try Self.catalogueKeys()
        #expect(keys.count > 50, "\(keys.count) keys read")
        let commands = try Self.files.filter { !$0.hasPrefix("HelpCatalogue") }.map {
            try String(contentsOf: Self.folder.appendingPathComponent($0), encoding: .utf8)
        }.map(Self.words).joined(separator: "\n")
        let stale = keys.filter { !commands.contains($0) }
        #expect(stale.isEmpty, "Dutch kept for English that no command writes any more: \(stale)")
    }
}
