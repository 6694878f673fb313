import Testing

@testable import CurriculumKit

/// `fmt` writes annex references one way (`1.A.1.1 bijlage 1`); the test of whether a reference is
/// already so is made on bytes, without building the canonical text.
@Suite struct CanonicalReferenceTests {
    @Test func theByteTestIsTheComparisonWithTheBuiltText() {
        let owners = ["1.A.1.1", "0.C.1", "12.B", "1.a.1.1."]
        let keywords = ["bijlage", "annex", "Bijlage"]
        let pieces = ["1.A.1.1", "0.C.1", " ", "  ", "bijlage", "annex", "1", "12", "\u{A0}", "é", "1.a.1.1."]
        var random = SeededRandom(seed: 37)
        var written = 0
        for _ in 0..<20_000 {
            let owner = random.pick(owners)
            let keyword = random.pick(keywords)
            let number = random.int(below: 15)
            let text =
                random.chance(30)
                ? "\(owner) \(keyword) \(number)" : (0..<random.int(below: 6)).map { _ in random.pick(pieces) }.joined()
            let expected = text.hasSameBytes(as: "\(owner) \(keyword) \(number)")
            #expect(Formatter.isWritten(text, owner: owner, keyword: keyword, number: number) == expected, "\(text)")
            if expected { written += 1 }
        }
        #expect(written > 1_000)
    }

    @Test(arguments: [
        ("Zie 0.C.1annex 1 en 1.A.1.1 bijlage 2.", "Zie 0.C.1 annex 1 en 1.A.1.1 bijlage 2."),
        ("- 1.A.1.1 bijlage 1: Kaart", "- 1.A.1.1 bijlage 1: Kaart"),
        ("- 1.a.1.1. Bijlage 1: Kaart", "- 1.A.1.1 bijlage 1: Kaart"),
    ])
    func rewritesOnlyWhatIsNotCanonical(text: String, expected: String) {
        #expect(Formatter.canonicalReferences(in: text) == expected)
    }
}
