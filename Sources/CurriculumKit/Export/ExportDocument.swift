/// A handout or booklet laid out once, independently of the output format.
///
/// `HandoutBuilder` and `BookletBuilder` decide what goes in and in which order; `HTMLRenderer`,
/// `MarkdownRenderer` and `DocumentTextRenderer` only decide how it looks. So the three formats
/// never disagree about content, and a fourth format is one more renderer.
public struct ExportDocument: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case trainerHandout = "trainer-handout"
        case participantHandout = "participant-handout"
        case booklet
    }

    /// The document's title: the browser tab, the PDF's metadata.
    public var title: String
    public var language: Language
    public var kind: Kind
    public var nodes: [DocumentNode]

    public init(title: String, language: Language, kind: Kind, nodes: [DocumentNode]) {
        self.title = title
        self.language = language
        self.kind = kind
        self.nodes = nodes
    }

    /// Every heading's text in document order, with its level: for tests and tables of contents.
    public var headings: [(level: Int, text: String)] {
        var result: [(Int, String)] = []
        func visit(_ nodes: [DocumentNode]) {
            for node in nodes {
                switch node {
                case .heading(let level, let spans, _): result.append((level, spans.plainText))
                case .section(let section): visit(section.nodes)
                default: break
                }
            }
        }
        visit(nodes)
        return result
    }
}
