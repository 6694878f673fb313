import Foundation
import Testing

@testable import CurriculumKit

/// Issue 16's measure: the IGMA course book imported and compared with the hand transcription.
///
/// The importer never sees `curriculum/igma-femina`; this test reads it only to compare. An
/// exercise agrees when the import has the same ID, the same minimum and maximum minutes and the
/// same set of annex references. The score and the per-field numbers are printed
/// (`benchmarks/import.sh` shows them).
@Suite struct IgmaBookImportTests {
    /// Agreement of the imported curriculum with the shipped one, per field and in all.
    struct Agreement {
        var total = 0
        var ids = 0
        var minutes = 0
        var annexes = 0
        var all = 0
        var misses: [String] = []
    }

    static func imported() throws -> (outcome: BookImporter.Outcome, curriculum: Curriculum) {
        let path = Repository.fixture("books/igma-femina.txt")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let outcome = try BookImporter.importBook(bytes, path: "igma-femina.txt", language: nil).get()
        var files: [String: [UInt8]] = [:]
        for file in outcome.files { files["book/" + file.name] = Array(file.text.utf8) }
        let loaded = CurriculumLoader(fileSystem: InMemoryFileSystem(bytes: files)).load(folder: "book")
        let curriculum = try #require(loaded.curriculum)
        return (outcome, curriculum)
    }

    static func agreement(_ imported: Curriculum, _ shipped: Curriculum) -> Agreement {
        var result = Agreement()
        var byID: [String: Exercise] = [:]
        for exercise in imported.exercises where byID[exercise.id.description] == nil {
            byID[exercise.id.description] = exercise
        }
        for expected in shipped.exercises {
            result.total += 1
            guard let found = byID[expected.id.description] else {
                result.misses.append("\(expected.id): missing")
                continue
            }
            result.ids += 1
            let sameMinutes = found.minutes == expected.minutes
            let sameAnnexes = Set(found.annexes.map(\.id)) == Set(expected.annexes.map(\.id))
            if sameMinutes { result.minutes += 1 }
            if sameAnnexes { result.annexes += 1 }
            if sameMinutes && sameAnnexes {
                result.all += 1
            } else {
                var why: [String] = []
                if !sameMinutes { why.append("minutes \(found.minutes) vs \(expected.minutes)") }
                if !sameAnnexes {
                    why.append(
                        "annexes \(found.annexes.map(\.id.description).sorted()) vs \(expected.annexes.map(\.id.description).sorted())"
                    )
                }
                result.misses.append("\(expected.id): " + why.joined(separator: "; "))
            }
        }
        return result
    }

    @Test func atLeast80Of89ExercisesAgreeWithTheHandTranscription() throws {
        let (_, curriculum) = try Self.imported()
        let shipped = try #require(Shipped.result.curriculum)
        let score = Self.agreement(curriculum, shipped)
        print("import agreement: \(score.all) of \(score.total) exercises agree (ID, minutes, annexes)")
        print(
            "import agreement per field: ID \(score.ids)/\(score.total), minutes \(score.minutes)/\(score.total), annexes \(score.annexes)/\(score.total)"
        )
        for miss in score.misses { print("import miss: \(miss)") }
        #expect(score.total == 89)
        #expect(score.all >= 80)
    }
}
