import Testing

@testable import CurriculumKit

/// The OCR misprints of exercise IDs that `BookID` repairs, and words it must not take for IDs.
@Suite struct BookIDTests {
    @Test(arguments: [
        ("1.A.1.1", "1.A.1.1", false), ("0.A.1", "0.A.1", false), ("1.A.1.1.", "1.A.1.1", false),
        ("I.A.1.1", "1.A.1.1", true), ("[.B.1.1.", "1.B.1.1", true), ("O.A.1", "0.A.1", true),
        ("0O.A.1.", "0.A.1", true), ("1.8.1.1", "1.B.1.1", true), ("I.LA.1.1", "1.A.1.1", true),
        ("4A.1.1", "4.A.1.1", true), ("4.e.1.1.", "4.E.1.1", true), ("4.E2.1", "4.E.2.1", true),
        ("1.B.", "1.B", false), ("O.A:", "0.A", true),
    ])
    func readsMisprints(_ written: String, _ expected: String, _ repaired: Bool) throws {
        let id = try #require(BookID.read(written))
        #expect(id.text == expected)
        #expect(id.repaired == repaired)
    }

    @Test(arguments: [("2.A.21", "2.A.2.1"), ("3.A11", "3.A.1.1"), ("2.A.23", "2.A.2.3")])
    func splitsAMissingDotInAModuleWithLevels(_ written: String, _ expected: String) throws {
        #expect(try #require(BookID.read(written, levels: { _ in true })).text == expected)
        #expect(try #require(BookID.read(written, levels: { _ in false })).text != expected)
    }

    @Test(arguments: ["Ik", "IGMA", "1.", "De", "10.A.1", "1.ABC.1", "e", "http://x"])
    func wordsAreNoIDs(_ word: String) {
        #expect(BookID.read(word) == nil)
    }

    @Test func annexReferencesInTheBooksNotations() {
        let handout = BookAnnexReference.references(in: "Intake form Handout 1.B.2-1")
        #expect(handout.map { $0.owner?.text } == ["1.B.2"])
        #expect(handout.map(\.number) == [1])
        let two = BookAnnexReference.references(in: "Worksheets 2.E.1.2 annex 2 & 3")
        #expect(two.map { "\($0.owner?.text ?? "-") \($0.number)" } == ["2.E.1.2 2", "2.E.1.2 3"])
        let misprinted = BookAnnexReference.references(in: "PowerPoint sheets 0O.A.1. Bijlage 1")
        #expect(misprinted.first?.owner?.text == "0.A.1")
        #expect(misprinted.first?.owner?.repaired == true)
        let bare = BookAnnexReference.references(in: "zie bijlage 2")
        #expect(bare.count == 1 && bare[0].owner == nil && bare[0].number == 2)
    }

    @Test func furnitureIsFoundByRepetitionNotByAList() {
        let twice = ["", "Kop", "", "tekst", "", "Kop", ""]
        #expect(PageFurniture.find(in: twice).isEmpty)
        let thrice = twice + ["tekst", "", "Kop", ""]
        #expect(PageFurniture.find(in: thrice) == [1, 5, 9])
        // One OCR misreading away from a repeated mark is the same mark.
        let logo = ["", "igma", "", "a", "", "igma", "", "b", "", "igma", "", "c", "", "ig}na", ""]
        #expect(PageFurniture.find(in: logo).count == 4)
    }
}
