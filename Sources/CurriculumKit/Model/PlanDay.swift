/// One course day of a plan: an optional heading (`## Dag 2`) and its items in order.
public struct PlanDay: Hashable, Sendable, Codable {
    /// The heading text, when the day has one (`Dag 2`).
    public var heading: String?
    public var items: [PlanItem]
    /// Where the day's heading or separator is, or its first item.
    public var location: SourceLocation?

    public init(heading: String? = nil, items: [PlanItem] = [], location: SourceLocation? = nil) {
        self.heading = heading
        self.items = items
        self.location = location
    }
}
