import Testing

@testable import CurriculumKit

@Suite struct LabelTableTests {
    /// Every label the IGMA book uses, and the English ones, open the right field.
    @Test(arguments: [
        ("Leerdoel", FieldKind.goals), ("Leerdoelen", .goals), ("Learning objective", .goals),
        ("Learning objectives", .goals),
        ("LEERDOEL", .goals), ("learning  goals", .goals),
        ("Duur", .duration), ("Duration", .duration),
        ("Procedure", .procedure), ("Werkwijze", .procedure),
        ("Feedback", .feedback), ("Feedback (if applicable)", .feedback),
        ("Feedback (indien van toepassing)", .feedback),
        ("Ondersteunend materiaal", .annexes), ("Supporting materials", .annexes), ("Bijlagen", .annexes),
        ("Annexes", .annexes),
        ("Materiaal", .materials), ("Materials", .materials),
        ("Voorbereiding", .preparation), ("Preparation", .preparation),
        ("Groepsgrootte", .groupSize), ("Group size", .groupSize),
        ("Taal", .language), ("Language", .language), ("Modules", .modules), ("Locatie", .location),
    ])
    func knownLabel(label: String, kind: FieldKind) {
        #expect(LabelTable.kind(of: label) == kind)
    }

    @Test(arguments: [
        ("Leerdoell", "Leerdoel"), ("Werkwjize", "Werkwijze"), ("Duuur", "Duur"), ("Feedbak", "Feedback"),
        ("Materiaaal", "Materiaal"),
    ])
    func didYouMean(typo: String, expected: String) {
        #expect(LabelTable.suggestion(for: typo) == expected)
    }

    /// The search skips candidates whose byte counts alone put them out of reach
    /// (`ByteCounts`); it must give what the plain search over every candidate gives, for every
    /// one-edit typo of every label and for words near none.
    @Test func theCountFilterChangesNoSuggestion() {
        let labels = LabelTable.labels.keys.sorted()
        var words = ["In groepen", "Instructie", "Let op", "Tip", "Voorbeeld", "Opdracht", "Stap 1", "x"]
        for label in labels {
            let bytes = Array(label)
            for i in bytes.indices {
                var deleted = bytes
                deleted.remove(at: i)
                var substituted = bytes
                substituted[i] = "x"
                words += [String(deleted), String(substituted), String(bytes[..<i]) + "q" + String(bytes[i...])]
                if i + 1 < bytes.count {
                    var swapped = bytes
                    swapped.swapAt(i, i + 1)
                    words.append(String(swapped))
                }
            }
        }
        for word in words {
            #expect(LabelTable.suggestion(for: word) == plainSuggestion(for: word, among: labels), "\(word)")
        }
    }

    /// `LabelTable.suggestion` as it was before the count filter: every candidate's distance.
    private func plainSuggestion(for label: String, among labels: [String]) -> String? {
        let word = Array(LabelTable.normalise(label).utf8)
        var best: (String, Int)?
        for candidate in labels {
            let bytes = Array(candidate.utf8)
            let limit = min(max(1, min(word.count, bytes.count) / 3), (best?.1 ?? Int.max) - 1)
            if let distance = EditDistance.bounded(word, bytes, limit: limit) { best = (candidate, distance) }
        }
        return best.map { $0.0.prefix(1).uppercased() + $0.0.dropFirst() }
    }

    @Test func proseIsNotALabel() {
        #expect(LabelTable.kind(of: "In groepen") == nil)
        #expect(LabelTable.suggestion(for: "In groepen") == nil)
        #expect(LabelTable.suggestion(for: "Instructie") == nil)
    }

    @Test(arguments: FieldKind.allCases)
    func canonicalLabelsReadBack(kind: FieldKind) {
        for language in Language.allCases {
            let label = LabelTable.canonicalLabel(for: kind, in: language)
            let read = LabelTable.kind(of: label)
            // The manifest's annex-file label is spelled like the exercise's annexes label.
            #expect(read == kind || (kind == .annexFile && read == .annexes), "\(label)")
        }
    }
}

@Suite struct NotationTests {
    @Test func manifestReadsNotation() {
        #expect(
            ManifestParser.parse("# T\nTaal: nl\nNotatie: zoals geschreven\n", path: "c.md").manifest?.notation
                == .asWritten)
        #expect(
            ManifestParser.parse("# T\nLanguage: en\nNotation: canonical\n", path: "c.md").manifest?.notation
                == .canonical)
        #expect(ManifestParser.parse("# T\nTaal: nl\n", path: "c.md").manifest?.notation == .canonical)
        let bad = ManifestParser.parse("# T\nTaal: nl\nNotatie: mooi\n", path: "c.md")
        #expect(bad.diagnostics.map(\.code) == [.invalidFieldValue])
    }

    @Test func formatterKeepsSpellingsWhenAsWritten() throws {
        let text =
            "# Module 1: x\n\n## 1.A t\n\n### Niveau 1\n\n#### 1.A.1.1 t\nLeerdoel: iets\nDuur: 60 minuten\nProcedure:\n*  een punt\n"
        let source = try SourceText.decode(text, path: "m.md").get()
        let kept = Formatter(language: .dutch, notation: .asWritten).format(source, role: .module)
        #expect(kept.contains("Leerdoel: iets\n"))
        #expect(kept.contains("Duur: 60 minuten\n"))
        #expect(kept.contains("\n-  een punt\n") || kept.contains("\n- een punt\n"))
        let canonical = Formatter(language: .dutch).format(source, role: .module)
        #expect(canonical.contains("Leerdoelen: iets\n"))
        #expect(canonical.contains("Duur: 1 uur\n"))
        let again = try SourceText.decode(kept, path: "m.md").get()
        #expect(Formatter(language: .dutch, notation: .asWritten).format(again, role: .module) == kept)
    }
}
