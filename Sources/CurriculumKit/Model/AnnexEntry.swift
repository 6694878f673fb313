/// One annex in the catalogue: the document that references resolve to.
public struct AnnexEntry: Hashable, Sendable, Codable {
    public var id: AnnexID
    public var title: String?
    public var target: AnnexTarget?
    public var written: String
    public var location: SourceLocation
    /// The kind the author wrote (`[tonen]` at the end of the entry); `nil`: inferred from the
    /// title and target (`AnnexKind.inferred`).
    public var kind: AnnexKind?

    public init(
        id: AnnexID, title: String?, target: AnnexTarget?, written: String, location: SourceLocation,
        kind: AnnexKind? = nil
    ) {
        self.id = id
        self.title = title
        self.target = target
        self.written = written
        self.location = location
        self.kind = kind
    }
}
