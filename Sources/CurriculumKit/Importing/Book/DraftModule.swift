/// A module: heading, introduction, goals, topics.
struct DraftModule: Sendable {
    var number: Int
    var title: String?
    var line: Int
    var intro: [BookLine] = []
    var goals: [BookLine] = []
    var topics: [DraftTopic] = []
}
