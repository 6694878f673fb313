/// A field as it appeared in a file: which one, with which label, where, and whether it was empty.
///
/// Kept so that checks can point at the label a rule is about (a repeated field, an empty feedback)
/// and so that `fmt` knows how the author spelled it.
public struct FieldOccurrence: Hashable, Sendable, Codable {
    public var kind: FieldKind
    /// The label as written, without the colon: `Leerdoelen`.
    public var label: String
    public var location: SourceLocation
    public var isEmpty: Bool

    public init(kind: FieldKind, label: String, location: SourceLocation, isEmpty: Bool) {
        self.kind = kind
        self.label = label
        self.location = location
        self.isEmpty = isEmpty
    }
}
