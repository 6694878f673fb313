/// One item of a list, with its marker kind and nested items.
public struct ListItem: Hashable, Sendable, Codable {
    public enum Marker: Hashable, Sendable, Codable {
        case bullet
        /// `1.` or `1)`.
        case number(Int)
        /// `a.` or `a)`.
        case letter(Character)

        enum CodingKeys: CodingKey { case bullet, number, letter }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let n = try? container.decode(Int.self) {
                self = .number(n)
                return
            }
            let text = try container.decode(String.self)
            if text == "-" { self = .bullet } else { self = .letter(text.first ?? "a") }
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .bullet: try container.encode("-")
            case .number(let n): try container.encode(n)
            case .letter(let c): try container.encode(String(c))
            }
        }
    }

    public var marker: Marker
    public var text: String
    public var children: [ListItem]
    /// Where the marker starts.
    public var location: SourceLocation
    /// Where the text after the marker starts: diagnostics about the text point here.
    public var textLocation: SourceLocation
    /// The item's first paragraph, when later paragraphs (after a blank line) continue it; `nil`
    /// for a one-paragraph item. A step's time written at the end of its first paragraph
    /// (`… (45')` followed by a note) belongs to the step, though `text` no longer ends in it.
    public var lead: String?

    public init(
        marker: Marker, text: String, children: [ListItem] = [], location: SourceLocation,
        textLocation: SourceLocation? = nil, lead: String? = nil
    ) {
        self.marker = marker
        self.text = text
        self.children = children
        self.location = location
        self.textLocation = textLocation ?? location
        self.lead = lead
    }

    public var plainText: String {
        ([text] + children.map(\.plainText)).joined(separator: "\n")
    }
}

extension ListItem {
    /// Whether the item's text and all its children's are white space.
    public var isBlank: Bool { text.isWhiteSpace && children.allSatisfy(\.isBlank) }
}
