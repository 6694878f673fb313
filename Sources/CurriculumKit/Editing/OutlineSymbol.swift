/// One entry of a file's outline: a module, topic, level or exercise, with its time and the
/// entries below it.
public struct OutlineSymbol: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case module
        case topic
        case level
        case exercise
    }

    public var name: String
    /// The time: an exercise's duration, the total of a module, topic or level.
    public var detail: String
    public var kind: Kind
    /// The heading line.
    public var range: SourceRange
    public var children: [OutlineSymbol]

    public init(name: String, detail: String, kind: Kind, range: SourceRange, children: [OutlineSymbol] = []) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.children = children
    }
}
