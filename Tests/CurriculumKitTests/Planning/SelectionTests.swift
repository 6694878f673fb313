import Testing

@testable import CurriculumKit

@Suite struct SelectionTests {
    /// The book prints 0.C.3 as 0.C.1.2; its `Eerder:` field makes `--select 0.C.1.2` find it, as
    /// `show 0.C.1.2` and plans do.
    @Test func aFormerIDSelectsTheExerciseThatCarriesItNow() throws {
        let selection = try Selection.parse(["0.C.1.2", "0.C.1"], level: nil).get()
        let exercises = try selection.exercises(in: Shipped.curriculum).get()
        #expect(exercises.map(\.id.description) == ["0.C.1", "0.C.3"])
    }

    @Test func anUnknownIDIsStillUnknown() throws {
        let selection = try Selection.parse(["0.C.1.9"], level: nil).get()
        guard case .failure(.unknown(let word, _)) = selection.exercises(in: Shipped.curriculum) else {
            Issue.record("0.C.1.9 was selected")
            return
        }
        #expect(word == "0.C.1.9")
    }

    @Test func topicsAndLevelsNarrowInCurriculumOrder() throws {
        let curriculum = PlanFixtures.fixed([("1.A.1.1", 30), ("1.A.2.1", 30), ("1.B.1.1", 30), ("2.A.1.1", 30)])
        let selection = try Selection.parse(["2", "1.A"], level: 1).get()
        #expect(try selection.exercises(in: curriculum).get().map(\.id.description) == ["1.A.1.1", "2.A.1.1"])
    }
}
