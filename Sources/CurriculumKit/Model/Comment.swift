/// An HTML comment in a curriculum file (`<!-- … -->`): kept so that errata notes and rule
/// suppressions stay attached to the place they were written.
public struct Comment: Hashable, Sendable, Codable {
    /// The text between `<!--` and `-->`, trimmed.
    public var text: String
    public var location: SourceLocation
    /// The line of the first non-blank, non-comment line after the comment (the element it
    /// annotates), or `nil` at the end of a file.
    public var annotatedLine: Int?

    public init(text: String, location: SourceLocation, annotatedLine: Int?) {
        self.text = text
        self.location = location
        self.annotatedLine = annotatedLine
    }

    /// Whether this records a departure from the source (`<!-- erratum: … -->`).
    public var isErratum: Bool {
        text.lowercased().hasPrefix("erratum")
    }
}
