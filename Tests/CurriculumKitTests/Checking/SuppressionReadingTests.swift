import Testing

@testable import CurriculumKit

/// A suppression comment is read on its bytes when its keyword and codes are ASCII; the words and
/// the reason found are those the reading by `Character` finds, and any other comment is left to
/// that reading.
@Suite struct SuppressionReadingTests {
    @Test func theByteReadingFindsWhatTheCharacterReadingFinds() {
        let heads = ["curriculum-ignore", "CURRICULUM-IGNORE", "Curriculum-Ignore", "curriculum-ignorE"]
        let pieces = [
            " ", "  ", ",", ", ", "CUR302", "cur401", "unresolved-annex", "CUR9", ":", ": ", "reden", "\u{301}", "é",
            "\u{A0}", "\t", "\r\n", "\n", "x", "👩‍👩‍👧", "\u{2003}",
        ]
        var random = SeededRandom(seed: 41)
        var byBytes = 0
        for round in 0..<20_000 {
            let text = random.pick(heads) + (0..<random.int(below: 8)).map { _ in random.pick(pieces) }.joined()
            let expected = Suppressions.characterReading(text)
            #expect(Suppressions.reading(text) == expected, "round \(round): \(text.debugDescription)")
            if let ascii = Suppressions.asciiReading(text) {
                #expect(ascii == expected, "round \(round): \(text.debugDescription)")
                byBytes += 1
            }
        }
        #expect(byBytes > 5_000)
    }

    @Test func aCommentThatIsNoSuppressionIsPassed() {
        #expect(Suppressions.reading("Het overzicht (bronregel 23)") == nil)
        #expect(Suppressions.reading("curriculum-ignor CUR302: x") == nil)
        #expect(Suppressions.reading("curriculum-ignore\u{301} CUR302: x") == nil)
        #expect(
            Suppressions.reading("curriculum-ignore CUR302, CUR401: de auteurs bedoelen 1 uur 30")
                == Suppressions.Reading(codeWords: ["CUR302", "CUR401"], hasReason: true))
        #expect(
            Suppressions.reading("curriculum-ignore CUR302:  ")
                == Suppressions.Reading(codeWords: ["CUR302"], hasReason: false))
    }
}
