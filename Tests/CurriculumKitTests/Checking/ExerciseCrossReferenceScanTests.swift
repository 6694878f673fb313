import Testing

@testable import CurriculumKit

/// `ExerciseCrossReferenceRule` searches a whole file at once and places each hit on its line: a
/// reference is still read within one line, headings are still skipped, and every reference on
/// every line is found, however the lines fall.
@Suite struct ExerciseCrossReferenceScanTests {
    static func unresolved(_ procedure: String) -> [String] {
        let module = ExampleText.module(ExampleText.exercise(procedure: procedure))
        return CheckTests.check(["module-1.md": module]).diagnostics
            .filter { $0.code == .unresolvedExerciseReference }
            .map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" }
    }

    @Test func everyReferenceOnEveryLineIsFound() {
        let found = Self.unresolved(
            "1. Zie oefening 1.A.1.8 en oefening 1.A.1.9.\n2. Geen verwijzing.\n3. exercise 2.B.1.1, 2.B.1.2\n")
        #expect(found.count == 4, "\(found)")
        #expect(Set(found).count == 4)
    }

    @Test func aKeywordAtALineEndDoesNotReachTheNextLine() {
        #expect(Self.unresolved("1. Daarna volgt oefening\n   1.A.1.9 als laatste.\n").isEmpty)
        #expect(Self.unresolved("1. Zie de oefeningen\n2. 1.A.1.9 staat hier los.\n").isEmpty)
    }

    @Test func aHeadingIsSkippedAndTheLineAfterItIsRead() {
        let found = Self.unresolved(
            "1. Start.\n\n#### 1.A.1.2 Zie oefening 9.Z.9.9\n\nWerkwijze:\n1. Zie oefening 1.A.1.9.\n")
        #expect(found.count == 1, "\(found)")
    }

    @Test func aKeywordWhoseLettersStraddleTwoLinesIsNoKeyword() {
        #expect(Self.unresolved("1. oe\nfening 1.A.1.9\n").isEmpty)
        #expect(Self.unresolved("1. e\nxercise 1.A.1.9\n").isEmpty)
    }

    /// The rule reads the parser's comment-free bytes when the loader kept them, and blanks the
    /// comments itself when not: both give the same findings, on a module whose comments hold
    /// references, hide a keyword's ID and sit inside a heading, and on the shipped curriculum.
    @Test func theParsersCommentFreeBytesReadAsTheRulesOwn() throws {
        let module = ExampleText.module(
            ExampleText.exercise(
                procedure:
                    "1. Zie oefening <!-- 1.A.1.1 --> 1.A.1.9.\n2. <!-- oefening 9.Z.9.9 --> exercise 2.B.1.1\n"
                    + "3. oefening 1.A.1.8 <!-- open\nstill oefening 9.Z.9.8 -->, oefening 1.A.1.7\n"))
        let example = RuleExample("comments", files: ["module-1.md": module])
        let memory: (any FileSystem, String) = (InMemoryFileSystem(files: example.curriculumFiles), RuleExample.folder)
        let shipped: (any FileSystem, String) = (LocalFileSystem(), Repository.shippedCurriculum.path)
        var compared = 0
        for (fileSystem, folder) in [memory, shipped] {
            let loaded = CurriculumLoader(fileSystem: fileSystem).load(folder: folder)
            let curriculum = try #require(loaded.curriculum)
            #expect(!loaded.commentFreeBytes.isEmpty)
            #expect(loaded.commentFreeBytes.contains { loaded.sources[$0.key]?.bytes != $0.value })
            let kept = CheckContext(
                fileSystem: fileSystem, sources: loaded.sources, commentFreeBytes: loaded.commentFreeBytes)
            let own = CheckContext(fileSystem: fileSystem, sources: loaded.sources)
            let rule = ExerciseCrossReferenceRule()
            let withKept = rule.check(curriculum, context: kept).map {
                "\($0.range?.start.description ?? "") \($0.message)"
            }
            #expect(
                withKept
                    == rule.check(curriculum, context: own).map { "\($0.range?.start.description ?? "") \($0.message)" }
            )
            compared += withKept.count
        }
        #expect(compared >= 3)
    }
}
