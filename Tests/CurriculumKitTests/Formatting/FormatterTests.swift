import Testing

@testable import CurriculumKit

/// Formats `text` as a file of `role`, failing the test (and returning the input) if the decoded
/// text is not formattable.
func formatted(
    _ text: String, role: FileRole = .module, language: Language = .dutch, notation: Notation = .canonical,
    path: String = "test.md"
) -> String {
    guard case .success(let source) = SourceText.decode(text, path: path) else { return "<undecodable>" }
    return Formatter(language: language, notation: notation).format(source, role: role)
}

/// The same, through the checked path `fmt` uses: `nil` when the formatter refused (CUR802).
func formattedChecked(
    _ text: String, role: FileRole = .module, language: Language = .dutch, notation: Notation = .canonical,
    path: String = "test.md"
) -> String? {
    guard case .success(let source) = SourceText.decode(text, path: path) else { return nil }
    if case .formatted(let result) = Formatter(language: language, notation: notation).formatChecked(source, role: role)
    {
        return String(decoding: result, as: UTF8.self)
    }
    return nil
}

@Suite struct FormatterTests {
    static let header = "# Module 1: Test\n\n## 1.A Onderwerp\n\n### Niveau 1\n\n#### 1.A.1.1 Oefening\n\n"

    /// One construct each: what is written, and what `fmt` makes of it (inside an exercise).
    static let exerciseCases: [(String, String, String)] = [
        ("label spelling", "Leerdoel: Iets leren\n", "Leerdoelen: Iets leren\n"),
        ("label case and spaces", "LEERDOELEN  : Iets leren\n", "Leerdoelen: Iets leren\n"),
        ("English label in a Dutch file", "Learning objective: Iets leren\n", "Leerdoelen: Iets leren\n"),
        (
            "qualifier kept", "Feedback (indien van toepassing): Samenvatten\n",
            "Feedback (indien van toepassing): Samenvatten\n"
        ),
        ("annexes label", "Ondersteunend materiaal:\n- 1.A.1.1 bijlage 1\n", "Bijlagen:\n- 1.A.1.1 bijlage 1\n"),
        ("duration in minutes", "Duur: 60 minuten\n", "Duur: 1 uur\n"),
        ("duration 90", "Duur: 90 min\n", "Duur: 1,5 uur\n"),
        ("duration odd minutes", "Duur: 45'\n", "Duur: 45 min\n"),
        ("duration range", "Duur: 1,5 tot 2 uur\n", "Duur: 1,5-2 uur\n"),
        (
            "duration remark kept", "Duur: 60 minuten (afhankelijk van de groep)\n",
            "Duur: 1 uur (afhankelijk van de groep)\n"
        ),
        ("ambiguous duration stays", "Duur: 1,30 uur\n", "Duur: 1,30 uur\n"),
        ("unreadable duration stays", "Duur: een middag of zo\n", "Duur: een middag of zo\n"),
        (
            "duration with a comment stays", "Duur: 60 minuten <!-- zie boek -->\n",
            "Duur: 60 minuten <!-- zie boek -->\n"
        ),
        ("duration over two lines stays", "Duur:\n60 minuten\n", "Duur:\n60 minuten\n"),
        ("star bullets", "Procedure:\n* een\n  * twee\n+ drie\n", "Procedure:\n- een\n  - twee\n- drie\n"),
        (
            "numbered markers kept", "Procedure:\n1) een\n2. twee\n   a. sub\n",
            "Procedure:\n1) een\n2. twee\n   a. sub\n"
        ),
        ("glued annex reference", "Bijlagen:\n- 0.C.1annex 1: Overzicht\n", "Bijlagen:\n- 0.C.1 annex 1: Overzicht\n"),
        (
            "annex reference with dot and capital", "Bijlagen:\n- 1.a.1.1. Bijlage 1: Titel\n",
            "Bijlagen:\n- 1.A.1.1 bijlage 1: Titel\n"
        ),
        (
            "annex reference in book order", "Bijlagen:\n- De rollen 1.A.1.1 Bijlage 1\n",
            "Bijlagen:\n- De rollen 1.A.1.1 bijlage 1\n"
        ),
        (
            "annex reference after combining accents", "Bijlagen:\n- Cafe\u{301} 1.a.1.1. Bijlage 1\n",
            "Bijlagen:\n- Cafe\u{301} 1.A.1.1 bijlage 1\n"
        ),
        (
            "annex-like text outside annexes stays", "Procedure:\n- zie 1.a.1.1. Bijlage 1\n",
            "Procedure:\n- zie 1.a.1.1. Bijlage 1\n"
        ),
        (
            "blank line between fields", "Leerdoelen: a\nDuur: 1 uur\nProcedure:\n- b\n",
            "Leerdoelen: a\n\nDuur: 1 uur\n\nProcedure:\n- b\n"
        ),
        ("blank runs collapse", "Leerdoelen: a\n\n\n\nDuur: 1 uur\n", "Leerdoelen: a\n\nDuur: 1 uur\n"),
        (
            "paragraph break kept", "Procedure:\nEerste alinea.\n\n\nTweede alinea.\n",
            "Procedure:\nEerste alinea.\n\nTweede alinea.\n"
        ),
        ("trailing white space", "Procedure: \t\n- een   \n", "Procedure:\n- een\n"),
        (
            "comment stays attached to its field",
            "Leerdoelen: a\n<!-- curriculum-ignore CUR302: zo staat het in het boek -->\nDuur: 1,30 uur\n",
            "Leerdoelen: a\n\n<!-- curriculum-ignore CUR302: zo staat het in het boek -->\nDuur: 1,30 uur\n"
        ),
        (
            "unknown line kept", "Iets: met een dubbele punt\nprose  with   spaces\n",
            "Iets: met een dubbele punt\nprose  with   spaces\n"
        ),
    ]

    @Test(arguments: exerciseCases)
    func rewritesOneConstruct(_ name: String, _ input: String, _ expected: String) {
        let result = formatted(Self.header + input)
        #expect(result == Self.header + expected, "\(name)")
        #expect(formatted(result) == result, "\(name): not idempotent")
        #expect(formattedChecked(Self.header + input) == result, "\(name): the checked path refused or differs")
    }

    @Test func headingSpacing() {
        #expect(formatted("#  Module 1:  Test  ##\n") == "# Module 1:  Test\n")
        #expect(formatted("   ## 1.A Onderwerp\n") == "## 1.A Onderwerp\n")
        // `#Title` is not a heading: it stays as written.
        #expect(formatted("# Module 1: Test\n\n#Geen kop\n") == "# Module 1: Test\n\n#Geen kop\n")
    }

    @Test func blankLinesAroundHeadings() {
        let input =
            "\n\n# Module 1: Test\nIntro.\n## 1.A Onderwerp\n### Niveau 1\n#### 1.A.1.1 Oefening\nDuur: 1 uur\n\n\n"
        #expect(
            formatted(input)
                == "# Module 1: Test\n\nIntro.\n\n## 1.A Onderwerp\n\n### Niveau 1\n\n#### 1.A.1.1 Oefening\n\nDuur: 1 uur\n"
        )
    }

    @Test func commentAboveHeadingStaysAttached() {
        let input = "# Module 1: Test\nIntro.\n<!-- erratum: het boek schrijft 1.a -->\n## 1.A Onderwerp\n"
        #expect(
            formatted(input)
                == "# Module 1: Test\n\nIntro.\n\n<!-- erratum: het boek schrijft 1.a -->\n## 1.A Onderwerp\n")
    }

    @Test func multiLineCommentIsKeptVerbatim() {
        let comment = "<!-- een\n\n\n   Duur: 60 minuten\n* geen lijst\n#kop -->\n"
        let input = "# Module 1: Test\n\n" + comment + "\nIntro.\n"
        #expect(formatted(input) == input)
    }

    @Test func lineEndsAndByteOrderMark() {
        #expect(formatted("\u{FEFF}# Module 1: Test\r\n\r\nIntro.\r\n") == "# Module 1: Test\n\nIntro.\n")
        #expect(formatted("# Module 1: Test\r\rIntro.\rMeer.") == "# Module 1: Test\n\nIntro.\nMeer.\n")
        #expect(formatted("# Module 1: Test\r\n\rIntro.\n") == "# Module 1: Test\n\nIntro.\n")
    }

    @Test func englishCurriculumGetsEnglishLabels() {
        let input =
            "# Module 1: Test\n\n## 1.A Topic\n\n### Level 1\n\n#### 1.A.1.1 Exercise\n\nLeerdoel: x\n\nDuur: 90 minuten\n\nOndersteunend materiaal:\n- 1.A.1.1 Bijlage 1\n"
        #expect(
            formatted(input, language: .english)
                == "# Module 1: Test\n\n## 1.A Topic\n\n### Level 1\n\n#### 1.A.1.1 Exercise\n\nLearning goals: x\n\nDuration: 1.5 hours\n\nAnnexes:\n- 1.A.1.1 bijlage 1\n"
        )
    }

    @Test func manifestAndCatalogue() {
        let manifest = "# Cursus\nTaal: nl\nDag: 09:00-16:30\n* module-1.md\n"
        #expect(
            formatted(manifest, role: .manifest) == "# Cursus\n\nTaal: nl\n\nDagindeling: 09:00-16:30\n- module-1.md\n")
        let catalogue =
            "# Bijlagen\n* 0.C.1annex 1: Overzicht\n+ 1.a.1.1. Bijlage 2: Werkblad <bijlagen/werkblad.pdf>\n"
        #expect(
            formatted(catalogue, role: .catalogue)
                == "# Bijlagen\n\n- 0.C.1 annex 1: Overzicht\n- 1.A.1.1 bijlage 2: Werkblad <bijlagen/werkblad.pdf>\n")
    }

    @Test func notationAsWrittenSettlesOnlyTheLayout() {
        let input =
            Self.header + "Leerdoel: a\nDuur: 60 minuten\nBijlagen:\n* 1.a.1.1. Bijlage1: Titel\n* 0.C.1annex 1\n"
        let expected =
            Self.header + "Leerdoel: a\n\nDuur: 60 minuten\n\nBijlagen:\n- 1.a.1.1. Bijlage 1: Titel\n- 0.C.1 annex 1\n"
        #expect(formatted(input, notation: .asWritten) == expected)
        #expect(formattedChecked(input, notation: .asWritten) == expected)
    }

    @Test func planFilesGetOnlyTheSharedRewrites() {
        let plan =
            "# Lesplan\n\nCurriculum: ..\nTitel: Dag één   \nLocation: Utrecht\n\n\n* 1.A.1.1\n+ Pauze 15\n##  Dag 2\n- 1.B.1.1\n---\n- 1.C.1.1\n"
        let expected =
            "# Lesplan\n\nCurriculum: ..\nTitel: Dag één\nLocation: Utrecht\n\n- 1.A.1.1\n- Pauze 15\n## Dag 2\n- 1.B.1.1\n---\n- 1.C.1.1\n"
        #expect(formatted(plan, role: .plan) == expected)
        #expect(formattedChecked(plan, role: .plan, path: "dag.plan.md") == expected)
        #expect(FileRole.of(fileName: "curriculum/x/plans/dag.plan.md") == .plan)
    }

    @Test func planFilesKeepActualsAndTheirNotes() {
        let plan =
            "Titel: Dag\n\n* 1.A.1.1 Actuele situatie (werkelijk 75 min) — groep wilde langer oefenen   \n+ Pauze 15 (actual 10:30-10:50)\n"
        let expected =
            "Titel: Dag\n\n- 1.A.1.1 Actuele situatie (werkelijk 75 min) — groep wilde langer oefenen\n- Pauze 15 (actual 10:30-10:50)\n"
        #expect(formattedChecked(plan, role: .plan, path: "dag.plan.md") == expected)
    }

    @Test func languageOfAModuleFileOnItsOwn() {
        func language(_ text: String) -> Language? {
            guard case .success(let source) = SourceText.decode(text, path: "x.md") else { return nil }
            return Formatter.language(of: source)
        }
        #expect(language("# Module 1: x\n\nLearning goals: a\n\nDuration: 1 hour\n\nProcedure: b\n") == .english)
        #expect(language("# Module 1: x\n\nLeerdoel: a\n\nDuur: 1 uur\n\nProcedure: b\n") == .dutch)
        #expect(language("# Module 1: x\n\nProcedure: b\n") == .dutch)
    }
}

@Suite struct MeaningFingerprintTests {
    func fingerprint(_ text: String, role: FileRole = .module) -> MeaningFingerprint? {
        guard case .success(let source) = SourceText.decode(text, path: "f.md") else { return nil }
        return MeaningFingerprint(source: source, role: role)
    }

    @Test func anActualIsPartOfAPlansMeaning() throws {
        let planned = try #require(fingerprint("Titel: Dag\n\n- 1.A.1.1\n", role: .plan))
        let given = try #require(fingerprint("Titel: Dag\n\n- 1.A.1.1 (werkelijk 75 min)\n", role: .plan))
        let longer = try #require(fingerprint("Titel: Dag\n\n- 1.A.1.1 (werkelijk 80 min)\n", role: .plan))
        let noted = try #require(fingerprint("Titel: Dag\n\n- 1.A.1.1 (werkelijk 75 min) — kort\n", role: .plan))
        #expect(planned.difference(from: given) != nil)
        #expect(given.difference(from: longer) != nil)
        #expect(given.difference(from: noted) != nil)
    }

    static let base =
        "# Module 1: Test\n\n## 1.A Onderwerp\n\n### Niveau 1\n\n<!-- curriculum-ignore CUR302: reden -->\n#### 1.A.1.1 Oefening\n\nLeerdoel: Iets leren\n\nDuur: 60 minuten\n\nBijlagen:\n- 0.C.1annex 1: Overzicht\n"

    /// Changes formatting may make: the fingerprint must not see them.
    @Test(arguments: [
        base.replacingOccurrences(of: "Leerdoel:", with: "Leerdoelen:"),
        base.replacingOccurrences(of: "60 minuten", with: "1 uur"),
        base.replacingOccurrences(of: "0.C.1annex 1", with: "0.C.1 annex 1"),
        base.replacingOccurrences(of: "\n\n", with: "\n\n\n"),
    ])
    func ignoresLayout(_ variant: String) {
        #expect(fingerprint(variant) == fingerprint(Self.base))
    }

    /// Changes of meaning: the fingerprint must see every one.
    @Test(arguments: [
        base.replacingOccurrences(of: "Iets leren", with: "Iets anders leren"),
        base.replacingOccurrences(of: "60 minuten", with: "61 minuten"),
        base.replacingOccurrences(of: "0.C.1annex 1", with: "0.C.1 annex 2"),
        base.replacingOccurrences(of: "reden", with: "andere reden"),
        // The suppression moves from the exercise heading to its first field.
        base.replacingOccurrences(
            of: "<!-- curriculum-ignore CUR302: reden -->\n#### 1.A.1.1 Oefening\n\n",
            with: "#### 1.A.1.1 Oefening\n\n<!-- curriculum-ignore CUR302: reden -->\n"),
        base.replacingOccurrences(of: "Leerdoel: Iets leren", with: "Leerdoel:\n- Iets\n- leren"),
        base + "\nLeerdoell: x\n",
    ])
    func seesMeaning(_ variant: String) {
        let a = fingerprint(variant)
        let b = fingerprint(Self.base)
        #expect(a != b)
        if let a, let b { #expect(a.difference(from: b) != nil) }
    }
}
