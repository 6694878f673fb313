import Testing

@testable import CurriculumKit

/// Causes before consequences in the human output: errors, then warnings, then notes, and a finding
/// right after the finding whose fix would remove it.
@Suite struct FindingOrderTests {
    static func at(_ file: String, _ line: Int) -> CurriculumKit.SourceLocation {
        CurriculumKit.SourceLocation(file: file, line: line, column: 1)
    }

    @Test func errorsComeBeforeWarningsAndNotesEachInReadingOrder() {
        let findings = [
            Diagnostic(.emptyFeedback, .same("w1"), at: Self.at("c/a.md", 1), severity: .warning),
            Diagnostic(.emptyFeedback, .same("n1"), at: Self.at("c/a.md", 2), severity: .note),
            Diagnostic(.emptyFeedback, .same("e1"), at: Self.at("c/a.md", 3), severity: .error),
            Diagnostic(.emptyFeedback, .same("w2"), at: Self.at("c/b.md", 1), severity: .warning),
            Diagnostic(.emptyFeedback, .same("e2"), at: Self.at("c/b.md", 9), severity: .error),
        ]
        #expect(HumanRenderer.ordered(findings).map(\.message) == ["e1", "e2", "w1", "w2", "n1"])
    }

    @Test func aConsequenceFollowsItsCause() {
        var unused = Diagnostic(.unreferencedAnnex, .same("unused"), at: Self.at("c/annexes.md", 3))
        unused.subject = "1.A.1.1 bijlage 1"
        var otherFolder = unused
        otherFolder.range = SourceRange(start: Self.at("d/annexes.md", 3), length: 1)
        let broken = Diagnostic(
            .unresolvedAnnex, .same("broken"), at: Self.at("c/module-1.md", 21),
            hint: FixHint(en: "write it", nl: "schrijf het", replacement: "1.A.1.1 bijlage 1"))
        let first = Diagnostic(.missingGoals, .same("first"), at: Self.at("c/module-1.md", 2))
        let later = Diagnostic(.missingGoals, .same("later"), at: Self.at("c/module-1.md", 30))
        let ordered = HumanRenderer.ordered([unused, otherFolder, first, broken, later])
        #expect(ordered.map(\.message) == ["first", "broken", "unused", "later", "unused"])
        #expect(ordered.last?.location?.file == "d/annexes.md", "a subject in another folder is not a consequence")
    }

    @Test func theShippedBrokenFixtureShowsTheUnusedAnnexAfterTheBrokenReference() {
        let report = Checker(options: CheckOptions()).check(paths: [Repository.fixture("check/broken")])
        let ordered = HumanRenderer.ordered(report.diagnostics)
        let codes = ordered.map(\.code.id)
        guard let cause = codes.firstIndex(of: "CUR401"), let consequence = codes.firstIndex(of: "CUR406") else {
            Issue.record("the fixture lost its broken reference: \(codes)")
            return
        }
        #expect(consequence == cause + 1, "\(codes)")
        let rest = ordered.enumerated().filter { $0.offset != consequence }.map(\.element.severity)
        #expect(rest == rest.sorted(by: >), "errors before warnings: \(codes)")
        #expect(Set(ordered) == Set(report.diagnostics))
    }
}
