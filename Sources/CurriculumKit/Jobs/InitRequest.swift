/// What `init` is asked to create: a new curriculum in a new or empty folder.
public struct InitRequest: Sendable {
    /// The folder to create the curriculum in.
    public var folder: String
    /// The curriculum's title; the template's own when `nil`.
    public var title: String?
    /// The language of the curriculum's labels and sample text.
    public var language: Language

    public init(folder: String, title: String? = nil, language: Language = .dutch) {
        self.folder = folder
        self.title = title
        self.language = language
    }
}
