import Foundation
import Testing

@testable import CurriculumKit

/// Issue 12, case 7: a fix hint followed to the letter removes its finding and brings no new one.
@Suite struct FixHintTests {
    static func findings(_ module: String) -> [Diagnostic] {
        CheckTests.check(["module-1.md": module]).diagnostics
    }

    /// Applies a hint's replacement at the finding's range.
    static func applying(_ diagnostic: Diagnostic, to text: String) throws -> String {
        let replacement = try #require(diagnostic.hint?.replacement)
        let range = try #require(diagnostic.range)
        var lines = text.components(separatedBy: "\n")
        let line = Array(lines[range.start.line - 1].utf8)
        let start = range.start.column - 1
        let end = range.endColumn - 1
        lines[range.start.line - 1] = String(
            decoding: Array(line[..<start]) + Array(replacement.utf8) + Array(line[end...]), as: UTF8.self)
        return lines.joined(separator: "\n")
    }

    /// "number it 1.A.1.3" where 1.A.1.2 is free created a numbering gap: the hint names the
    /// first free number.
    @Test func misplacedExerciseIsNumberedWithTheFirstFreeNumber() throws {
        let text = ExampleText.module(ExampleText.exercise() + ExampleText.exercise("1.A.2.3", title: "Rollen"))
        let found = Self.findings(text)
        let finding = try #require(found.first { $0.code == .misplacedExerciseID })
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(finding.hint?.message.contains("number it 1.A.1.2") == true, "\(finding.hint?.message ?? "")")
        let fixed = try Self.applying(finding, to: text)
        #expect(fixed.contains("#### 1.A.1.2 Rollen"))
        #expect(Self.findings(fixed).isEmpty, "\(Self.findings(fixed).map(\.message))")
    }

    /// "number it 2.B.1" for a missing level heading: the hint names the heading to add.
    @Test func missingLevelHeadingIsNamedAsTheFileWritesIt() throws {
        let text = ExampleText.module(ExampleText.exercise("1.A.1.1"), level: nil)
        let found = Self.findings(text)
        let finding = try #require(found.first { $0.code == .misplacedExerciseID })
        // The parser also says the `####` heading skips the level heading; both go with the fix.
        #expect(found.count <= 2, "\(found.map { "\($0.code) \($0.message)" })")
        let hint = try #require(finding.hint?.message)
        #expect(hint.contains("add the level heading `### Niveau 1` above it"), "\(hint)")
        #expect(!hint.contains("number it"))
        let fixed = text.replacingOccurrences(of: "#### 1.A.1.1", with: "### Niveau 1\n\n#### 1.A.1.1")
        #expect(Self.findings(fixed).isEmpty, "\(Self.findings(fixed).map(\.message))")
    }

    /// "level level 2 has no level before it numbered level 1 … renumber it level 1".
    @Test func levelGapSpeaksOfLevelsOnceAndItsHintWorks() throws {
        let text = ExampleText.module(ExampleText.exercise("1.A.2.1"), level: 2)
        let found = Self.findings(text)
        let finding = try #require(found.first { $0.code == .numberingGap })
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(finding.message == "level 2 has no level before it numbered 1 in topic 1.A")
        let hint = try #require(finding.hint?.message)
        #expect(!finding.message.contains("level level") && !hint.contains("level level"))
        #expect(hint.contains("renumber it level 1 (the heading and the IDs of its exercises)"), "\(hint)")
        let fixed = text.replacingOccurrences(of: "### Niveau 2", with: "### Niveau 1").replacingOccurrences(
            of: "#### 1.A.2.1", with: "#### 1.A.1.1")
        #expect(Self.findings(fixed).isEmpty, "\(Self.findings(fixed).map(\.message))")
    }

    @Test func levelsOutOfOrderNameBothLevels() throws {
        let text =
            ExampleText.module(ExampleText.exercise("1.A.2.1"), level: 2) + "### Niveau 1\n\n"
            + ExampleText.exercise("1.A.1.1")
        let finding = try #require(Self.findings(text).first { $0.code == .numberingOutOfOrder })
        #expect(finding.message == "level 1 comes after level 2 in topic 1.A")
        #expect(finding.hint?.message == "move it before level 2, or renumber the levels in order")
    }
}
