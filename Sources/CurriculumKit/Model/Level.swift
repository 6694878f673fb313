/// A level within a topic: level 1 is knowledge, level 2 practice (in IGMA's terms).
///
/// A module without levels still holds its exercises in one level whose `number` is `nil`, so
/// that every traversal goes module → topic → level → exercise.
public struct Level: Hashable, Sendable, Codable {
    /// `nil` for the implicit level of a module without levels.
    public var number: Int?
    /// A name written after the number (`### Niveau 2: Praktijk`).
    public var name: String?
    public var introduction: [TextBlock]
    public var goals: [Goal]
    public var exercises: [Exercise]
    public var location: SourceLocation

    public init(number: Int?, name: String? = nil, location: SourceLocation) {
        self.number = number
        self.name = name
        self.introduction = []
        self.goals = []
        self.exercises = []
        self.location = location
    }

    public var isImplicit: Bool { number == nil }

    public var totalMinutes: Duration {
        exercises.reduce(.zero) { $0 + $1.minutes }
    }
}
