import Testing

@testable import CurriculumKit

@Suite struct ReviewRendererTests {
    static let review: Review = {
        let actuals = ["80 min", "75 min", "90 min"]
        return Review(plans: actuals.map { ReviewTests.delivered(["1.A.1.1": $0, "1.A.1.2": "55 min"]) }) { _ in
            "Duration: 60-60 min"
        }
    }()

    @Test(arguments: [
        (
            Language.dutch,
            [
                "Dag 1", "gepland 60 min  werkelijk 80 min  +20", "werkelijk 55 min  −5",
                "Gepland einde 11:40, werkelijk einde 11:55 (+15)", "Per oefening, over 3 lesplannen:",
                "3× gegeven · mediaan 80 min · 75-90 min · 1,33× de duur (60 min)",
                "Voorstel: test.md:1: `Duration: 60-60 min` → `Duration: 80 min`",
            ]
        ),
        (
            Language.english,
            [
                "Day 1", "planned 60 min  actual 80 min  +20", "actual 55 min  −5",
                "Planned end 11:40, actual end 11:55 (+15)", "Per exercise, across 3 plans:",
                "given 3× · median 80 min · 75-90 min · 1.33× the duration (60 min)",
                "Suggestion: test.md:1: `Duration: 60-60 min` → `Duration: 80 min`",
            ]
        ),
    ])
    func speaksTheCurriculumsLanguage(_ language: Language, lines: [String]) {
        let text = ReviewRenderer.text(Self.review, language: language)
        for line in lines { #expect(text.contains(line), "\(line)\n\(text)") }
        #expect(text.contains("55 min · 0,92×") == (language == .dutch))
    }

    @Test func sameActualsShowOneNumberAndNoActualsSaySo() {
        let review = Review(plans: [ReviewTests.delivered(["1.A.1.1": "60 min"]), ReviewTests.delivered([:])])
        let text = ReviewRenderer.text(review, language: .dutch)
        #expect(text.contains("1× gegeven · mediaan 60 min · 60 min · 1,00× de duur (60 min)"))
        #expect(text.contains("geen werkelijke tijden genoteerd"))
        #expect(text.contains("werkelijk 60 min  0\n"))
    }
}
