import Testing
@testable import CurriculumKit

@Suite struct LabelTableTests {
    /// Every label the IGMA book uses, and the English ones, open the right field.
    @Test(arguments: [
        ("Leerdoel", FieldKind.goals), ("Leerdoelen", .goals), ("Learning objective", .goals), ("Learning objectives", .goals),
        ("LEERDOEL", .goals), ("learning  goals", .goals),
        ("Duur", .duration), ("Duration", .duration),
        ("Procedure", .procedure), ("Werkwijze", .procedure),
        ("Feedback", .feedback), ("Feedback (if applicable)", .feedback), ("Feedback (indien van toepassing)", .feedback),
        ("Ondersteunend materiaal", .annexes), ("Supporting materials", .annexes), ("Bijlagen", .annexes), ("Annexes", .annexes),
        ("Materiaal", .materials), ("Materials", .materials),
        ("Voorbereiding", .preparation), ("Preparation", .preparation),
        ("Groepsgrootte", .groupSize), ("Group size", .groupSize),
        ("Taal", .language), ("Language", .language), ("Modules", .modules), ("Locatie", .location),
    ])
    func knownLabel(label: String, kind: FieldKind) {
        #expect(LabelTable.kind(of: label) == kind)
    }

    @Test(arguments: [("Leerdoell", "Leerdoel"), ("Werkwjize", "Werkwijze"), ("Duuur", "Duur"), ("Feedbak", "Feedback"), ("Materiaaal", "Materiaal")])
    func didYouMean(typo: String, expected: String) {
        #expect(LabelTable.suggestion(for: typo) == expected)
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
