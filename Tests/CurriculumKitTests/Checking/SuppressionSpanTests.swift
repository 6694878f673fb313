import Testing

@testable import CurriculumKit

/// A suppression on a heading covers the heading's section; `Suppressions.span` reads the depth of
/// every line after it on bytes (`headingDepth(_:in:)`), which must agree with the reading by
/// `Character` it replaced.
@Suite struct SuppressionSpanTests {
    static let lines = [
        "# Module", "## Onderwerp", "### Niveau 1", "#### 1.A.1.1 Titel", "####### seven", "#", "##", "#x", "## ",
        " ## indented", "text", "", "#\t tab", "## \u{301}combining", "##\u{301} x", "## é", "ab # c", "###### six",
    ]

    @Test(arguments: lines)
    func theByteReadingAgreesWithTheCharacterReading(_ line: String) throws {
        let source = try SourceText.decode("x\n\(line)\ny\n", path: "m.md").get()
        #expect(Suppressions.headingDepth(2, in: source) == Suppressions.headingDepth(line), "\(line)")
    }

    @Test func aSectionEndsAtTheNextHeadingOfTheSameDepthOrHigher() throws {
        let text = "## A\ntext\n### A.1\nmore\n## B\n"
        let source = try SourceText.decode(text, path: "m.md").get()
        #expect(Suppressions.span(startingAt: 1, in: source) == 4)
        #expect(Suppressions.span(startingAt: 3, in: source) == 4)
        #expect(Suppressions.span(startingAt: 2, in: source) == 2)
    }
}

/// `Suppressions.firstColon` finds on bytes what `firstIndex(of: ":")` finds by `Character`.
@Suite struct SuppressionColonTests {
    @Test(arguments: [
        " CUR302: waarom", " CUR302", ": leeg", " CUR302:\u{301} x: y", " é: x", " CUR302 :", "", " a:b:c",
        " CUR302 — geen dubbele punt", " :\u{301}",
    ])
    func theByteSearchAgreesWithTheCharacterSearch(_ text: String) {
        let rest = text[...]
        #expect(Suppressions.firstColon(in: rest) == rest.firstIndex(of: ":"), "\(text)")
    }
}
