/// A topic: heading, introduction, exercises (levels are read from the exercise IDs).
struct DraftTopic: Sendable {
    var letter: Character
    var title: String?
    var line: Int
    var intro: [BookLine] = []
    /// Level introductions by level number, with the line they start at.
    var levelIntros: [Int: [BookLine]] = [:]
    var levelTitles: [Int: String] = [:]
    var exercises: [DraftExercise] = []
}
