import Testing

@testable import CurriculumKit

@Suite struct ModuleParserTests {
    static let good = """
        # Module 1: De IGMA-aanpak

        Inleiding van de module.

        Doelen:
        - Algemeen begrip van de IGMA-aanpak

        ## 1.A Profiel van de professional

        Inleiding van het onderwerp.

        ### Niveau 1: Kennis

        Doelen:
        - Rollen onderscheiden

        #### 1.A.1.1 De rollen van de coach

        Leerdoelen:
        - In staat zijn de rollen te onderscheiden
        - Het verband begrijpen

        Duur: 1 uur

        Werkwijze:
        1. Deelnemers beoordelen hun netwerkpartners. (20')
        2. Korte presentatie van de resultaten. (10 min)
           a. eerst de knelpunten
           b. dan de kansen
        3. Discussie naar aanleiding van de bevindingen. (30 minuten)

        Feedback: De trainer concentreert zich op krachten.

        Bijlagen:
        - 0.C.2 bijlage 1: Analyse van kracht en zwakte (SWOT)
        - De 6 rollen van de casemanager 1.A.1.1 bijlage 1
        - 3.B.1.1 bijlage 2: Vragenlijst <https://example.org/v.pdf>
        - Methodologisch Handboek IGMA Femina

        Materiaal: flip-over, stiften, post-its

        #### 1.A.1.2 Tweede oefening

        Leerdoel: Effectiviteit vergroten
        Duur: 45 mins - 1 hour
        Procedure: Oefening in kleine groepjes.
        """

    @Test func parsesTheWholeTree() throws {
        let result = parseModule(Self.good)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let module = try #require(result.module)
        #expect(module.number == 1)
        #expect(module.title == "De IGMA-aanpak")
        #expect(module.introduction.plainText == "Inleiding van de module.")
        #expect(module.goals.map(\.text) == ["Algemeen begrip van de IGMA-aanpak"])
        #expect(module.topics.count == 1)
        let topic = module.topics[0]
        #expect(topic.id.description == "1.A")
        #expect(topic.title == "Profiel van de professional")
        #expect(topic.introduction.plainText == "Inleiding van het onderwerp.")
        let level = try #require(topic.levels.first)
        #expect(level.number == 1)
        #expect(level.name == "Kennis")
        #expect(level.goals.map(\.text) == ["Rollen onderscheiden"])
        #expect(level.exercises.map(\.id.description) == ["1.A.1.1", "1.A.1.2"])
        #expect(module.totalMinutes == Duration(minimum: 105, maximum: 120))
    }

    /// Issue 12, case 8: an exercise heading one `#` too deep is still read as its exercise; its
    /// fields are not taken as repeated fields of the exercise above.
    @Test func anExerciseHeadingOneLevelTooDeepIsStillRead() throws {
        let text = Self.good + "\n##### 1.A.1.3 Te diep\n\nLeerdoelen:\n- Iets\n\nDuur: 30 min\n\nFeedback: Kort.\n"
        let parsed = parseModule(text)
        let exercises = try #require(parsed.module?.exercises)
        #expect(exercises.map(\.id.description) == ["1.A.1.1", "1.A.1.2", "1.A.1.3"])
        #expect(exercises.last?.headingDepth == 5)
        #expect(exercises.last?.duration?.value == Duration(minutes: 30))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))")
    }

    @Test func exerciseFields() throws {
        let exercise = try #require(parseModule(Self.good).module?.exercises.first)
        #expect(exercise.title == "De rollen van de coach")
        #expect(exercise.location.line == 17)
        #expect(exercise.idLocation.column == 6)
        #expect(exercise.goals.map(\.text) == ["In staat zijn de rollen te onderscheiden", "Het verband begrijpen"])
        #expect(exercise.duration?.text == "1 uur")
        #expect(exercise.duration?.value == Duration(minutes: 60))
        #expect(exercise.procedure.count == 3)
        #expect(exercise.procedure[0].kind == .numbered(1))
        #expect(exercise.procedure[0].text == "Deelnemers beoordelen hun netwerkpartners.")
        #expect(exercise.procedure[0].duration == Duration(minutes: 20))
        #expect(exercise.procedure[1].substeps.map(\.text) == ["eerst de knelpunten", "dan de kansen"])
        #expect(exercise.procedure[1].substeps.first?.kind == .letter("a"))
        #expect(exercise.timedStepTotal == Duration(minutes: 60))
        #expect(exercise.feedback.plainText == "De trainer concentreert zich op krachten.")
        #expect(exercise.materials.map(\.name) == ["flip-over", "stiften", "post-its"])
        #expect(exercise.materials[1].location.column == 23)
    }

    @Test func annexReferencesInEveryForm() throws {
        let exercise = try #require(parseModule(Self.good).module?.exercises.first)
        #expect(
            exercise.annexes.map(\.id) == [
                AnnexID(owner: "0.C.2", number: 1), AnnexID(owner: "1.A.1.1", number: 1),
                AnnexID(owner: "3.B.1.1", number: 2),
            ])
        #expect(
            exercise.annexes.map(\.title) == [
                "Analyse van kracht en zwakte (SWOT)", "De 6 rollen van de casemanager", "Vragenlijst",
            ])
        #expect(exercise.annexes[2].target == .url("https://example.org/v.pdf"))
        #expect(exercise.annexes[0].location.line == 35)
        #expect(exercise.annexes[0].location.column == 3)
        #expect(exercise.annexes[1].location.column == 34)
        #expect(exercise.otherSupport.map(\.text) == ["Methodologisch Handboek IGMA Femina"])
    }

    @Test func inlineFieldsOnConsecutiveLines() throws {
        let exercise = try #require(parseModule(Self.good).module?.exercises.last)
        #expect(exercise.goals.map(\.text) == ["Effectiviteit vergroten"])
        #expect(exercise.duration?.value == Duration(minimum: 45, maximum: 60))
        #expect(exercise.procedure.map(\.text) == ["Oefening in kleine groepjes."])
    }

    @Test func moduleWithoutLevels() throws {
        let text = """
            # Module 0: Introductie
            ## 0.A Inleiding
            ### 0.A.1 De uitdaging
            Duur: 60 minuten
            ### 0.A.2 Gender bias
            Duur: 1 uur
            """
        let result = parseModule(text)
        #expect(result.diagnostics.isEmpty)
        let module = try #require(result.module)
        #expect(!module.hasLevels)
        #expect(module.topics[0].levels.count == 1)
        #expect(module.topics[0].levels[0].isImplicit)
        #expect(module.exercises.map(\.id.description) == ["0.A.1", "0.A.2"])
        #expect(module.exercises[0].id.level == nil)
        #expect(module.exercises[0].headingDepth == 3)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var code: DiagnosticCode
        var line: Int
        var column: Int
        var testDescription: String { name }
    }

    /// Each malformed construct from the foundation issue, with the code, line and column it must report.
    static let malformed: [Case] = [
        Case(
            name: "text before the first heading", text: "Een regel tekst\n# Module 1: x\n", code: .textBeforeHeading,
            line: 1, column: 1),
        Case(
            name: "unknown label", text: "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nLeerdoell: iets\n",
            code: .unknownLabel, line: 5, column: 1),
        Case(
            name: "field outside an exercise", text: "# Module 1: x\n## 1.A t\nDuur: 1 uur\n",
            code: .fieldOutsideExercise, line: 3, column: 1),
        Case(
            name: "repeated field",
            text: "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nDuur: 1 uur\nDuur: 2 uur\n",
            code: .repeatedField, line: 6, column: 1),
        Case(
            name: "exercise outside a topic", text: "# Module 1: x\n#### 1.A.1.1 t\n", code: .misplacedHeading, line: 2,
            column: 1),
        Case(
            name: "level outside a topic", text: "# Module 1: x\n### Niveau 1\n", code: .misplacedHeading, line: 2,
            column: 1),
        Case(name: "topic before the module", text: "## 1.A t\n", code: .misplacedHeading, line: 1, column: 1),
        Case(
            name: "exercise heading with a damaged ID",
            text: "# Module 1: x\n## 1.A t\n### Niveau 1\n#### I.LA.1.1 t\n", code: .malformedHeading, line: 4,
            column: 6),
        Case(
            name: "module heading without a number", text: "# De IGMA-aanpak\n", code: .malformedHeading, line: 1,
            column: 1),
        Case(
            name: "topic heading without an ID", text: "# Module 1: x\n## Profiel\n", code: .malformedHeading, line: 2,
            column: 4),
        Case(
            name: "level heading with four hashes", text: "# Module 1: x\n## 1.A t\n#### Niveau 1\n",
            code: .malformedHeading, line: 3, column: 1),
        Case(
            name: "unterminated comment", text: "# Module 1: x\n<!-- open\n", code: .unterminatedComment, line: 2,
            column: 1),
        Case(
            name: "second module heading", text: "# Module 1: x\n# Module 2: y\n", code: .secondModule, line: 2,
            column: 1),
        Case(
            name: "manifest field in an exercise",
            text: "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nTaal: nl\n", code: .fieldNotAllowedHere,
            line: 5, column: 1),
        Case(
            name: "unreadable duration", text: "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nDuur: 1 dag\n",
            code: .unreadableDuration, line: 5, column: 9),
        Case(
            name: "ambiguous duration", text: "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nDuur: 1,30 uur\n",
            code: .ambiguousDuration, line: 5, column: 7),
        Case(
            name: "zero duration", text: "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nDuur: 0 min\n",
            code: .zeroDuration, line: 5, column: 7),
        Case(
            name: "inverted range", text: "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nDuur: 2-1 uur\n",
            code: .invertedRange, line: 5, column: 7),
    ]

    @Test(arguments: malformed)
    func reportsMalformedInput(_ test: Case) {
        let result = parseModule(test.text)
        let found = result.diagnostics.first { $0.code == test.code }
        #expect(
            found != nil, "expected \(test.code.id), got \(result.diagnostics.map { "\($0.code.id) \($0.message)" })")
        #expect(found?.location?.line == test.line)
        #expect(found?.location?.column == test.column)
        #expect(found?.hint != nil, "every diagnostic says how to fix it")
    }

    @Test func unknownLabelSuggestsTheNearestOne() throws {
        let result = parseModule("# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nWerkwjize: iets\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "unknown field label 'Werkwjize'")
        #expect(diagnostic.hint?.message == "did you mean 'Werkwijze'?")
        #expect(diagnostic.range?.endColumn == 10)
    }

    @Test func reportsEveryProblemInOneRun() {
        let text = """
            Voorwoord zonder kop
            # Module 1: x
            ## 1.A t
            Duur: 1 uur
            ### Niveau 1
            #### 1.A.1.1 t
            Leerdoell: x
            Duur: 1 uur
            Duur: 2 uur
            #### X.Y titel
            """
        let codes = parseModule(text).diagnostics.map(\.code)
        #expect(codes == [.textBeforeHeading, .fieldOutsideExercise, .unknownLabel, .repeatedField, .malformedHeading])
    }

    @Test func recoversAfterAMisplacedHeading() throws {
        let text =
            "# Module 1: x\n#### 1.A.1.1 zwerver\nDuur: 1 uur\n## 1.B t\n### Niveau 1\n#### 1.B.1.1 goed\nDuur: 1 uur\n"
        let result = parseModule(text)
        #expect(result.diagnostics.map(\.code) == [.misplacedHeading])
        #expect(result.module?.exercises.map(\.id.description) == ["1.B.1.1"])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndings(_ end: String) throws {
        let text = ["# Module 1: x", "## 1.A t", "### Niveau 1", "#### 1.A.1.1 titel", "Duur: 1 uur", "Leerdoell: x"]
            .joined(separator: end)
        let result = parseModule(text)
        let exercise = try #require(result.module?.exercises.first)
        #expect(exercise.title == "titel")
        #expect(exercise.duration?.value == Duration(minutes: 60))
        #expect(result.diagnostics.first?.location?.line == 6)
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let result = parseModule("\u{FEFF}# Module 1: x\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.module?.number == 1)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let result = parseModule(
            "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nMateriaal: é, ü\nDuur: één uur\n")
        let exercise = try #require(result.module?.exercises.first)
        #expect(exercise.materials.map(\.location.column) == [12, 15])
        let diagnostic = try #require(result.diagnostics.first { $0.code == .unreadableDuration })
        #expect(diagnostic.location?.column == 7)
    }

    @Test func commentsAreKeptAndHidden() throws {
        let text =
            "# Module 1: x\n## 1.A t\n### Niveau 1\n<!-- erratum: het boek schrijft I.A.1.1 -->\n#### 1.A.1.1 t <!-- inline -->\nDuur: 1 uur\n<!-- over\n   meerdere regels -->\n"
        let result = parseModule(text)
        #expect(result.diagnostics.isEmpty)
        #expect(result.module?.exercises.first?.title == "t")
        #expect(
            result.comments.map(\.text) == ["erratum: het boek schrijft I.A.1.1", "inline", "over\n   meerdere regels"])
        #expect(result.comments[0].isErratum)
        #expect(result.comments[0].annotatedLine == 5)
    }

    @Test func invalidUTF8NamesLineAndByteOffset() {
        var bytes = Array("# Module 1: x\nDuur: ".utf8)
        bytes.append(0xE9)  // Latin-1 é
        bytes += Array(" uur\n".utf8)
        guard case .failure(let failure) = SourceText.decode(bytes, path: "m.md") else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(failure == .invalidUTF8(line: 2, column: 7, byteOffset: 20))
        let diagnostic = failure.diagnostic(path: "m.md")
        #expect(diagnostic.code == .invalidUTF8)
        #expect(diagnostic.message.contains("line 2"))
        #expect(diagnostic.message.contains("byte offset 20"))
    }

    @Test func emptyAndBinaryFiles() {
        #expect(SourceText.decode([UInt8](), path: "e.md").failure == .empty)
        #expect(SourceText.decode(Array(" \n\n".utf8), path: "e.md").failure == .empty)
        #expect(SourceText.decode(Array("# x\nab\0c".utf8), path: "b.md").failure == .binary(line: 2, byteOffset: 6))
    }

    @Test(arguments: [
        ("1.A.1.1 bijlage 1", "1.A.1.1", 1), ("0.C.1annex 1", "0.C.1", 1), ("2.D.1.2 Bijlage 4", "2.D.1.2", 4),
        ("1.a.1.1. bijlage 2", "1.A.1.1", 2), ("0.C.2 appendix 3", "0.C.2", 3), ("0.B.1 bijl. 2", "0.B.1", 2),
    ])
    func annexReferenceForms(text: String, owner: String, number: Int) {
        let matches = AnnexReferenceParser.references(in: text)
        #expect(matches.map(\.id) == [AnnexID(owner: owner, number: number)])
        #expect(matches.first?.offset == 0)
    }

    @Test func notAnnexReferences() {
        #expect(AnnexReferenceParser.references(in: "zie de bijlagen 1 en 2").isEmpty)
        #expect(AnnexReferenceParser.references(in: "bijlage 1").isEmpty)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

@Suite struct ListContinuationTests {
    @Test func indentedParagraphAfterSubItemsContinuesTheParentStep() throws {
        let text = """
            # Module 1: x
            ## 1.A t
            ### Niveau 1
            #### 1.A.1.1 t
            Procedure:
            1. Bespreking van de antwoorden
               a. eerste vraag
               b. tweede vraag

               Nabespreking in de groep. (15')
            2. Afsluiting (5')

            Los van de lijst.
            """
        let exercise = try #require(parseModule(text).module?.exercises.first)
        #expect(exercise.procedure.count == 3)
        #expect(exercise.procedure[0].text == "Bespreking van de antwoorden Nabespreking in de groep.")
        #expect(exercise.procedure[0].duration == Duration(minutes: 15))
        #expect(exercise.procedure[0].substeps.count == 2)
        #expect(exercise.procedure[1].duration == Duration(minutes: 5))
        #expect(exercise.procedure[2].kind == .paragraph)
        #expect(exercise.timedStepTotal == Duration(minutes: 20))
    }

    @Test func aTimeClosingTheItemsFirstParagraphTimesTheStep() throws {
        let text = """
            # Module 1: x
            ## 1.A t
            ### Niveau 1
            #### 1.A.1.1 t
            Procedure:
            1. Introductie. (15’)
            2. Groepswerk in groepjes van 4,
               met bespreking (45’)
               - Oefening 1

               De trainer noteert de punten.
            3. Afsluiting
            """
        let exercise = try #require(parseModule(text).module?.exercises.first)
        #expect(exercise.procedure[1].duration == Duration(minutes: 45))
        #expect(
            exercise.procedure[1].text == "Groepswerk in groepjes van 4, met bespreking De trainer noteert de punten.")
        #expect(exercise.timedStepTotal == Duration(minutes: 60))
    }

    @Test func aTimeInsideALaterParagraphDoesNotTimeTheStep() throws {
        let text =
            "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nProcedure:\n1. Stap\n\n   Dan (zie 2) verder\n"
        let exercise = try #require(parseModule(text).module?.exercises.first)
        #expect(exercise.procedure[0].duration == nil)
        #expect(exercise.procedure[0].text == "Stap Dan (zie 2) verder")
    }

    @Test func indentedParagraphContinuesTheSubItemItIsUnder() throws {
        let text =
            "# Module 1: x\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 t\nProcedure:\n1. Stap\n   a. sub\n\n      meer over sub\n"
        let exercise = try #require(parseModule(text).module?.exercises.first)
        #expect(exercise.procedure[0].substeps.map(\.text) == ["sub meer over sub"])
    }
}
