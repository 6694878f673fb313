import Foundation
import Testing

/// One place per message: the library builds a `Diagnostic` only inside a `static func` factory of
/// an `extension Diagnostic` (swift-format style: at the bottom of the file that reports it), and no
/// two factories hold the same message wording.
///
/// The source is read with a small scanner that knows comments, string literals (with
/// interpolations) and braces: enough to tell which declarations enclose a construction.
@Suite struct MessagePlacementTests {
    /// A `Diagnostic(…)` construction: where it stands, the declarations around it (outermost
    /// first) and its message when that is a string literal.
    struct Construction: CustomStringConvertible {
        var file: String
        var line: Int
        var enclosing: [String]
        var message: String?
        var dutch: String? = nil
        var description: String { "\(file):\(line)" }

        /// Whether the construction sits in a `static func` of an `extension Diagnostic`.
        var isInFactory: Bool {
            guard let outermost = enclosing.first, outermost.hasPrefix("extension Diagnostic") else { return false }
            guard let function = enclosing.last(where: { $0.contains(/\bfunc\b/) }) else { return false }
            return function.contains(/\bstatic\s+func\b/)
        }
    }

    static let library = Repository.root.appendingPathComponent("Sources/CurriculumKit")

    static let constructions: [Construction] = {
        guard let walker = FileManager.default.enumerator(atPath: library.path) else { return [] }
        let files = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
        return files.flatMap { name in
            let text = (try? String(contentsOf: library.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return SourceScanner(text).constructions(of: "Diagnostic").map {
                Construction(
                    file: name, line: $0.line, enclosing: $0.enclosing, message: $0.firstArgumentLiteral,
                    dutch: $0.dutchLiteral)
            }
        }
    }()

    @Test func theScannerFindsTheLibrarysConstructions() {
        #expect(Self.constructions.count >= 100, "found only \(Self.constructions.count)")
        #expect(Self.constructions.filter { $0.message != nil }.count >= 100)
    }

    @Test func everyDiagnosticIsBuiltInAStaticFactoryOfAnExtensionOfDiagnostic() {
        let stray = Self.constructions.filter { !$0.isInFactory }
        #expect(stray.isEmpty, "built outside a factory: \(stray.map { "\($0) in \($0.enclosing)" })")
    }

    @Test func noTwoFactoriesHoldTheSameMessage() {
        var seen: [String: Construction] = [:]
        var twice: [String] = []
        for construction in Self.constructions {
            guard let message = construction.message.map(SourceScanner.withoutInterpolations) else { continue }
            if let first = seen[message] {
                twice.append("\"\(message)\" at \(first) and \(construction)")
            } else {
                seen[message] = construction
            }
        }
        #expect(twice.isEmpty, "one message, two places: \(twice)")
    }

    /// The Dutch wording sits beside the English in the same construction; the compiler demands
    /// both (`en:` and `nl:`), and this asks that the Dutch is a translation, not a copy, and is
    /// itself said in one place only.
    @Test func everyMessageHasItsOwnDutchWording() {
        let both = Self.constructions.filter { $0.message != nil && $0.dutch != nil }
        #expect(both.count >= 100, "found only \(both.count) messages with a Dutch literal")
        let copied = both.filter { $0.message == $0.dutch }
        #expect(copied.isEmpty, "Dutch copied from English: \(copied)")
        var seen: [String: Construction] = [:]
        var twice: [String] = []
        for construction in both {
            guard let dutch = construction.dutch.map(SourceScanner.withoutInterpolations) else { continue }
            if let first = seen[dutch] { twice.append("\"\(dutch)\" at \(first) and \(construction)") }
            seen[dutch] = construction
        }
        #expect(twice.isEmpty, "one Dutch message, two places: \(twice)")
    }

    // MARK: The scanner pinned

    @Test func aConstructionInAFactoryIsAcceptedAndOneElsewhereIsNot() {
        let text = #"""
            struct Checker {
                func check() {
                    found.append(Diagnostic(.code, "inline \(x) { not a brace", at: nil))  // Diagnostic(
                }
            }
            let brace = """
                { "quoted" \(")")
                """
            extension Diagnostic {
                /// A factory: Diagnostic(.code, "in a comment", at: nil)
                fileprivate static func missing(
                    _ path: String
                ) -> Diagnostic {
                    Diagnostic(.missing, en: "'\(path)' does not exist", nl: "'\(path)' bestaat niet", at: nil,
                        hint: FixHint(en: "check \("}")", nl: "kijk \("}")"))
                }
                func notStatic() -> Diagnostic { Diagnostic(.other, message, at: nil) }
                static func long(_ path: String)
                    -> Diagnostic
                {
                    Diagnostic(.other, "long" + suffix, at: nil)
                }
            }
            """#
        let found = SourceScanner(text).constructions(of: "Diagnostic")
        #expect(found.map(\.line) == [3, 14, 17, 21])
        #expect(found.map(\.dutchLiteral) == [nil, #"'\(path)' bestaat niet"#, nil, nil])
        #expect(
            found.map(\.firstArgumentLiteral) == [
                #"inline \(x) { not a brace"#, #"'\(path)' does not exist"#, nil, "long",
            ])
        let placed = found.map {
            Construction(file: "x", line: $0.line, enclosing: $0.enclosing, message: nil).isInFactory
        }
        #expect(placed == [false, true, false, true])
        #expect(SourceScanner.withoutInterpolations(#"'\(path)' is \(f("a)")) MiB"#) == #"'\(…)' is \(…) MiB"#)
    }
}

/// Just enough of a Swift lexer to find constructions of a type and the declarations around them.
struct SourceScanner {
    struct Found {
        var line: Int
        var enclosing: [String]
        /// The second argument (a `Diagnostic`'s message) when it is, or starts with, a string literal.
        var firstArgumentLiteral: String?
        /// The Dutch wording (`nl:`) when it is a string literal.
        var dutchLiteral: String?
    }

    /// The code with every comment removed and every string literal replaced by `"#n"`, where n
    /// indexes `literals`; line breaks kept so that lines still count.
    private(set) var code: [Character] = []
    private(set) var literals: [String] = []

    init(_ text: String) {
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
            if c == "/", next == "/" {
                while i < characters.count, characters[i] != "\n" { i += 1 }
            } else if c == "/", next == "*" {
                i += 2
                while i + 1 < characters.count, !(characters[i] == "*" && characters[i + 1] == "/") {
                    if characters[i] == "\n" { code.append("\n") }
                    i += 1
                }
                i += 2
            } else if c == "\"" || (c == "#" && next == "\"") {
                let start = i
                i = Self.endOfLiteral(characters, from: i)
                let raw = String(characters[start..<min(i, characters.count)])
                code += "\"#\(literals.count)\""
                code += Array(repeating: "\n", count: raw.filter { $0 == "\n" }.count)
                literals.append(Self.contents(of: raw))
            } else {
                code.append(c)
                i += 1
            }
        }
    }

    /// The index just past the string literal that starts at `start` (raw `#"…"#`, multi-line
    /// `"""…"""`, interpolations with strings inside).
    static func endOfLiteral(_ characters: [Character], from start: Int) -> Int {
        var i = start
        var hashes = 0
        while i < characters.count, characters[i] == "#" {
            hashes += 1
            i += 1
        }
        let multiline = i + 2 < characters.count && characters[i + 1] == "\"" && characters[i + 2] == "\""
        let quotes = multiline ? 3 : 1
        i += quotes
        let closing = Array(repeating: Character("\""), count: quotes) + Array(repeating: "#", count: hashes)
        let escape = [Character("\\")] + Array(repeating: "#", count: hashes)
        while i < characters.count {
            if Array(characters[i..<min(i + escape.count, characters.count)]) == escape {
                i += escape.count
                if i < characters.count, characters[i] == "(" {
                    i = endOfInterpolation(characters, from: i)
                } else {
                    i += 1
                }
            } else if Array(characters[i..<min(i + closing.count, characters.count)]) == closing {
                return i + closing.count
            } else {
                i += 1
            }
        }
        return i
    }

    /// The index just past the `)` that closes the interpolation opened at `start`.
    static func endOfInterpolation(_ characters: [Character], from start: Int) -> Int {
        var depth = 0
        var i = start
        while i < characters.count {
            switch characters[i] {
            case "(":
                depth += 1
                i += 1
            case ")":
                depth -= 1
                i += 1
                if depth == 0 { return i }
            case "\"",
                "#" where i + 1 < characters.count && characters[i + 1] == "\"":
                i = endOfLiteral(characters, from: i)
            default:
                i += 1
            }
        }
        return i
    }

    /// A literal's text between its delimiters.
    static func contents(of raw: String) -> String {
        var text = Substring(raw)
        while text.first == "#", text.last == "#" { text = text.dropFirst().dropLast() }
        if text.hasPrefix("\"\"\""), text.hasSuffix("\"\"\""), text.count >= 6 {
            return String(text.dropFirst(3).dropLast(3))
        }
        return String(text.dropFirst().dropLast())
    }

    /// A message with every interpolation written `\(…)`, so that `'\(path)'` and `'\(folder)'` are
    /// the same wording.
    static func withoutInterpolations(_ message: String) -> String {
        let characters = Array(message)
        var result = ""
        var i = 0
        while i < characters.count {
            if characters[i] == "\\", i + 1 < characters.count, characters[i + 1] == "(" {
                result += "\\(…)"
                i = endOfInterpolation(characters, from: i + 1)
            } else {
                result.append(characters[i])
                i += 1
            }
        }
        return result
    }

    /// Every `Name(` construction, with the declarations whose braces enclose it.
    func constructions(of name: String) -> [Found] {
        let target = Array(name + "(")
        var found: [Found] = []
        var line = 1
        var stack: [String] = []
        var header = ""
        var parentheses = 0
        var i = 0
        while i < code.count {
            let c = code[i]
            if Array(code[i..<min(i + target.count, code.count)]) == target,
                i == 0 || !(code[i - 1].isLetter || code[i - 1].isNumber || code[i - 1] == "_" || code[i - 1] == ".")
            {
                found.append(
                    Found(
                        line: line, enclosing: stack, firstArgumentLiteral: literalArgument(after: i),
                        dutchLiteral: labelledLiteral("nl", after: i)))
            }
            switch c {
            case "\n":
                line += 1
                if parentheses == 0 && !continuesDeclaration(at: i + 1) { header = "" } else { header.append(" ") }
            case "(", "[":
                parentheses += 1
                header.append(c)
            case ")", "]":
                parentheses -= 1
                header.append(c)
            case "{":
                stack.append(header.trimmingCharacters(in: .whitespaces))
                header = ""
            case "}":
                if !stack.isEmpty { stack.removeLast() }
                header = ""
            default:
                header.append(c)
            }
            i += 1
        }
        return found
    }

    /// Whether the line after a break continues a declaration (`-> Diagnostic`, `{`, `where …`), as
    /// swift-format writes a long signature.
    private func continuesDeclaration(at start: Int) -> Bool {
        var i = start
        while i < code.count, code[i] == " " || code[i] == "\t" || code[i] == "\n" { i += 1 }
        let rest = String(code[i..<min(i + 9, code.count)])
        return ["->", "{", "where ", "throws", "rethrows", "async"].contains { rest.hasPrefix($0) }
    }

    /// The literal after `Name(.code, ` when the second argument is one or starts with one
    /// (`"…" + suggestion`).
    private func literalArgument(after start: Int) -> String? {
        let rest = String(code[start..<min(start + 400, code.count)])
        guard let match = rest.firstMatch(of: /^\w+\(\s*[\w.]+\s*,\s*(?:en:\s*)?"#(\d+)"\s*[,)+]/),
            let index = Int(match.1), literals.indices.contains(index)
        else { return nil }
        return literals[index]
    }

    /// The literal given for `label:` (`nl`) inside the construction's parentheses, if any.
    private func labelledLiteral(_ label: String, after start: Int) -> String? {
        guard let open = code[start...].firstIndex(of: "(") else { return nil }
        var depth = 0
        var end = open
        for i in open..<code.count {
            if code[i] == "(" { depth += 1 }
            if code[i] == ")" { depth -= 1 }
            if depth == 0 {
                end = i
                break
            }
        }
        let inside = String(code[open...end])
        let pattern = try? Regex<(Substring, Substring)>(##"\b"## + label + ##":\s*"#(\d+)""##)
        guard let pattern, let match = inside.firstMatch(of: pattern), let index = Int(match.1),
            literals.indices.contains(index)
        else { return nil }
        return literals[index]
    }
}
