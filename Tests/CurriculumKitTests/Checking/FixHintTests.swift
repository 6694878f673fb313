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

/// Every replacement a finding offers, in every example of every rule (the examples cover every
/// code the rules report): applied as an editor or `check --fix` would apply it, the finding is gone
/// and no finding appears that was not there before.
@Suite struct EveryReplacementWorksTests {
    static let examples: [RuleExample] = RuleRegistry.rules.flatMap { type(of: $0).examples }.filter {
        $0.code != nil
    }

    static func findings(_ files: [String: String]) -> [Diagnostic] {
        CheckTests.check(files).diagnostics
    }

    /// What a finding is, without its place: a fix that moves text may move the others.
    static func key(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.code.id) \(diagnostic.location?.file.split(separator: "/").last ?? "") \(diagnostic.message)"
    }

    @Test(arguments: examples.map { ($0.description, $0.files) })
    func theReplacementRemovesItsFindingAndAddsNone(_ description: String, _ files: [String: String]) throws {
        let clean = files.mapValues { $0.replacing(String(RuleExample.marker), with: "") }
        let before = Self.findings(clean)
        for finding in before where finding.hint?.replacement != nil {
            let location = try #require(finding.location)
            let name = String(location.file.split(separator: "/").last ?? "")
            let text = try #require(clean[name], "\(location.file)")
            var fixed = clean
            fixed[name] = try FixHintTests.applying(finding, to: text)
            let after = Self.findings(fixed)
            let added = Set(after.map(Self.key)).subtracting(before.map(Self.key))
            #expect(
                !after.contains { $0.code == finding.code && $0.location == finding.location },
                "\(description): \(finding.code.id) '\(finding.message)' stays after '\(finding.hint?.replacement ?? "")'"
            )
            #expect(
                added.isEmpty, "\(description): following '\(finding.hint?.message ?? "")' brings \(added.sorted())")
        }
    }
}

extension EveryReplacementWorksTests {
    /// The test above is only as good as the replacements it meets: the examples hold one of each
    /// kind the rules offer (a misplaced ID, an annex number, an exercise cross-reference).
    @Test func theExamplesOfferReplacementsOfEveryKind() {
        let codes = Set(
            Self.examples.flatMap { example in
                Self.findings(example.files.mapValues { $0.replacing(String(RuleExample.marker), with: "") })
                    .filter { $0.hint?.replacement != nil }.map(\.code.id)
            })
        #expect(codes.isSuperset(of: ["CUR202", "CUR401", "CUR501"]), "\(codes.sorted())")
    }
}

/// Issue 12: a fix hint followed as written removes its finding and brings no new one. Hints in
/// words (no replacement) are followed here by hand, one edit per example of the rules: on the
/// finding's line (`onLine`), or at the first place the text occurs in the file.
@Suite struct FollowingTheHintTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var example: String
        var code: String
        /// `old` → `new`; an empty `old` on the finding's line replaces the whole line.
        var edits: [(old: String, new: String, onLine: Bool)]
        var testDescription: String { "\(code): \(example)" }
    }

    static let cases: [Case] = [
        Case(example: "two exercises numbered 1.A.1.1", code: "CUR201", edits: [("1.A.1.1", "1.A.1.2", true)]),
        Case(
            example: "a four-part ID in a module without levels", code: "CUR202",
            edits: [("### 1.A.1.1", "### Niveau 1\n\n#### 1.A.1.1", true)]),
        Case(example: "exercise 1.A.1.3 after 1.A.1.1", code: "CUR203", edits: [("1.A.1.3", "1.A.1.2", true)]),
        Case(example: "a topic whose exercises start at 2", code: "CUR203", edits: [("1.A.1.2", "1.A.1.1", true)]),
        Case(
            example: "topic C after topic A", code: "CUR203",
            edits: [("## 1.C", "## 1.B", true), ("1.C.1.1", "1.B.1.1", false)]),
        Case(example: "a topic with only a title", code: "CUR205", edits: [("", "", true)]),
        Case(example: "a level with no exercises", code: "CUR206", edits: [("", "", true)]),
        Case(example: "a `###` exercise under a level", code: "CUR207", edits: [("### 1.A.1.2", "#### 1.A.1.2", true)]),
        Case(
            example: "a `#####` exercise, one `#` too many, still read as an exercise", code: "CUR207",
            edits: [("##### 1.A.1.2", "#### 1.A.1.2", true)]),
        Case(
            example: "a `####` exercise right under its topic", code: "CUR207",
            edits: [("#### 1.A.2", "### 1.A.2", true)]),
        Case(
            example: "no goals", code: "CUR211",
            edits: [("Duur:", "Leerdoelen:\n- De deelnemers kennen elkaar\n\nDuur:", false)]),
        Case(example: "an empty duration field", code: "CUR212", edits: [("", "Duur: 30 min", true)]),
        Case(
            example: "no procedure", code: "CUR213",
            edits: [("Duur: 30 min", "Duur: 30 min\n\nWerkwijze:\n1. Voorstelronde.", false)]),
        Case(example: "no title", code: "CUR210", edits: [("1.A.1.1", "1.A.1.1 Kennismaking", true)]),
        Case(
            example: "a feedback label with nothing after it", code: "CUR214",
            edits: [("", "Feedback: Korte terugblik.", true)]),
        Case(example: "minutes written as hours", code: "CUR305", edits: [("90 uur", "90 min", true)]),
        Case(
            example: "steps of 20 and 25 minutes in a 30-minute exercise", code: "CUR306",
            edits: [("30 min", "45 min", true)]),
        Case(example: "10 timed minutes in a 1-hour exercise", code: "CUR307", edits: [("1 uur", "10 min", true)]),
        Case(
            example: "a timed feedback that makes the steps overrun", code: "CUR306",
            edits: [("30 min", "35 min", true)]),
        Case(
            example: "a reference with another title than the catalogue's", code: "CUR407",
            edits: [("Vragenlijst loopbaanwensen", "De 6 rollen van de casemanager", true)]),
        Case(
            example: "an address without a host", code: "CUR404",
            edits: [("https:/example.org", "https://example.org", true)]),
        Case(
            example: "an http address in a reference", code: "CUR405",
            edits: [("http://example.org", "https://example.org", true)]),
        Case(example: "an annex no exercise names", code: "CUR406", edits: [("", "", true)]),
        Case(example: "the same annex ID twice", code: "CUR408", edits: [("", "", true)]),
        Case(
            example: "a former ID that is another exercise's current ID", code: "CUR503", edits: [("", "", true)]),
        Case(example: "one former ID claimed by two exercises", code: "CUR503", edits: [("", "", true)]),
    ]

    @Test(arguments: cases)
    func followingTheHintRemovesTheFindingAndAddsNone(_ test: Case) throws {
        let example = try #require(EveryReplacementWorksTests.examples.first { $0.description == test.example })
        let clean = example.files.mapValues { $0.replacing(String(RuleExample.marker), with: "") }
        let before = EveryReplacementWorksTests.findings(clean)
        let finding = try #require(before.first { $0.code.id == test.code }, "\(before.map(\.code.id))")
        let location = try #require(finding.location)
        let name = String(location.file.split(separator: "/").last ?? "")
        var lines = try #require(clean[name]).components(separatedBy: "\n")
        for edit in test.edits {
            if edit.onLine {
                let index = location.line - 1
                if edit.old.isEmpty {
                    lines[index] = edit.new
                } else {
                    #expect(lines[index].contains(edit.old), "line \(location.line): \(lines[index])")
                    lines[index] = lines[index].replacingOccurrences(of: edit.old, with: edit.new)
                }
            } else {
                let text = lines.joined(separator: "\n")
                let range = try #require(text.range(of: edit.old), "'\(edit.old)' not in \(name)")
                lines = text.replacingCharacters(in: range, with: edit.new).components(separatedBy: "\n")
            }
        }
        var fixed = clean
        fixed[name] = lines.joined(separator: "\n")
        let after = EveryReplacementWorksTests.findings(fixed)
        #expect(
            !after.contains { $0.code == finding.code && $0.location == finding.location },
            "'\(finding.message)' stays after following '\(finding.hint?.message ?? "")'")
        let added = Set(after.map(EveryReplacementWorksTests.key)).subtracting(
            before.map(EveryReplacementWorksTests.key))
        #expect(added.isEmpty, "following '\(finding.hint?.message ?? "")' brings \(added.sorted())")
    }
}
