/// A run of inline text in an export: plain words, emphasis, code or a link.
///
/// Curriculum text keeps its inline Markdown verbatim (`*nadruk*`, `[site](https://…)`);
/// `InlineMarkdown` reads it into spans once, and each renderer writes the spans its own way with
/// its own escaping. Nothing in a span is trusted: the HTML renderer escapes every string, and a
/// link keeps its target only when `InlineMarkdown.isSafeLinkTarget` allows it.
public indirect enum InlineSpan: Hashable, Sendable {
    case text(String)
    case emphasis([InlineSpan])
    case strong([InlineSpan])
    case code(String)
    /// A link whose target passed `InlineMarkdown.isSafeLinkTarget`.
    case link([InlineSpan], target: String)

    /// The words without any markup: for plain text, titles and searching.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): return text
        case .emphasis(let spans), .strong(let spans): return spans.plainText
        case .link(let spans, _): return spans.plainText
        }
    }
}

extension Array where Element == InlineSpan {
    public var plainText: String { map(\.plainText).joined() }
}
