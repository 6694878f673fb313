import Testing

@testable import CurriculumKit

@Suite struct CalibrationTests {
    @Test func observedExercisesTakeTheirMedianActualAndTheOthersTheMedianRatio() throws {
        // 1.A.1.1 (60): 75, 90 → 83 (ratio 1.38); 1.A.1.2 (60): 66 → ratio 1.1; 1.A.1.3 (40-50) not given.
        let review = Review(plans: [
            ReviewTests.delivered(["1.A.1.1": "75 min", "1.A.1.2": "66 min"]),
            ReviewTests.delivered(["1.A.1.1": "90 min"]),
        ])
        let calibration = Calibration(review: review)
        #expect(calibration.observed.map(\.minutes) == [83, 66])
        #expect(calibration.observed.map(\.deliveries) == [2, 1])
        let ratio = try #require(calibration.ratio)
        #expect(abs(ratio - (83.0 / 60 + 66.0 / 60) / 2) < 0.000_1, "even count: the mean of the middle two")
        let calibrated = calibration.apply(to: ReviewTests.curriculum)
        #expect(
            calibrated.exercises.map { $0.duration?.value } == [
                Duration(minutes: 83), Duration(minutes: 66), Duration(minimum: 50, maximum: 62),
            ])
        #expect(calibrated.exercises.map { $0.duration?.text } == ["83 min", "66 min", "50-62 min"])
    }

    @Test func withNothingObservedTheDurationsStay() {
        let calibration = Calibration(review: Review(plans: [ReviewTests.delivered([:])]))
        #expect(calibration.ratio == nil)
        #expect(calibration.apply(to: ReviewTests.curriculum) == ReviewTests.curriculum)
    }

    @Test func theOddMedianRatioIsTheMiddleOne() throws {
        let review = Review(plans: [
            ReviewTests.delivered(["1.A.1.1": "30 min", "1.A.1.2": "90 min", "1.A.1.3": "54 min"])
        ])
        #expect(try #require(Calibration(review: review).ratio) == 1.2)
    }

    @Test(arguments: [Language.dutch, .english])
    func saysWhichDurationsAreCalibratedAndFromHowManyDeliveries(_ language: Language) {
        let review = Review(plans: [
            ReviewTests.delivered(["1.A.1.1": "75 min"]), ReviewTests.delivered(["1.A.1.1": "90 min"]),
        ])
        let text = ReviewRenderer.calibration(Calibration(review: review), language: language)
        let expected =
            language == .dutch
            ? "Gekalibreerd op werkelijke tijden (mediaan):\n  1.A.1.1    83 min  (2× gegeven)\n  Overige oefeningen: duur × 1,38, de mediane verhouding van 1 gegeven oefening\n"
            : "Calibrated on actual times (median):\n  1.A.1.1    83 min  (given 2×)\n  Other exercises: duration × 1.38, the median ratio of 1 exercise given\n"
        #expect(text == expected)
    }
}
