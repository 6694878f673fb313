import Testing

@testable import CurriculumKit

/// The parsers read UTF-8 bytes on their hot paths and fall back to `Character` reading where a
/// non-ASCII byte could matter. These tests hold each fast path to a plain reference reading, on
/// the inputs where the two could part: white space at every alignment, no-break spaces, combining
/// marks, line ends of every kind.
@Suite struct ByteReadingTests {
    // MARK: White space

    /// `trimmingWhitespace` as `Character` reading does it.
    static func referenceTrim(_ text: String) -> String {
        var characters = Array(text)
        while let first = characters.first, first.isWhitespace { characters.removeFirst() }
        while let last = characters.last, last.isWhitespace { characters.removeLast() }
        return String(characters)
    }

    // MARK: Comments

    /// The comments of a text read a byte at a time: a `<!--` opens one, the first `-->` after it
    /// closes it, and one left open runs to the end of the text.
    static func referenceCommentSpans(_ bytes: [UInt8]) -> [[Int]] {
        var spans: [[Int]] = []
        var i = 0
        while i + 3 < bytes.count {
            guard bytes[i] == 0x3C, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D else {
                i += 1
                continue
            }
            var j = i + 4
            while j + 2 < bytes.count, !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) { j += 1 }
            let closed = j + 2 < bytes.count
            spans.append([i, closed ? j : bytes.count, closed ? 1 : 0])
            i = closed ? j + 3 : bytes.count
        }
        return spans
    }

    /// `LineScanner.commentSpans`, which jumps from `<` to `<` and from `-` to `-`, finds the
    /// comments the byte-at-a-time reading finds: every text of up to seven bytes from those that
    /// make or break a comment, alone and inside a longer text.
    @Test func commentSpansAreTheByteAtATimeReading() {
        let alphabet: [UInt8] = Array("<!->a\n".utf8)
        var texts: [[UInt8]] = [[]]
        var checked = 0
        for _ in 0..<7 {
            texts = texts.flatMap { prefix in alphabet.map { prefix + [$0] } }
            for text in texts {
                for bytes in [text, Array("<!-- x ".utf8) + text + Array(" --> y <!--".utf8)] {
                    let spans = bytes.withBufferView { LineScanner.commentSpans(in: $0) }
                    let found = spans.map { [$0.start, $0.closingStart, $0.isClosed ? 1 : 0] }
                    #expect(found == Self.referenceCommentSpans(bytes), "\(String(decoding: bytes, as: UTF8.self))")
                    checked += 1
                }
            }
        }
        #expect(checked > 300_000)
    }

    // MARK: Durations

    /// A byte of an ASCII text answers the tokenizer's questions as its `Character` does, for every
    /// ASCII byte but CR (a text holding one is read on `Character`s).
    @Test func aByteIsItsCharacterToTheDurationTokenizer() {
        for byte in UInt8(0)..<0x80 where byte != 0x0D {
            let character = Character(Unicode.Scalar(byte))
            let questions: [(UInt8) -> Bool] = [
                \.isWhitespace, \.isSpace, \.isASCIIDigit, \.isLetter, \.isMinuteSign, \.isRangeSign, \.isOneHalf,
                \.isDecimalSeparator, \.isColon, \.isDot, \.isPlusSign, \.isListSeparator,
            ]
            let answers: [(Character) -> Bool] = [
                \.isWhitespace, \.isSpace, \.isASCIIDigit, \.isLetter, \.isMinuteSign, \.isRangeSign, \.isOneHalf,
                \.isDecimalSeparator, \.isColon, \.isDot, \.isPlusSign, \.isListSeparator,
            ]
            for (question, answer) in zip(questions, answers) {
                #expect(question(byte) == answer(character), "byte \(byte)")
            }
            #expect(UInt8.string([byte]) == Character.string([character]))
        }
    }

    /// `DurationParser.tokens(lowerCasing:)`, which reads an ASCII text on its bytes, gives the tokens and offsets
    /// of the `Character` reading: on every duration the tests and the shipped curriculum write, and
    /// on 200,000 texts drawn (with a fixed seed) from the characters a duration is made of.
    @Test func durationTokensAreTheCharacterReading() {
        var texts = [
            "60 min", "45'", "1,5 uur", "1 uur 30 min", "0,5 uur", "45 min.", "3uur", "1,5-2 uur",
            "1 uur en 20 minuten",
            "20 + 30 minuten", "1h30", "1:30", "10 a 15 minuten", "half an hour", "ca. 45 min", "1,30 uur", "2 uur;",
            "1\t uur", "x", "", "1 uur\u{0C}", "½ uur", "1½ uur", "1 – 2 uur", "1 uur\r\n30", "1 uur\r",
        ]
        let alphabet = Array("0123456789 ,.:-/'+&;uurminteshalfkwrdnoa\t\u{0B}\u{1F}!")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) % 10
            var text = ""
            var bits = state
            for _ in 0..<length {
                bits = bits &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(bits >> 33) % alphabet.count])
            }
            texts.append(text)
        }
        for text in texts {
            let fast = DurationParser.tokens(lowerCasing: text)
            let reference = DurationParser.characterTokens(text.lowercased())
            #expect(String(describing: fast) == String(describing: reference), "\(text.debugDescription)")
            let upper = text.uppercased()
            #expect(
                String(describing: DurationParser.tokens(lowerCasing: upper))
                    == String(describing: DurationParser.characterTokens(upper.lowercased())),
                "\(upper.debugDescription)")
        }
    }

    // MARK: Suppression comments

    /// The byte test that passes most comments by never rejects one the lower-cased reading would
    /// take as a suppression.
    @Test(arguments: [
        "curriculum-ignore CUR302: x", "CURRICULUM-IGNORE CUR302: x", "Curriculum-Ignore", "curriculum-ignoré",
        "curriculum-ignore\u{0301} CUR302: x", "curriculum-ignor", "", "Een opmerking", " curriculum-ignore",
        "\u{0130}gnore", "curr\u{0130}culum-ignore", "curriculum\u{2010}ignore",
    ])
    func suppressionKeywordTestNeverRejectsASuppression(text: String) {
        if text.lowercased().hasPrefix(Suppressions.keyword) {
            #expect(Suppressions.mayStartWithKeyword(text), "\(text)")
        }
    }

    // MARK: Step timings

    /// The byte reading of a timing in parentheses (`FieldInterpreter.asciiTiming`) gives what the
    /// `Character` reading gives, or declines: prose in parentheses, units in any case, ranges,
    /// words for a time, and the non-ASCII bytes (combining marks, an em dash, a Kelvin sign that
    /// lower-cases to `k`, a no-break space) around which the two readings could part.
    @Test(arguments: [
        "Discussie (15 minuten)", "Lees verder (zie bijlage 1)", "Groep (10-15 MIN)", "Pauze (een half uur)",
        "Pauze (een KWARTIER)", "Iets (2)", "Iets ()", "(15 min)", "Iets (x)", "Iets (1 uur en 15 min)",
        "Kort (5 min, daarna 10)", "Twee (a) (b 5 min)", "Geen haakje)", "Rollenspel (20' per groep)",
        "Rollenspel ('20)", "é (15 minuten)", "Iets (\u{212A}wartier)", "Iets (15 minuten\u{0301})",
        "Iets (\u{0301}15 minuten)", "Iets \u{0301}(15 minuten)", "Iets (15' — per groep)", "Iets (15\u{00A0}min)",
        "Iets (zie (bijlage) 2 min)", "Iets (half)", "Iets (HALF 2)", "Iets (1,5 uur)", "Iets (1.5 uur)",
    ])
    func stepTimingBytesAgreeWithCharacters(text: String) {
        let reference = FieldInterpreter.characterTiming(text)
        if let fast = FieldInterpreter.asciiTiming(text) {
            #expect(fast.0 == reference.0, "\(text)")
            #expect(fast.1 == reference.1, "\(text)")
        } else {
            // Declined only where a non-ASCII byte sits in or next to the parenthesis.
            #expect(text.utf8.contains { $0 >= 0x80 }, "\(text)")
        }
    }

    @Test(arguments: [
        "", " ", "a", " a ", "\ta b\t", "\u{00A0}nbsp\u{00A0}", " \u{0301}x ", "x\u{0301} ", "é ", " é", "\r\n a \r\n",
        "\u{2003}em space", "a\u{0085}", "  \u{00A0}  ", "\u{000B}vt\u{000C}",
    ])
    func trimmingAgreesWithCharacters(text: String) {
        #expect(text.trimmingWhitespace() == Self.referenceTrim(text))
        #expect(Substring(text).trimmingWhitespace() == Self.referenceTrim(text))
    }

    /// Double spaces and tabs at every offset of a paragraph line are collapsed, and single spaces
    /// are kept, whichever eight-byte word they fall in.
    @Test func paragraphsCollapseWhiteSpaceAtEveryOffset() throws {
        for offset in 0..<20 {
            for gap in ["  ", "\t", " \t ", "   "] {
                let word = String(repeating: "w", count: offset)
                let line = "Begin" + word + gap + "end \(offset) é" + gap + "x"
                let module = "# Module 1: M\n\n\(line)\nnext line\n"
                let parsed = parseModule(module)
                let text = try #require(parsed.module?.introduction.first?.plainText)
                #expect(
                    text == "Begin\(word) end \(offset) é x next line", "offset \(offset), gap \(gap.debugDescription)")
            }
        }
    }

    @Test func listItemContinuationsJoinWithOneSpace() throws {
        let module = """
            # Module 1: M

            ## 1.A Topic

            ### 1.A.1 Exercise

            Procedure:
            1. First  line
               goes on\there
            2.
               starts empty
            """
        let steps = try #require(parseModule(module).module?.topics.first?.levels.first?.exercises.first?.procedure)
        #expect(steps.map(\.text) == ["First line goes on here", "starts empty"])
    }

    /// A block is blank when its plain text is all white space, as `Character` reads it.
    @Test(arguments: [
        "", " ", "\t \u{000B}", "\u{00A0}", " \u{0301}", "\u{2003}\u{3000}", "a", " a", "\u{00A0}x", "é", " \u{0301}x",
    ])
    func blankBlocksAgreeWithCharacters(text: String) {
        let location = SourceLocation(file: "m.md", line: 1, column: 1)
        let expected = text.allSatisfy(\.isWhitespace)
        #expect([TextBlock.paragraph(text, location)].isBlank == expected)
        let item = ListItem(
            marker: .bullet, text: " ", children: [ListItem(marker: .bullet, text: text, location: location)],
            location: location)
        #expect([TextBlock.list([item])].isBlank == expected)
    }

    // MARK: Labels

    /// Every label of the table, in other cases and spacings, is found by the byte lookup exactly
    /// as by the `String` lookup.
    @Test func everyLabelHasAByteKey() {
        for (label, kind) in LabelTable.labels {
            #expect(label.utf8.allSatisfy { $0 < 0x80 } && label.utf8.count <= 32, "\(label) needs the String lookup")
            for variant in [label, label.uppercased(), " " + label.replacingOccurrences(of: " ", with: "  \t") + "  "] {
                let found = variant.withByteView { LabelTable.kind(ofUTF8: $0) }
                #expect(found == kind, "\(variant)")
                #expect(LabelTable.kind(of: variant) == kind, "\(variant)")
            }
        }
    }

    @Test(arguments: [
        "Procédure", "Opmerkingen\u{00A0}", "In groepen", "Feedback (indien van toepassing) extra woorden", "Duu",
    ])
    func byteLookupAgreesOnOtherText(label: String) {
        let found = label.withByteView { LabelTable.kind(ofUTF8: $0) }
        #expect(found == LabelTable.kind(of: label))
    }

    // MARK: IDs and headings

    @Test(
        arguments: [
            ("1.A.1.1", "1.A.1.1"), ("1.a.1.1.", "1.A.1.1"), ("0.C.2", "0.C.2"), ("12.B.3.40", "12.B.3.40"),
            ("1.A.1..", nil),
            ("1..1", nil), ("1.AB.1", nil), ("1.A", nil), ("", nil), ("12345.A.1", nil), ("1.A.1.2.3", nil),
            ("1.A.1.2.", "1.A.1.2"),
            ("1.É.1", nil), ("1.A.1 ", nil),
        ] as [(String, String?)])
    func exerciseIDs(text: String, expected: String?) {
        #expect(ExerciseID(text)?.description == expected)
    }

    @Test func exerciseIDsPrintAsInterpolationWould() {
        let ids = [
            ExerciseID(module: 0, topic: "A", level: nil, number: 0),
            ExerciseID(module: 123_456, topic: "z", level: 99, number: Int.max),
            ExerciseID(module: -3, topic: "B", level: Int.min, number: -1),
            ExerciseID(module: 1, topic: "É", level: 2, number: 3),
        ]
        for id in ids {
            let expected =
                id.level.map { "\(id.module).\(id.topic).\($0).\(id.number)" }
                ?? "\(id.module).\(id.topic).\(id.number)"
            #expect(id.description == expected)
        }
    }

    @Test(
        arguments: [
            ("1.A", "1.A"), ("2.b.", "2.B"), ("1.A..", nil), ("1.", nil), (".A", nil), ("1.AB", nil),
            ("99999999999999999999.A", nil), ("12.Z", "12.Z"),
        ] as [(String, String?)])
    func topicIDs(text: String, expected: String?) {
        #expect(TopicID(text)?.description == expected)
    }

    @Test(
        arguments: [
            ("Niveau 1", 1, nil), ("niveau 2: Verdieping", 2, "Verdieping"), ("Level 3 - Advanced", 3, "Advanced"),
            ("Niveau 4 – Met streep", 4, "Met streep"), ("Niveau 1234", nil, nil), ("Niveaus 1", nil, nil),
            ("Niveau", nil, nil),
            ("Level 2x", nil, nil), ("Niveau 5\u{00A0}Met harde spatie", nil, nil),
            ("Niveau 6: een lange titel van meer dan zestien tekens", 6, "een lange titel van meer dan zestien tekens"),
        ]
            as [(String, Int?, String?)])
    func levelHeadings(text: String, number: Int?, name: String?) {
        let level = HeadingParser.level(text)
        #expect(level?.number == number)
        #expect(level?.name == name)
    }

    @Test func exerciseAndTopicHeadings() {
        #expect(HeadingParser.exercise("1.A.1.1 Titel").title == "Titel")
        #expect(HeadingParser.exercise("1.A.1.1: Titel ").title == "Titel")
        #expect(HeadingParser.exercise("1.A.1.1 - Titel").title == "- Titel")
        #expect(HeadingParser.exercise("1.A.1.1\u{00A0}Titel").written == "1.A.1.1")
        #expect(HeadingParser.topic("1.A - Onderwerp")?.title == "Onderwerp")
        #expect(HeadingParser.topic("1.A – Onderwerp")?.title == "Onderwerp")
        #expect(HeadingParser.topic("1.A:Onderwerp")?.id.description == "1.A")
    }

    /// An annex owner is kept as the ID prints, whether it was written that way or not.
    @Test(arguments: [
        ("1.A.1.1 bijlage 2", "1.A.1.1"), ("1.a.1.1 bijlage 2", "1.A.1.1"), ("01.A.1.1 bijlage 2", "1.A.1.1"),
        ("1.A.1.1. bijlage 2", "1.A.1.1"), ("1.A.0.1 bijlage 2", "1.A.0.1"), ("1.A.00.1 bijlage 2", "1.A.0.1"),
        ("1.A.1.05 bijlage 2", "1.A.1.5"), ("10.B.2 annex 1", "10.B.2"), ("1.C bijlage 3", "1.C"),
        ("2.c. bijlage 3", "2.C"),
    ])
    func annexOwnersAreNormalised(text: String, owner: String) {
        #expect(AnnexReferenceParser.references(in: text).map(\.id.owner) == [owner])
    }

    @Test func timedStepsReadTheirUnits() {
        for (text, minutes) in [
            ("Stap (15')", 15), ("Stap (15’)", 15), ("Stap (15 min)", 15), ("Stap (5 minuten)", 5),
            ("Stap (5 minutes)", 5), ("Stap (20min)", 20),
        ] {
            #expect(FieldInterpreter.splitTiming(text) == ("Stap", Duration(minutes: minutes)), "\(text)")
        }
        #expect(FieldInterpreter.splitTiming("Stap (2)") == ("Stap (2)", nil))
        #expect(FieldInterpreter.splitTiming("Stap (15 mins)").1 == Duration(minutes: 15))
    }

    // MARK: Durations and materials

    @Test(arguments: [
        ("60 min", 60), ("45'", 45), ("2 uur", 120), ("1 HOUR", 60), ("90MIN.", 90), ("  30 minuten  ", 30),
        ("00015 min", 15),
        ("1 hours", 60), ("3 uren", 180),
    ])
    func commonDurations(text: String, minutes: Int) {
        #expect(
            DurationParser.parse(text)
                == .success(.init(value: Duration(minutes: minutes), alternative: nil, remark: nil)))
    }

    @Test func durationsBeyondTheQuickFormsStillRead() {
        #expect(DurationParser.parse("99999999999999999999 min") == .failure(.tooLarge))
        #expect(DurationParser.parse("100000 uur").map(\.value) == .success(Duration(minutes: 6_000_000)))
        #expect(DurationParser.parse("60 min (bij 12 deelnemers)").map(\.remark) == .success("bij 12 deelnemers"))
    }

    /// Columns count scalars from the value's start; a line with a double space is collapsed first
    /// (a no-break space then reads as a space), a line without keeps its text as written.
    @Test(arguments: [
        (
            "flip-over,  stiften, één\u{00A0}pen,,post-its", ["flip-over", "stiften", "één pen", "post-its"],
            [12, 23, 32, 41]
        ),
        ("flip-over, één\u{00A0}pen,,post-its", ["flip-over", "één\u{00A0}pen", "post-its"], [12, 23, 32]),
    ])
    func materialsKeepTheirColumns(line: String, names: [String], columns: [Int]) throws {
        let module = "# Module 1: M\n\n## 1.A T\n\n### 1.A.1 E\n\nMateriaal: \(line)\n"
        let materials = try #require(parseModule(module).module?.topics.first?.levels.first?.exercises.first?.materials)
        #expect(materials.map(\.name) == names)
        #expect(materials.map(\.location.column) == columns)
    }

    // MARK: Exercise storage

    /// An exercise is a value: a copy changed does not change the original, and equal content is
    /// equal whether or not the storage is shared.
    @Test func exercisesAreValues() throws {
        let location = SourceLocation(file: "m.md", line: 1, column: 1)
        let id = try #require(ExerciseID("1.A.1.1"))
        var original = Exercise(id: id, writtenID: "1.A.1.1", title: "Titel", location: location, idLocation: location)
        original.goals = [Goal(text: "doel", location: location)]
        var copy = original
        #expect(copy == original)
        copy.goals.append(Goal(text: "tweede", location: location))
        copy.title = "Andere"
        #expect(original.goals.count == 1 && original.title == "Titel")
        #expect(copy.goals.count == 2 && copy != original)
        var rebuilt = Exercise(id: id, writtenID: "1.A.1.1", title: "Titel", location: location, idLocation: location)
        rebuilt.goals = [Goal(text: "doel", location: location)]
        #expect(rebuilt == original && rebuilt.hashValue == original.hashValue)
    }

    // MARK: Exercise-ID look-alikes

    /// `HeadingParser.looksLikeID` on bytes agrees with its `Character` reading on every string of
    /// up to four characters from digits, dots, letters, ASCII and Unicode white space, control
    /// characters and a combining mark.
    @Test func idLookAlikeBytesAgreeWithCharacters() {
        let alphabet: [String] = [
            "1", ".", "A", "z", "-", " ", "\t", "\r\n", "\u{1C}", "\u{85}", "\u{A0}", "é", "\u{301}",
        ]
        var strings = [""]
        var disagreements: [String] = []
        for _ in 1...4 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            for text in strings + strings.map({ $0 + "1.2" })
            where HeadingParser.looksLikeID(text) != HeadingParser.looksLikeID(readingCharacters: text) {
                disagreements.append(text)
            }
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(5).map { $0.debugDescription })")
        #expect(HeadingParser.looksLikeID("1.A.x2 titel"))
        #expect(!HeadingParser.looksLikeID("Pauze 15 min"))
    }

    /// `collapsingWhitespace` and `containsWhitespace` on bytes agree with their `Character`
    /// readings on every string of up to five characters from letters, every kind of ASCII white
    /// space, a control character that is not white space, a no-break space and a combining mark.
    @Test func whiteSpaceBytesAgreeWithCharacters() {
        let alphabet: [String] = ["a", "B", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{1C}", "\u{A0}", "\u{301}"]
        var strings = [""]
        var collapsing: [String] = []
        var containing: [String] = []
        for _ in 1...5 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            for text in strings {
                if text.collapsingWhitespace() != text.characterCollapsingWhitespace() { collapsing.append(text) }
                if text.containsWhitespace != text.contains(where: \.isWhitespace) { containing.append(text) }
            }
        }
        #expect(collapsing.isEmpty, "first: \(collapsing.prefix(5).map { $0.debugDescription })")
        #expect(containing.isEmpty, "first: \(containing.prefix(5).map { $0.debugDescription })")
        #expect(" Aantal \t deelnemers ".collapsingWhitespace() == "Aantal deelnemers")
    }

    /// `scalarCount` counts the bytes that start a scalar; it agrees with the scalar view on ASCII,
    /// two-, three- and four-byte scalars, combining marks and text taken from the middle of another.
    @Test(arguments: ["", "Doel", "Bijlagen", "één", "e\u{301}", "Ω≈ç√", "🙂 emoji", "\r\n", "a\u{0}b"])
    func scalarCountAgreesWithTheScalarView(text: String) {
        #expect(text.scalarCount == text.unicodeScalars.count)
        let middle = Substring(text).dropFirst()
        #expect(String(middle).scalarCount == middle.unicodeScalars.count)
    }
}
