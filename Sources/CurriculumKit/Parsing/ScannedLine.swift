/// One line of a file, classified by its first bytes: the unit the structure parsers work on.
struct ScannedLine: Sendable {
    enum Kind: Equatable, Sendable {
        case blank
        /// Nothing but a comment (or part of a multi-line comment).
        case comment
        /// `#` to `######`; the content is the heading text.
        case heading(depth: Int)
        /// A list item; the content is the text after the marker.
        case listItem(Marker)
        /// A known label at column 1; the content is the value after the colon.
        case field(FieldKind)
        /// Text at column 1 that looks like `Label: value` with a label the format does not know.
        case labelLike
        case text
    }

    /// A list marker without references, so that copying a line never touches reference counts.
    enum Marker: Equatable, Sendable {
        case bullet
        case number(Int)
        /// The ASCII letter of `a.`.
        case letter(UInt8)

        var model: ListItem.Marker {
            switch self {
            case .bullet: return .bullet
            case .number(let n): return .number(n)
            case .letter(let byte): return .letter(Character(Unicode.Scalar(byte)))
            }
        }
    }

    var number: Int
    var kind: Kind
    /// Leading white space in columns (a tab counts to the next multiple of four).
    var indent: Int
    /// Byte offset of the first byte of the line.
    var lineStart: Int
    /// Byte offset of the start of the marker, label or heading hashes (after the indent).
    var markerStart: Int
    /// Byte offsets of the content, trailing white space excluded.
    var contentStart: Int
    var contentEnd: Int
    /// For `.field` and `.labelLike`: the end of the label, before the colon.
    var labelEnd: Int

    var isBlankOrComment: Bool { kind == .blank || kind == .comment }

    /// In the annex catalogue, the lines after a field belong to it up to the next item, heading or
    /// field (`CatalogueParser`; `Formatter` places blank lines by the same rule).
    var endsCatalogueFieldText: Bool {
        switch kind {
        case .heading, .field, .listItem: return true
        default: return false
        }
    }
}
