/// One annex in the catalogue: the document that references resolve to.
public struct AnnexEntry: Hashable, Sendable, Codable {
    public var id: AnnexID
    public var title: String?
    public var target: AnnexTarget?
    public var written: String
    public var location: SourceLocation

    public init(id: AnnexID, title: String?, target: AnnexTarget?, written: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.target = target
        self.written = written
        self.location = location
    }
}
