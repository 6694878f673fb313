/// A piece of free text: a paragraph or a list, as written in a field or an introduction.
///
/// Inline Markdown (emphasis, links) is kept verbatim in the strings; exporters decide how to show
/// it. Lines of one paragraph are joined with single spaces.
public enum TextBlock: Hashable, Sendable, Codable {
    case paragraph(String, SourceLocation)
    case list([ListItem])

    public var location: SourceLocation? {
        switch self {
        case .paragraph(_, let location): return location
        case .list(let items): return items.first?.location
        }
    }

    /// All the words in the block, for searching and goal matching.
    public var plainText: String {
        switch self {
        case .paragraph(let text, _): return text
        case .list(let items): return items.map(\.plainText).joined(separator: "\n")
        }
    }
}

extension Array where Element == TextBlock {
    /// The blocks as plain text, paragraphs separated by blank lines.
    public var plainText: String { map(\.plainText).joined(separator: "\n\n") }

    /// Whether there are no words at all.
    public var isBlank: Bool { allSatisfy(\.isBlank) }
}

extension TextBlock {
    /// Whether every text in the block is white space: the block's plain text would be. Asked of
    /// every exercise's feedback by `check`, so it reads the texts in place instead of joining them.
    public var isBlank: Bool {
        switch self {
        case .paragraph(let text, _): return text.isWhiteSpace
        case .list(let items): return items.allSatisfy(\.isBlank)
        }
    }
}

extension String {
    /// Whether every character is white space, read on the bytes until a non-ASCII byte leaves it
    /// to `Character` (a no-break space is white space; a combining mark may join a space).
    var isWhiteSpace: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return allSatisfy(\.isWhitespace) }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
        }
        return true
    }
}
