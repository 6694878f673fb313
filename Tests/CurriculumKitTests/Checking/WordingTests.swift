import Testing

@testable import CurriculumKit

/// The byte path of `Wording` (ASCII and Latin-1 on UTF-8, stems packed in `Stem`) against known
/// values, and against the `String` path it must agree with.
@Suite struct WordingTests {
    @Test(arguments: [
        ("De 6 rollen (casemanager)", "de 6 rollen casemanager"),
        ("  SMART-action   planning!! ", "smart action planning"),
        ("Éénduidige BEGELEIDING", "éénduidige begeleiding"),
        ("CLIËNTEN, coördinatie & NAÏEVE façade", "cliënten coördinatie naïeve façade"),
        ("STRAßE Øresund ÆTHER", "straße øresund æther"),
        ("Covey’s 8 “eigenschappen” – deel 2", "covey s 8 eigenschappen deel 2"),
        ("x²+¼", "x² ¼"),
        ("begeleiding\u{AD}srollen", "begeleiding srollen"),
        ("e\u{301}valuatie", "e valuatie"),
        ("ΣΎΝΟΨΗ İstanbul", "\u{3C3}\u{3CD}\u{3BD}\u{3BF}\u{3C8}\u{3B7} i\u{307}stanbul"),
        ("...", ""),
        ("", ""),
    ])
    func normalised(text: String, expected: String) {
        #expect(Array(Wording.normalised(text).utf8) == Array(expected.utf8))
        #expect(Array(Wording.normalised(text).utf8) == Array(Wording.unicodeNormalised(text).utf8))
        #expect(Wording.hasWords(text) == !expected.isEmpty)
    }

    @Test(arguments: [
        // Five letters or more, not a stop word, cut to six.
        ("Begeleidingsrollen van de casemanager", 5, ["begele", "casema"]),
        ("De BEGELEIDER begeleidt", 5, ["begele"]),
        ("kennis begrip inzicht understanding knowledge zijn eigen", 5, []),
        ("Kennis van het netwerk", 5, ["netwer"]),
        ("abcd abcde abcdef abcdefg", 5, ["abcde", "abcdef"]),
        ("abcd abcde", 4, ["abcd", "abcde"]),
        ("zijn door over deze Lulea ladder", 4, ["lulea", "ladder"]),
        ("12345 2024-2025 v1234", 5, ["12345", "v1234"]),
        // Letters are counted as characters: é is one letter of two bytes.
        ("cliënten CLIËNTEN cliënt", 5, ["cliënt"]),
        ("Éénduidige ééééééé éééé", 5, ["ééndui", "éééééé"]),
        ("café", 4, ["café"]),
        ("café", 5, []),
        // Beyond Latin-1: the Unicode path, characters counted as graphemes.
        (
            "Σύνοψη ΣΥΝΟΨΗΣ", 5,
            ["\u{3C3}\u{3CD}\u{3BD}\u{3BF}\u{3C8}\u{3B7}", "\u{3C3}\u{3C5}\u{3BD}\u{3BF}\u{3C8}\u{3B7}"]
        ),
        ("İİİİİİİİ", 5, ["i\u{307}i\u{307}i\u{307}i\u{307}i\u{307}i\u{307}"]),
        ("İstanbul", 5, ["i\u{307}stanb"]),
        ("łódź Łódźki", 5, ["łódźki"]),
    ])
    func stems(text: String, minimumLength: Int, expected: [String]) {
        #expect(Wording.stems(text, minimumLength: minimumLength) == Set(expected))
        #expect(
            Wording.stems(text, minimumLength: minimumLength)
                == Wording.unicodeStems(text, minimumLength: minimumLength))
    }

    @Test(arguments: [
        ("Lulea ladder", "De Lulea ladder", true),
        ("Samenvatting van SMART action planning", "SMART action planning", true),
        ("De 6 rollen", "De 6 rollen van de casemanager", true),
        ("De 6 rol", "de 6 ROLLEN", true),
        ("Het H-model", "Casebeschrijving van Shoriful", false),
        ("Coördinatie van zorg", "COÖRDINATIE VAN ZORG", true),
        ("Coördinatie van zorg", "Coordinatie van zorg", false),
        ("—", "Wat dan ook", true),
        ("Σύνοψη", "ΣΎΝΟΨΗ van de dag", true),
        ("Σύνοψη", "Samenvatting", false),
    ])
    func sameTitle(a: String, b: String, expected: Bool) {
        #expect(Wording.sameTitle(a, b) == expected)
        #expect(Wording.sameTitle(b, a) == expected)
        #expect(Wording.sameTitle(a, b) == Wording.unicodeSameTitle(a, b))
    }

    @Test func titleOverlap() {
        // The shorter title has three key words of four letters or more; the other shares two.
        #expect(Wording.titleOverlap("Analyse van kracht en zwakte", "Kracht zwakte kansen bedreigingen") == 2.0 / 3.0)
        #expect(Wording.titleOverlap("Het plan", "Het doel") == 0)
        #expect(Wording.titleOverlap("Begeleidingsrollen", "de BEGELEIDER") == 1)
    }

    @Test func stemPacksBytesInOrder() {
        let stem = Stem("begele")
        #expect(stem.text == "begele")
        #expect(Stem("begeleiding").prefix(6) == stem)
        #expect(Stem("abc") < Stem("abcd"))
        #expect(Stem("abcd") < Stem("abd"))
        #expect(Stem("éénduidige").prefix(8).text == "ééndui")
        #expect(Wording.stopWords.allSatisfy { Stem($0).text == $0 })
    }

    @Test func levelStemsAddressGoalsByTwoSharedKeyWords() throws {
        var exercise = Exercise(
            id: try #require(ExerciseID("1.A.1.1")), writtenID: "1.A.1.1", title: "Kennismaking",
            location: SourceLocation(file: "m.md", line: 1, column: 1),
            idLocation: SourceLocation(file: "m.md", line: 1, column: 6))
        exercise.goals = [
            Goal(
                text: "Begeleidingsrollen van de casemanager onderscheiden",
                location: SourceLocation(file: "m.md", line: 3, column: 3))
        ]
        let here = SourceLocation(file: "m.md", line: 1, column: 1)
        var stems = LevelStems()
        func addresses(_ goals: String..., exercises: [Exercise] = [exercise]) -> Bool? {
            var level = Level(number: 1, location: here)
            level.exercises = exercises
            level.goals = goals.map { Goal(text: $0, location: here) }
            return stems.addresses(level)
        }
        #expect(addresses("De verschillende begeleidingsrollen van een casemanager kennen") == true)
        #expect(addresses("Huishoudbudgetten opstellen met cliënten") == false)
        // A goal with one key word needs only that one.
        #expect(addresses("Onderscheiden") == true)
        // Beyond Latin-1 the rule takes the String path, unless another goal is already addressed.
        #expect(addresses("Σύνοψη maken") == nil)
        #expect(addresses("Σύνοψη maken", "Onderscheiden") == true)
        // An exercise whose title goes beyond Latin-1 leaves the answer to the String path when no
        // other exercise addresses a goal, and does not stop another from addressing one.
        var greek = exercise
        greek.title = "Σύνοψη"
        greek.goals = []
        #expect(addresses("Huishoudbudgetten opstellen", exercises: [greek]) == nil)
        #expect(addresses("Onderscheiden", exercises: [greek, exercise]) == true)
        // No exercise, or a goal without key words: nothing is addressed.
        #expect(addresses("Onderscheiden", exercises: []) == false)
        #expect(addresses("van de en", exercises: [exercise]) == false)
    }

    /// A word is packed from two word loads when sixteen bytes follow its start, and byte by byte
    /// near the end of the text: both give the same stem, for every length (past one and two
    /// words) and mix of cases, and match the Unicode reading.
    @Test func aWordPacksTheSameWithWordLoadsAndByteByByte() {
        let letters = Array("aBcDeFgHiJkLmNoPqRsTuVwXyZ")
        for length in 4...20 {
            for shift in 0..<3 {
                let word = String((0..<length).map { letters[($0 * 7 + shift) % letters.count] })
                let alone = Wording.stems(word, minimumLength: 4)
                let followed = Wording.stems(word + " " + String(repeating: "q", count: 20), minimumLength: 4)
                #expect(alone.count == 1 && alone.isSubset(of: followed), "\(word): \(alone) \(followed)")
                #expect(alone == Wording.unicodeStems(word, minimumLength: 4), "\(word)")
            }
        }
    }
}
