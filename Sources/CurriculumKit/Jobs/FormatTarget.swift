/// One file `fmt` formats, and how to read it.
public struct FormatTarget: Sendable, Equatable {
    public var path: String
    public var role: FileRole
    /// The curriculum's language, or `nil` to take it from the file's own labels.
    public var language: Language?
    /// The manifest's `Notatie`: whether labels and durations keep their spelling.
    public var notation: Notation = .canonical
}
