import Testing

@testable import CurriculumKit

/// A lead-in that times each of the steps after it (issue 18, item 5: 2.B.1.1's "2 plenaire
/// discussies van elk 10 a 15 minuten").
@Suite struct SharedTimingTests {
    @Test(arguments: [
        ("De trainer faciliteert 2 plenaire discussies van elk 10 a 15 minuten:", 2, 10, 15),
        ("Drie rondes van elk 20 minuten:", 3, 20, 20),
        ("Twee groepen werken elk 30 min:", 2, 30, 30),
        ("Run two discussions of 10 to 15 minutes each:", 2, 10, 15),
        ("The trainer leads 3 rounds of 5 minutes each:", 3, 5, 5),
    ])
    func readsALeadIn(text: String, count: Int, minimum: Int, maximum: Int) throws {
        let shared = try #require(SharedTiming(leadIn: text))
        #expect(shared.count == count)
        #expect(shared.duration == Duration(minimum: minimum, maximum: maximum))
    }

    @Test(arguments: [
        "De trainer faciliteert 2 plenaire discussies van elk 10 a 15 minuten.",  // no colon: no list follows
        "Keuzeprocessen zijn onderdeel van elk leven en elke loopbaan:",  // no time
        "Eén discussie van elk 10 minuten:",  // one step is timed at the step
        "Give the participants several post-it notes and ask each of them:",
        "groepjes die elk 1 of 2 competenties bespreken:",
    ])
    func leavesOtherSentencesAlone(text: String) {
        #expect(SharedTiming(leadIn: text) == nil, "\(text)")
    }

    /// The byte test that rules a lead-in out first never rules out one whose lower-cased text holds
    /// ` elk ` or ` of `: every string of up to five characters from those that matter, among them
    /// the Kelvin sign (which lower-cases to `k`) and the dotted capital I, with and without spaces
    /// around it.
    @Test func theByteTestNeverRulesOutALeadIn() {
        let alphabet: [Character] = [" ", "e", "E", "l", "L", "k", "K", "\u{212A}", "o", "O", "f", "F", "\u{130}", "é"]
        var strings: [String] = [""]
        var checked = 0
        for _ in 0..<5 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + String($0) } }
            for string in strings {
                for text in [string, " " + string + " ", "x " + string] {
                    let lower = text.lowercased()
                    if lower.contains(" elk ") || lower.contains(" of ") {
                        #expect(SharedTiming.mayHoldEachOrOf(text), "\(text.unicodeScalars.map(\.value))")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000_000)
        #expect(!SharedTiming.mayHoldEachOrOf("De trainer legt uit:"))
        #expect(SharedTiming.mayHoldEachOrOf("Drie rondes van ELK 20 minuten:"))
    }

    /// The byte search finds the matches the `Character` search finds: the same last one, or none,
    /// in 20,000 lower-cased texts built from the words searched for and the characters that change
    /// where a `Character` ends (combining marks, a prepended mark, CR LF, an emoji sequence, the
    /// Kelvin sign).
    @Test func theByteSearchFindsTheCharacterSearchsMatch() {
        let pieces = [
            " ", "  ", "van", "elk", "of", "e", "l", "k", "o", "f", "\u{301}", "\u{600}", "\r", "\n", "\r\n", "é",
            "e\u{301}", "\u{212A}", "👩‍👩‍👧", "\u{200D}", "10", " van elk ", " elk ", " of ", " elk elk ",
        ]
        var random = SeededRandom(seed: 5)
        var found = 0
        for round in 0..<20_000 {
            let text = (0..<random.int(below: 10)).map { _ in random.pick(pieces) }.joined().lowercased()
            for word in [" van elk ", " elk ", " of "] {
                let expected = text.ranges(of: word).last
                #expect(
                    SharedTiming.lastMatch(of: word, in: text) == expected, "round \(round): \(text.debugDescription)")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 5_000)
    }

    @Test func aDutchRangeWithAForÀ() throws {
        #expect(try DurationParser.parse("10 a 15 minuten").get().value == Duration(minimum: 10, maximum: 15))
        #expect(try DurationParser.parse("half an hour").get().value == Duration(minutes: 30))
    }

    static let module = """
        # Module 1: Gesprekken

        ## 1.A Soorten

        ### Niveau 1

        #### 1.A.1.1 Soorten gesprekken

        Leerdoel: Kennis van communicatieprincipes.

        Duur: 1 uur

        Werkwijze:
        De trainer faciliteert 2 plenaire discussies van elk 10 a 15 minuten:

        - Discussie 1: soorten gesprekken
        - Discussie 2: interculturele communicatie
        - Rollenspel in drietallen

        Feedback: Bespreek de scenario's.

        """

    @Test func timesTheUntimedStepsAfterTheLeadIn() throws {
        let exercise = try #require(parseModule(Self.module).module?.topics.first?.levels.first?.exercises.first)
        let times = exercise.procedure.map(\.duration)
        #expect(
            times == [nil, Duration(minimum: 10, maximum: 15), Duration(minimum: 10, maximum: 15), nil])
    }

    @Test func aStepWithItsOwnTimeKeepsIt() throws {
        let text = Self.module.replacingOccurrences(
            of: "- Discussie 1: soorten gesprekken", with: "- Discussie 1: soorten gesprekken (20')")
        let exercise = try #require(parseModule(text).module?.topics.first?.levels.first?.exercises.first)
        #expect(exercise.procedure.map(\.duration) == [nil, Duration(minutes: 20), nil, nil])
    }
}
