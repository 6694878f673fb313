/// A learning goal: what participants know or can do after an exercise, a level or a module.
public struct Goal: Hashable, Sendable, Codable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
