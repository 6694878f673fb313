/// One value read by `YAMLReader`: a scalar, a list of values or a mapping, with the line it
/// starts on so that whoever uses the value can point at it.
public struct YAMLNode: Equatable, Sendable {
    /// What the node holds.
    public enum Value: Equatable, Sendable {
        /// Nothing after the colon (`learners:`), or a `~` / `null`.
        case null
        /// A plain or quoted scalar, as text (quotes removed, escapes resolved).
        case scalar(String)
        /// A block sequence (`- item` lines).
        case sequence([YAMLNode])
        /// A block mapping, its keys in the order written.
        case mapping([Entry])
    }

    /// One key of a mapping and its value.
    public struct Entry: Equatable, Sendable {
        /// The key, as written (unquoted).
        public var key: String
        /// The key's value.
        public var node: YAMLNode
        /// An entry of `key` and its value.
        public init(key: String, node: YAMLNode) {
            self.key = key
            self.node = node
        }
    }

    /// What the node holds.
    public var value: Value
    /// The 1-based line where the value (or, for an empty value, its key) is written.
    public var line: Int

    /// A node holding `value`, written at `line`.
    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }

    /// The value under `key` when this node is a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.node
    }

    /// The text of a scalar; `nil` for anything else.
    public var scalar: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }
}
