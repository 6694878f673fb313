import Testing

@testable import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `JSONTextWriter` and the check report written with it give the bytes `JSONEncoder` gives
/// (`JSONText.encode`), which the report was written with before: scripts that compare reports
/// see no change.
@Suite struct JSONTextWriterTests {
    /// A JSON value for both writers: `JSONEncoder` through `Encodable`, `JSONTextWriter` by hand.
    indirect enum Value: Encodable {
        case text(String)
        case number(Int)
        case array([Value])
        case object([String: Value])

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .text(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            case .number(let number):
                var container = encoder.singleValueContainer()
                try container.encode(number)
            case .array(let values):
                var container = encoder.unkeyedContainer()
                for value in values { try container.encode(value) }
            case .object(let members):
                var container = encoder.container(keyedBy: Key.self)
                for (key, value) in members { try container.encode(value, forKey: Key(stringValue: key)) }
            }
        }

        func write(into json: inout JSONTextWriter) {
            switch self {
            case .text(let text): json.value(text)
            case .number(let number): json.value(number)
            case .array(let values):
                json.beginArray()
                for value in values { value.write(into: &json) }
                json.end()
            case .object(let members):
                json.beginObject()
                for key in members.keys.sorted() {
                    json.key(key)
                    members[key].map { $0.write(into: &json) }
                }
                json.end()
            }
        }
    }

    /// Text with every kind of character the escaping tells apart: quotes, backslashes, slashes,
    /// each control character, DEL, Latin-1, a line separator and an astral character.
    static func text(_ random: inout SeededRandom) -> String {
        let pieces: [String] = [
            "a", "Z", " ", "\"", "\\", "/", "\u{7F}", "é", "\u{2028}", "😀", "1.A.2", "module-1.md",
        ]
        var text = ""
        for _ in 0..<random.int(below: 8) {
            if random.chance(30) {
                text.unicodeScalars.append(Unicode.Scalar(UInt8(random.int(below: 0x20))))
            } else {
                text += random.pick(pieces)
            }
        }
        return text
    }

    static func value(_ random: inout SeededRandom, depth: Int) -> Value {
        switch depth > 3 ? random.int(below: 2) : random.int(below: 4) {
        case 0: return .text(text(&random))
        case 1: return .number(random.int(below: 2_000_001) - 1_000_000)
        case 2: return .array((0..<random.int(below: 4)).map { _ in value(&random, depth: depth + 1) })
        default:
            var members: [String: Value] = [:]
            for _ in 0..<random.int(below: 4) { members[text(&random)] = value(&random, depth: depth + 1) }
            return .object(members)
        }
    }

    @Test func everyValueIsWrittenAsJSONEncoderWritesIt() {
        var random = SeededRandom(seed: 17)
        for round in 0..<2_000 {
            let value = Self.value(&random, depth: 0)
            var json = JSONTextWriter()
            value.write(into: &json)
            #expect(json.text == JSONText.encode(value), "round \(round)")
        }
    }

    @Test func emptyContainersAndEscapesHaveTheEncodersLayout() {
        var json = JSONTextWriter()
        json.beginObject()
        json.key("a")
        json.beginArray()
        json.end()
        json.key("b")
        json.beginObject()
        json.end()
        json.member("c", nil as String?)
        json.member("d", "\u{8}\u{1F}/\"\\")
        json.end()
        #expect(json.text == "{\n  \"a\" : [\n\n  ],\n  \"b\" : {\n\n  },\n  \"d\" : \"\\b\\u001f/\\\"\\\\\"\n}")
    }

    // MARK: The check report

    /// The report's shape as `Encodable` values: what `JSONRenderer` encoded before it wrote its
    /// JSON by hand.
    struct Document: Encodable {
        var version: Int
        var tool: [String: String]
        var summary: [String: Int]
        var files: [String]
        var diagnostics: [Entry]
    }
    struct Entry: Encodable {
        var code, name, severity, message: String
        var file: String?
        var line, column, endLine, endColumn: Int?
        var hint, replacement: String?
        var notes: [NoteEntry]
    }
    struct NoteEntry: Encodable {
        var message: String
        var file: String?
        var line, column: Int?
    }

    static func expected(_ report: CheckReport, files: [String]) -> String {
        let document = Document(
            version: JSONRenderer.formatVersion, tool: ["name": "curriculum", "version": "9.8.7"],
            summary: [
                "errors": report.errorCount, "warnings": report.warningCount, "notes": report.noteCount,
                "files": files.count, "truncated": report.truncated,
            ],
            files: files,
            diagnostics: report.diagnostics.map { d in
                Entry(
                    code: d.code.id, name: d.code.name, severity: d.severity.rawValue, message: d.message,
                    file: d.range?.file, line: d.range?.start.line, column: d.range?.start.column,
                    endLine: d.range?.endLine, endColumn: d.range?.endColumn, hint: d.hint?.message,
                    replacement: d.hint?.replacement,
                    notes: d.notes.map {
                        NoteEntry(
                            message: $0.message, file: $0.location?.file, line: $0.location?.line,
                            column: $0.location?.column)
                    })
            })
        return JSONText.encode(document) + "\n"
    }

    @Test func theCheckReportIsTheDocumentJSONEncoderWrote() {
        var random = SeededRandom(seed: 42)
        for round in 0..<500 {
            var report = CheckReport()
            let files = (0..<random.int(below: 4)).map { "c/m-\($0)-\(Self.text(&random)).md" }
            report.files = files + files.prefix(random.int(below: 2))
            report.truncated = random.int(below: 3)
            for _ in 0..<random.int(below: 4) {
                let file = random.pick(files + ["x.md"])
                let at = SourceLocation(file: file, line: 1 + random.int(below: 99), column: 1 + random.int(below: 9))
                var diagnostic = Diagnostic(
                    random.pick(DiagnosticCode.all), .same(Self.text(&random)),
                    at: random.chance(20) ? nil : SourceRange(start: at, length: random.int(below: 5)),
                    hint: random.chance(50)
                        ? FixHint(
                            en: Self.text(&random), nl: "x", replacement: random.chance(50) ? Self.text(&random) : nil)
                        : nil,
                    notes: (0..<random.int(below: 3)).map { _ in
                        Diagnostic.Note(en: Self.text(&random), nl: "x", at: random.chance(50) ? at : nil)
                    })
                diagnostic.severity = random.pick([.error, .warning, .note])
                report.diagnostics.append(diagnostic)
            }
            var unique: [String] = []
            for file in report.files where !unique.contains(file) { unique.append(file) }
            #expect(
                JSONRenderer.render(report, toolVersion: "9.8.7") == Self.expected(report, files: unique),
                "round \(round)")
        }
    }
}
