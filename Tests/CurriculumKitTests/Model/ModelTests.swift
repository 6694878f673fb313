import Testing

@testable import CurriculumKit

@Suite struct ModelTests {
    @Test(arguments: [
        ("1.A.1.1", "1.A.1.1", 1, "A", 1 as Int?, 1), ("0.A.1", "0.A.1", 0, "A", nil, 1),
        ("1.a.2.10.", "1.A.2.10", 1, "A", 2, 10),
    ])
    func exerciseIDs(text: String, printed: String, module: Int, topic: String, level: Int?, number: Int) throws {
        let id = try #require(ExerciseID(text))
        #expect(id.description == printed)
        #expect(id.module == module)
        #expect(String(id.topic) == topic)
        #expect(id.level == level)
        #expect(id.number == number)
    }

    @Test(arguments: ["I.LA.1.1", "1.A", "1.AB.1.1", "1.A.1.1.1", "", "a.b.c", "1..1.1", "2.A.21x"])
    func invalidExerciseIDs(text: String) {
        #expect(ExerciseID(text) == nil)
    }

    @Test func idsOrderAsTheCurriculumDoes() throws {
        let ids = ["1.B.1.1", "0.A.2", "1.A.2.1", "1.A.1.10", "1.A.1.2"].compactMap(ExerciseID.init)
        #expect(ids.sorted().map(\.description) == ["0.A.2", "1.A.1.2", "1.A.1.10", "1.A.2.1", "1.B.1.1"])
    }

    @Test func clockTimesAndDayFrames() throws {
        #expect(ClockTime("9:00")?.description == "09:00")
        #expect(ClockTime("13u30")?.minutesSinceMidnight == 810)
        #expect(ClockTime("25:00") == nil)
        #expect(ClockTime("9:5") == nil)
        let frame = try #require(DayFrame("09:00-16:30"))
        #expect(frame.minutes == 450)
        #expect(DayFrame("9.00 – 16.30")?.minutes == 450)
    }

    @Test func lookupsAndTotalsOnTheShippedCurriculum() throws {
        let curriculum = Shipped.curriculum
        let id = try #require(ExerciseID("1.B.1.2"))
        let topicID = try #require(TopicID("2.C"))
        let nowhere = try #require(ExerciseID("9.Z.9.9"))
        let exercise = try #require(curriculum.exercise(id: id))
        #expect(exercise.id == id)
        #expect(curriculum.topic(id: topicID)?.title.isEmpty == false)
        #expect(curriculum.module(number: 4)?.topics.count == 5)
        #expect(curriculum.exercise(id: nowhere) == nil)
        let sumOfModules = curriculum.modules.reduce(Duration.zero) { $0 + $1.totalMinutes }
        #expect(curriculum.totalMinutes == sumOfModules)
        for module in curriculum.modules {
            #expect(module.totalMinutes == module.topics.reduce(.zero) { $0 + $1.totalMinutes })
            for topic in module.topics {
                #expect(topic.totalMinutes == topic.levels.reduce(.zero) { $0 + $1.totalMinutes })
            }
        }
    }
}
