/// The list of annexes a curriculum has, kept in one file (`annexes.md`).
public struct AnnexCatalogue: Hashable, Sendable, Codable {
    public var file: String
    public var title: String?
    /// Where annexes without a location of their own are kept (`Locatie:`).
    public var defaultLocation: String?
    public var entries: [AnnexEntry]

    public init(file: String, title: String? = nil, defaultLocation: String? = nil, entries: [AnnexEntry] = []) {
        self.file = file
        self.title = title
        self.defaultLocation = defaultLocation
        self.entries = entries
    }

    /// The first entry with this ID.
    public func entry(id: AnnexID) -> AnnexEntry? {
        entries.first { $0.id == id }
    }

    /// The index of the first entry of each ID: for callers that look up many references (a
    /// booklet of 2,000 exercises looked each one up along the whole list, most of its time).
    public var firstIndexByID: [AnnexID: Int] {
        var index: [AnnexID: Int] = [:]
        index.reserveCapacity(entries.count)
        for position in entries.indices where index[entries[position].id] == nil {
            index[entries[position].id] = position
        }
        return index
    }
}
