/// A topic of a module (`1.A Profiel van de professional`).
public struct Topic: Hashable, Sendable, Codable {
    public var id: TopicID
    public var title: String
    public var introduction: [TextBlock]
    public var goals: [Goal]
    public var levels: [Level]
    public var location: SourceLocation

    public init(id: TopicID, title: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.introduction = []
        self.goals = []
        self.levels = []
        self.location = location
    }

    public var exercises: [Exercise] { levels.flatMap(\.exercises) }

    public var totalMinutes: Duration {
        levels.reduce(.zero) { $0 + $1.totalMinutes }
    }

    enum CodingKeys: String, CodingKey { case id, title, introduction, goals, levels, location }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .id)
        guard let id = TopicID(text) else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: "not a topic ID: \(text)")
        }
        self.id = id
        title = try c.decode(String.self, forKey: .title)
        introduction = try c.decode([TextBlock].self, forKey: .introduction)
        goals = try c.decode([Goal].self, forKey: .goals)
        levels = try c.decode([Level].self, forKey: .levels)
        location = try c.decode(SourceLocation.self, forKey: .location)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.description, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(introduction, forKey: .introduction)
        try c.encode(goals, forKey: .goals)
        try c.encode(levels, forKey: .levels)
        try c.encode(location, forKey: .location)
    }
}
