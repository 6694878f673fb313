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
}
