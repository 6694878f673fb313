import Testing

@testable import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

@Suite struct GitLabRendererTests {
    static func finding(_ severity: Severity, line: Int, message: String = "x", file: String = "m.md") -> Diagnostic {
        var diagnostic = Diagnostic(
            .unresolvedAnnex, .same(message), at: SourceLocation(file: file, line: line, column: 1))
        diagnostic.severity = severity
        return diagnostic
    }

    struct Issue: Decodable {
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location
        struct Location: Decodable {
            var path: String
            var lines: Lines
        }
        struct Lines: Decodable { var begin: Int }
        enum CodingKeys: String, CodingKey {
            case checkName = "check_name"
            case fingerprint, severity, location
        }
    }

    static func issues(_ diagnostics: [Diagnostic], root: RepositoryRoot? = nil) throws -> [Issue] {
        let text = GitLabRenderer.render(CheckReport(diagnostics: diagnostics), root: root)
        return try JSONDecoder().decode([Issue].self, from: Data(text.utf8))
    }

    @Test func severitiesMapToGitLabs() throws {
        let issues = try Self.issues([
            Self.finding(.error, line: 1), Self.finding(.warning, line: 2), Self.finding(.note, line: 3),
        ])
        #expect(issues.map(\.severity) == ["major", "minor", "info"])
        #expect(issues.map(\.checkName) == ["CUR401", "CUR401", "CUR401"])
    }

    @Test func fingerprintsAreUniqueAndSurviveLinesAddedAbove() throws {
        let before = try Self.issues([
            Self.finding(.error, line: 3), Self.finding(.error, line: 9), Self.finding(.error, line: 12, message: "y"),
        ])
        let after = try Self.issues([
            Self.finding(.error, line: 5), Self.finding(.error, line: 11), Self.finding(.error, line: 14, message: "y"),
        ])
        #expect(Set(before.map(\.fingerprint)).count == 3)
        #expect(before.map(\.fingerprint) == after.map(\.fingerprint))
        #expect(before.allSatisfy { $0.fingerprint.count == 32 })
    }

    @Test func pathsAreRelativeToTheRootAndARunWideFindingLandsOnTheRoot() throws {
        let root = RepositoryRoot(path: "/repo", workingDirectory: "/repo/sub")
        let runWide = Diagnostic(.noCurriculum, .same("none"), at: nil)
        let issues = try Self.issues([Self.finding(.error, line: 4, file: "../c/m.md"), runWide], root: root)
        #expect(issues.map(\.location.path) == ["c/m.md", "."])
        #expect(issues.map(\.location.lines.begin) == [4, 1])
    }

    @Test func githubEndsWithASummaryThatSaysWhereTheRestIsPastTen() {
        let few = CheckReport(diagnostics: (1...10).map { Self.finding(.error, line: $0) }, files: ["m.md"])
        #expect(
            GitHubRenderer.render(few).hasSuffix("\n::notice title=curriculum check::10 errors, 0 warnings in 1 file\n")
        )
        let many = CheckReport(diagnostics: (1...11).map { Self.finding(.warning, line: $0) }, files: ["m.md"])
        #expect(
            GitHubRenderer.render(many).hasSuffix(
                "\n::notice title=curriculum check::0 errors, 11 warnings in 1 file; GitHub shows the first 10 annotations of each kind per step: the job log lists every finding\n"
            ))
    }
}
