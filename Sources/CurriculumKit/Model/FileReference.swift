/// A file named in another file, with where it was named: lets `check` point at the line that
/// lists a missing file.
public struct FileReference: Hashable, Sendable, Codable {
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}
