/// A module of the curriculum: one file, one `#` heading.
public struct Module: Hashable, Sendable, Codable {
    public var number: Int
    public var title: String
    public var introduction: [TextBlock]
    public var goals: [Goal]
    public var topics: [Topic]
    /// The file the module was read from.
    public var file: String
    public var location: SourceLocation

    public init(number: Int, title: String, file: String, location: SourceLocation) {
        self.number = number
        self.title = title
        self.introduction = []
        self.goals = []
        self.topics = []
        self.file = file
        self.location = location
    }

    /// Whether the module divides its topics into levels (IGMA's module 0 does not).
    public var hasLevels: Bool {
        topics.contains { $0.levels.contains { !$0.isImplicit } }
    }

    public var exercises: [Exercise] { topics.flatMap(\.exercises) }

    public var totalMinutes: Duration {
        topics.reduce(.zero) { $0 + $1.totalMinutes }
    }
}
