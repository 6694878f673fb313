/// One entry of the import report: a repair the importer made, or a doubt it leaves to a person.
public struct BookNote: Equatable, Sendable {
    /// Whether the importer changed something or only points at it.
    public enum Kind: String, Equatable, Sendable {
        /// The book's text was changed to a reading the context supports.
        case repair
        /// The importer could not decide; a person must look.
        case doubt
    }

    public var kind: Kind
    /// The book's line number.
    public var line: Int
    /// Where in the curriculum: `1.A.1.1`, `module 2`, or empty for the book as a whole.
    public var element: String
    /// What the book says.
    public var says: String
    /// What the importer did or why it doubts.
    public var action: String

    public init(_ kind: Kind, line: Int, element: String, says: String, action: String) {
        self.kind = kind
        self.line = line
        self.element = element
        self.says = says
        self.action = action
    }
}
