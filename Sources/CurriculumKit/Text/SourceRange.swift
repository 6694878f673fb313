/// A span of text in one file: where a diagnostic points and what the caret underlines.
///
/// The end is exclusive and on the same line as the start or later; a range whose end equals its
/// start marks a single position.
public struct SourceRange: Hashable, Sendable, Codable {
    public var start: SourceLocation
    /// The line of the first character after the range.
    public var endLine: Int
    /// The column of the first character after the range.
    public var endColumn: Int

    public init(start: SourceLocation, endLine: Int, endColumn: Int) {
        self.start = start
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// A range covering `length` characters from `start` on its line.
    public init(start: SourceLocation, length: Int) {
        self.init(start: start, endLine: start.line, endColumn: start.column + max(length, 0))
    }

    public var file: String { start.file }
}
