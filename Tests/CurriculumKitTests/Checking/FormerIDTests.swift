import Foundation
import Testing

@testable import CurriculumKit

/// `Eerder:` / `Formerly:`: an exercise's former or printed IDs, read by the parser, resolved by the
/// curriculum, accepted by cross-references (CUR501), kept by `fmt`.
@Suite struct FormerIDTests {
    static let renamed = ExampleText.exercise("1.A.1.1", extra: "Eerder: 1.A.1.7, 1.A.9.9")
    static let referring = ExampleText.exercise(
        "1.A.1.2", procedure: "1. Gebruik de uitkomst van oefening 1.A.1.7.")

    static func findings(_ text: String) -> [Diagnostic] {
        CheckTests.check(["module-1.md": ExampleText.module(text)]).diagnostics
    }

    @Test func theFieldIsParsedInDutchAndEnglish() throws {
        let dutch = parseModule(ExampleText.module(Self.renamed))
        #expect(dutch.diagnostics.isEmpty, "\(dutch.diagnostics.map(\.message))")
        let exercise = try #require(dutch.module?.exercises.first)
        #expect(exercise.formerIDs == [ExerciseID("1.A.1.7"), ExerciseID("1.A.9.9")].compactMap { $0 })
        let english = parseModule(
            ExampleText.module(ExampleText.exercise(extra: "Formerly:\n- 1.A.1.7\n- 1.A.1.8")))
        #expect(english.diagnostics.isEmpty)
        #expect(english.module?.exercises.first?.formerIDs.map(\.description) == ["1.A.1.7", "1.A.1.8"])
        #expect(LabelTable.kind(of: "Ook bekend als") == .formerIDs)
        #expect(LabelTable.kind(of: "Also known as") == .formerIDs)
    }

    @Test func aMalformedFormerIDIsAnInvalidValueAtItsPlace() throws {
        let result = parseModule(ExampleText.module(ExampleText.exercise(extra: "Eerder: 1.A.1.7, oefening")))
        let finding = try #require(result.diagnostics.first { $0.code == .invalidFieldValue })
        #expect(finding.message.contains("'oefening'"))
        #expect(finding.location?.column == 18)
        #expect(result.module?.exercises.first?.formerIDs.map(\.description) == ["1.A.1.7"])
    }

    @Test func theLookupIsExactFirstThenByFormerID() throws {
        let module = try #require(parseModule(ExampleText.module(Self.renamed)).module)
        let curriculum = Curriculum(
            folder: "c",
            manifest: Manifest(
                file: "curriculum.md", title: "t", language: .dutch,
                location: SourceLocation(file: "curriculum.md", line: 1, column: 1)),
            modules: [module])
        let old = try #require(ExerciseID("1.A.1.7"))
        #expect(curriculum.exercise(id: old) == nil)
        let resolved = try #require(curriculum.exercise(resolving: old))
        #expect(resolved.exercise.id.description == "1.A.1.1")
        #expect(resolved.viaFormerID)
        let current = try #require(ExerciseID("1.A.1.1"))
        let exact = try #require(curriculum.exercise(resolving: current))
        #expect(!exact.viaFormerID)
        let absent = try #require(ExerciseID("1.A.1.5"))
        #expect(curriculum.exercise(resolving: absent) == nil)
    }

    @Test func aCrossReferenceToAFormerIDIsKnown() {
        let with = Self.findings(Self.renamed + Self.referring)
        #expect(!with.contains { $0.code == .unresolvedExerciseReference }, "\(with.map(\.message))")
        let without = Self.findings(ExampleText.exercise("1.A.1.1") + Self.referring)
        #expect(without.contains { $0.code == .unresolvedExerciseReference })
    }

    @Test func fmtKeepsTheFieldAndWritesTheCanonicalLabel() {
        let text = ExampleText.module(ExampleText.exercise(extra: "Ook bekend als: 1.A.1.7"))
        let result = formattedChecked(text)
        #expect(result?.contains("Eerder: 1.A.1.7") == true, "\(result ?? "refused")")
    }
}
