/// One completion the editor can offer: what to show, what it inserts and where.
public struct CompletionCandidate: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case fieldLabel
        case annex
        case exercise
        case duration
    }

    public var label: String
    public var detail: String?
    public var kind: Kind
    public var insertText: String
    /// The text the completion replaces (on the cursor's line); `nil` inserts at the cursor.
    public var replacing: SourceRange?
    /// Orders the list: the likeliest candidate first.
    public var sortText: String

    public init(
        label: String, detail: String? = nil, kind: Kind, insertText: String, replacing: SourceRange? = nil,
        sortText: String
    ) {
        self.label = label
        self.detail = detail
        self.kind = kind
        self.insertText = insertText
        self.replacing = replacing
        self.sortText = sortText
    }
}
