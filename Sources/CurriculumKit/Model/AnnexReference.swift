/// A citation of an annex in an exercise: `1.A.1.1 bijlage 1: De 6 rollen van de casemanager`.
public struct AnnexReference: Hashable, Sendable, Codable {
    public var id: AnnexID
    /// The title the citing author gave, if any.
    public var title: String?
    public var target: AnnexTarget?
    /// The reference exactly as written (`1.A.1.1. Bijlage 1`), for quoting it back.
    public var written: String
    /// Where the ID starts.
    public var location: SourceLocation

    public init(id: AnnexID, title: String?, target: AnnexTarget? = nil, written: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.target = target
        self.written = written
        self.location = location
    }
}
