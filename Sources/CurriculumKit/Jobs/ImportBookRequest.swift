/// What `import book` is asked to do: read one course book, write one curriculum folder.
public struct ImportBookRequest: Sendable {
    /// The book as `pdftotext` gives it.
    public var book: String
    /// The curriculum folder to create.
    public var output: String
    /// The language of the labels to write; the book's own when `nil`.
    public var language: Language?
    /// Whether an existing output folder may be replaced (`--force`).
    public var force: Bool

    public init(book: String, output: String, language: Language? = nil, force: Bool = false) {
        self.book = book
        self.output = output
        self.language = language
        self.force = force
    }
}
