import Testing

@testable import CurriculumKit

/// `Formatter.keyword(of:)` reads an ASCII reference on its bytes; it must find the word the
/// `Character` reading (`characterKeyword(of:)`) finds, for every keyword, case, spacing and number.
@Suite struct AnnexKeywordTests {
    static let written: [String] = {
        var texts = ["", "1", " ", "bijlage", "x", "1.A.1.1", "bijl.", "annex", "annexe", "nnex 1", "Xannex"]
        for keyword in AnnexReferenceParser.keywords + ["BIJLAGE", "Annexe", "ApPeNdIx", "Bijl.", "ATTACHMENT"] {
            for owner in ["", "0.C.1", "1.a.1.1. ", "2.B "] {
                for tail in ["", "1", " 12", "  3", "\u{A0}4", " ", "x"] {
                    texts.append(owner + keyword + tail)
                }
            }
        }
        return texts + ["0.C.1 bijlagé 1", "1.A bĳlage 2", "annex\u{301} 1", "Bijlage\u{A0}7", "\u{212A}annex 1"]
    }()

    @Test(arguments: written)
    func bytesFindTheWordCharactersFind(written: String) {
        #expect(Formatter.keyword(of: written) == Formatter.characterKeyword(of: written))
    }

    @Test func theWordIsFoundLowerCased() {
        #expect(Formatter.keyword(of: "0.C.1 Bijlage 12") == "bijlage")
        #expect(Formatter.keyword(of: "1.A.1.1 ANNEXE 3") == "annexe")
        #expect(Formatter.keyword(of: "1.A.1.1 tekst 3") == nil)
    }
}
