import Testing

@testable import CurriculumKit

@Suite struct ReviewTests {
    static let curriculum = PlanFixtures.curriculum([
        ("1.A.1.1", 60, 60, []), ("1.A.1.2", 60, 60, []), ("1.A.1.3", 40, 50, []),
    ])

    /// A delivered day: each line's actual, or none.
    static func delivered(_ actuals: [String: String], name: String = "dag.plan.md") -> (
        name: String, plan: Plan, schedule: Schedule
    ) {
        func line(_ id: String) -> String { "- \(id)" + (actuals[id].map { " (werkelijk \($0))" } ?? "") }
        let text = "Titel: Dag\n\n" + ["1.A.1.1", "1.A.1.2", "1.A.1.3"].map(line).joined(separator: "\n")
        let (plan, diagnostics) = PlanFixtures.plan(text)
        guard let plan, diagnostics.isEmpty else { fatalError("\(diagnostics)") }
        let schedule = PlanFixtures.schedule(text, curriculum: curriculum).schedule
        return (name, plan, schedule)
    }

    @Test(arguments: [
        ([75], 75), ([60, 90, 75], 75), ([60, 75], 68), ([60, 61], 61), ([50, 90, 60, 70], 65), ([80, 70, 60, 90], 75),
    ])
    func theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoRoundedHalfUp(_ values: [Int], median: Int) {
        #expect(Review.median(values) == median)
    }

    @Test func comparesEachItemAndTheDayWithItsActuals() throws {
        let review = Review(plans: [Self.delivered(["1.A.1.1": "75 min", "1.A.1.2": "11:15-12:10"])])
        let day = try #require(review.plans.first?.days.first)
        #expect(day.items.map(\.difference) == [15, -5, nil])
        #expect(day.items.map(\.plannedStart.description) == ["09:00", "10:00", "11:00"])
        #expect(day.plannedEnd.description == "11:40")
        // 09:00 + 75 = 10:15; the second ran 11:15-12:10; the third as planned (40 min).
        #expect(day.actualEnd?.description == "12:50")
    }

    @Test func aDayWithoutActualsHasNoActualEnd() throws {
        let review = Review(plans: [Self.delivered([:])])
        #expect(review.plans.first?.days.first?.actualEnd == nil)
        #expect(review.exercises.isEmpty)
    }

    @Test func gathersEachExerciseAcrossPlans() throws {
        let review = Review(plans: [
            Self.delivered(["1.A.1.1": "75 min", "1.A.1.3": "45 min"]), Self.delivered(["1.A.1.1": "90 min"]),
        ])
        #expect(review.exercises.map(\.id.description) == ["1.A.1.1", "1.A.1.3"])
        let first = try #require(review.exercises.first)
        #expect(first.deliveries == 2)
        #expect(first.median == 83)
        #expect(first.minimum == 75)
        #expect(first.maximum == 90)
        #expect(abs(first.ratio - 83.0 / 60) < 0.000_1)
        // A range's ratio is to its middle: 45 / 45.
        #expect(review.exercises.last?.ratio == 1)
        #expect(first.suggestion == nil, "two deliveries are not enough")
    }

    @Test(
        arguments: [
            (["75 min", "80 min", "90 min"], "Duur: 80 min"),
            (["45 min", "40 min", "30 min", "60 min"], "Duur: 43 min"),
            (["75 min", "80 min", "60 min", "60 min"], nil),
            (["72 min", "80 min", "90 min"], nil),
            (["75 min", "80 min", "90 min", "40 min", "45 min", "30 min"], nil),
        ] as [([String], String?)])
    func suggestsANewDurationAfterThreeDeliveriesMoreThanAFifthOff(_ actuals: [String], suggested: String?) {
        let review = Review(plans: actuals.map { Self.delivered(["1.A.1.1": $0]) }) { _ in "Duur: 60-60 min" }
        let suggestion = review.exercises.first?.suggestion
        #expect(suggestion?.replacement == suggested)
        if suggestion != nil {
            #expect(suggestion?.line == "Duur: 60-60 min")
            #expect(suggestion?.location == SourceLocation(file: "test.md", line: 1, column: 1))
        }
    }
}
