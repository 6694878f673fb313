/// One block of an `ExportDocument`: a section, a heading, a paragraph, a list, a table.
public indirect enum DocumentNode: Hashable, Sendable {
    case section(Section)
    /// Level 1 is the document's title; levels never skip when going down.
    case heading(level: Int, [InlineSpan], anchor: String?)
    case paragraph([InlineSpan], style: ParagraphStyle)
    case list(List)
    case table(Table)
    /// Label–value pairs: the cover's date and place, an exercise's timing.
    case details([Detail])
    /// Empty ruled lines to write on (the notes page); plain formats print a few lines.
    case writingLines(Int)

    public static func heading(_ level: Int, _ text: String, anchor: String? = nil) -> DocumentNode {
        .heading(level: level, [.text(text)], anchor: anchor)
    }

    public static func paragraph(_ spans: [InlineSpan]) -> DocumentNode { .paragraph(spans, style: .body) }

    public enum ParagraphStyle: Hashable, Sendable {
        case body
        /// Larger text under a title: a plan's subtitle, an introduction's first line.
        case lead
        /// Small print: where annexes are kept, how copies were counted.
        case small
    }

    /// A part of the document with a role that tells renderers how to set it.
    public struct Section: Hashable, Sendable {
        public enum Role: String, Hashable, Sendable {
            case cover, agenda, exercise, checklist, notes, contents, module, topic, level, part
        }

        public var role: Role
        /// A fragment identifier (`ex-1-A-1-1`) that the contents and the agenda link to.
        public var anchor: String?
        /// Whether print output starts it on a new page.
        public var startsPage: Bool
        public var nodes: [DocumentNode]

        public init(_ role: Role, anchor: String? = nil, startsPage: Bool = false, nodes: [DocumentNode]) {
            self.role = role
            self.anchor = anchor
            self.startsPage = startsPage
            self.nodes = nodes
        }
    }

    /// A bulleted, numbered or check-box list.
    public struct List: Hashable, Sendable {
        public enum Style: Hashable, Sendable { case bullets, numbers, checkboxes }

        public var style: Style
        public var items: [Item]

        public init(_ style: Style, items: [Item]) {
            self.style = style
            self.items = items
        }

        public struct Item: Hashable, Sendable {
            public var spans: [InlineSpan]
            /// A marker written by the author that numbering would lose (`a`, `b`).
            public var marker: String?
            /// A note set apart after the text: a step's time (`15 min · 09:15`).
            public var aside: String?
            public var children: List?

            public init(_ spans: [InlineSpan], marker: String? = nil, aside: String? = nil, children: List? = nil) {
                self.spans = spans
                self.marker = marker
                self.aside = aside
                self.children = children
            }
        }
    }

    /// A table with a header row; the first column may head its rows.
    public struct Table: Hashable, Sendable {
        public var caption: String?
        public var header: [String]
        public var rows: [Row]
        /// Whether the first cell of each row is a row header (`<th scope="row">`).
        public var firstColumnIsHeader: Bool
        /// Columns set right-aligned: numbers.
        public var numericColumns: Set<Int>

        public init(
            caption: String? = nil, header: [String], rows: [Row], firstColumnIsHeader: Bool = false,
            numericColumns: Set<Int> = []
        ) {
            self.caption = caption
            self.header = header
            self.rows = rows
            self.firstColumnIsHeader = firstColumnIsHeader
            self.numericColumns = numericColumns
        }

        public struct Row: Hashable, Sendable {
            /// A break or lunch row in an agenda is set quieter than an exercise row.
            public var isQuiet: Bool
            public var cells: [[InlineSpan]]

            public init(_ cells: [[InlineSpan]], isQuiet: Bool = false) {
                self.cells = cells
                self.isQuiet = isQuiet
            }
        }
    }

    /// One label and its value.
    public struct Detail: Hashable, Sendable {
        public var label: String
        public var value: [InlineSpan]

        public init(_ label: String, _ value: [InlineSpan]) {
            self.label = label
            self.value = value
        }

        public init(_ label: String, _ text: String) {
            self.init(label, [.text(text)])
        }
    }
}
