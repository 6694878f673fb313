import Testing

@testable import CurriculumKit

/// Runs every rule against its own examples (SwiftLint style): each `↓` in an example must be
/// matched by one finding of the rule's codes, at that file, line and column, and an example without
/// markers must produce none.
@Suite struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: any Rule
        var example: RuleExample
        var testDescription: String { "\(type(of: rule)): \(example.description)" }
    }

    static let cases: [Case] = RuleRegistry.rules.flatMap { rule in
        type(of: rule).examples.map { Case(rule: rule, example: $0) }
    }

    @Test(arguments: cases)
    func ruleReportsExactlyItsMarkers(_ item: Case) {
        let findings = item.example.findings(of: item.rule)
        let actual = findings.compactMap { d in
            d.location.map { RuleExample.Position(file: $0.file, line: $0.line, column: $0.column) }
        }.sorted()
        #expect(
            actual == item.example.expectedPositions,
            "\(findings.map { "\($0.location?.description ?? "-") \($0.code.id) \($0.message)" })")
        if let code = item.example.code {
            #expect(!item.example.expectedPositions.isEmpty, "a triggering example needs a ↓ marker")
            #expect(findings.allSatisfy { $0.code == code }, "\(findings.map(\.code.id)) expected \(code.id)")
        } else {
            #expect(item.example.expectedPositions.isEmpty, "a marker in an example that triggers nothing")
        }
    }

    /// The same for findings reported while reading (parser, loader, suppressions).
    struct ReadingCase: CustomTestStringConvertible, Sendable {
        var example: RuleExample
        var testDescription: String { "reading: \(example.description)" }
    }

    @Test(arguments: ReadingExamples.examples.map(ReadingCase.init))
    func readingFindingsMatchTheirMarkers(_ item: ReadingCase) {
        let findings = item.example.findings(among: ReadingExamples.codes)
        let actual = findings.compactMap { d in
            d.location.map { RuleExample.Position(file: $0.file, line: $0.line, column: $0.column) }
        }.sorted()
        #expect(
            actual == item.example.expectedPositions,
            "\(findings.map { "\($0.location?.description ?? "-") \($0.code.id) \($0.message)" })")
        if let code = item.example.code {
            #expect(findings.allSatisfy { $0.code == code }, "\(findings.map(\.code.id)) expected \(code.id)")
        }
    }

    @Test(arguments: ReadingExamples.codes.map(\.id).sorted())
    func everyReadingCodeHasAnExample(_ id: String) {
        #expect(ReadingExamples.examples.contains { $0.code?.id == id })
    }

    @Test(arguments: RuleRegistry.rules.map { String(describing: type(of: $0)) })
    func everyRuleHasBothKindsOfExample(_ name: String) throws {
        let rule = try #require(RuleRegistry.rules.first { String(describing: type(of: $0)) == name })
        let examples = type(of: rule).examples
        #expect(examples.contains { $0.code == nil }, "\(name) has no non-triggering example")
        for code in type(of: rule).codes {
            #expect(examples.contains { $0.code == code }, "\(name) has no example that triggers \(code.id)")
        }
    }

    @Test func codesAreUniqueAndStable() {
        let ids = DiagnosticCode.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.count == 6 && $0.hasPrefix("CUR") })
        let names = DiagnosticCode.all.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
