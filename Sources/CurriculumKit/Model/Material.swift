/// A physical thing to bring into the room: a flip-over, post-its, pens.
public struct Material: Hashable, Sendable, Codable {
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
