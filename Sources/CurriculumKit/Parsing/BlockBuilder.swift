/// Groups scanned lines into paragraphs and (nested) lists.
///
/// Follows Markdown where it matters to authors: a line right after a list item continues it
/// (lazy continuation), an item indented deeper than the one before nests under it, a blank line
/// ends a paragraph.
///
/// Runs for every line of every file, so the open paragraph and the open list are plain stored
/// properties that grow in place, and a pending item keeps its position as numbers; the
/// `SourceLocation`s (which carry the file name) are made once, when the list is finished.
struct BlockBuilder {
    private struct FlatItem {
        var indent: Int
        /// The column (0-based) where the item's text starts: deeper lines continue it.
        var contentIndent: Int
        var marker: ListItem.Marker
        var text: String
        var line: Int
        var column: Int
        var textColumn: Int
    }

    private enum Open { case nothing, paragraph, list }

    private var blocks: [TextBlock] = []
    private var open = Open.nothing
    private var paragraph = ""
    private var paragraphLocation = SourceLocation(file: "", line: 0, column: 0)
    private var items: [FlatItem] = []
    private var file = ""
    private var blankSinceLast = false

    /// Starts with the text on a label's line, when there is any.
    mutating func addInline(_ text: String, at location: SourceLocation) {
        guard !text.isEmpty else { return }
        flush()
        startParagraph(text, at: location)
        blankSinceLast = false
    }

    mutating func add(_ line: ScannedLine, scanner: LineScanner) {
        switch line.kind {
        case .blank:
            blankSinceLast = true
        case .comment:
            break
        case .listItem(let marker):
            let item = FlatItem(indent: line.indent, contentIndent: line.indent + (line.contentStart - line.markerStart), marker: marker.model,
                                text: scanner.content(of: line), line: line.number,
                                column: scanner.column(line, at: line.markerStart), textColumn: scanner.column(line, at: line.contentStart))
            // An unindented item after a blank line following a paragraph starts a new list;
            // after a blank line between items, the list goes on (a loose list).
            if open != .list {
                flush()
                open = .list
                file = scanner.source.path
            }
            items.append(item)
            blankSinceLast = false
        default:
            let text = scanner.text(from: line.markerStart, to: line.contentEnd)
            // A line right after an item continues it; after a blank line, an indented line
            // continues the innermost open item whose text starts at or before its indent.
            var target: Int?
            if open == .list {
                target = !blankSinceLast ? items.count - 1 : (line.indent > 0 ? Self.owner(ofIndent: line.indent, in: items) : nil)
            }
            if let target {
                if !items[target].text.isEmpty { items[target].text += " " }
                items[target].text += text
            } else if open == .paragraph, !blankSinceLast {
                paragraph += " "
                paragraph += text
            } else {
                flush()
                startParagraph(text, at: scanner.location(line, at: line.markerStart))
            }
            blankSinceLast = false
        }
    }

    private mutating func startParagraph(_ text: String, at location: SourceLocation) {
        open = .paragraph
        paragraph = text
        paragraphLocation = location
    }

    /// The item an indented line continues: walks from the last item out through its parents.
    private static func owner(ofIndent indent: Int, in items: [FlatItem]) -> Int? {
        guard var index = items.indices.last else { return nil }
        var fallback: Int?
        while true {
            if items[index].contentIndent <= indent { return index }
            if items[index].indent < indent, fallback == nil { fallback = index }
            // The parent: the nearest earlier item indented less.
            guard let parent = items[..<index].lastIndex(where: { $0.indent < items[index].indent }) else { return fallback }
            index = parent
        }
    }

    /// The blocks gathered so far; the builder is spent afterwards.
    mutating func finish() -> [TextBlock] {
        flush()
        return blocks
    }

    private mutating func flush() {
        switch open {
        case .paragraph:
            blocks.append(.paragraph(paragraph, paragraphLocation))
            paragraph = ""
        case .list:
            var index = 0
            blocks.append(.list(Self.nest(items, from: &index, parentIndent: -1, file: file)))
            items.removeAll(keepingCapacity: true)
        case .nothing:
            break
        }
        open = .nothing
    }

    /// Builds the tree: an item is a child of the nearest earlier item indented less.
    private static func nest(_ items: [FlatItem], from index: inout Int, parentIndent: Int, file: String) -> [ListItem] {
        var result: [ListItem] = []
        var siblingIndent: Int?
        while index < items.count {
            let item = items[index]
            if item.indent <= parentIndent { break }
            if let siblingIndent, item.indent > siblingIndent, !result.isEmpty {
                let children = nest(items, from: &index, parentIndent: siblingIndent, file: file)
                result[result.count - 1].children += children
                continue
            }
            siblingIndent = siblingIndent.map { min($0, item.indent) } ?? item.indent
            result.append(ListItem(marker: item.marker, text: item.text, location: SourceLocation(file: file, line: item.line, column: item.column),
                                   textLocation: SourceLocation(file: file, line: item.line, column: item.textColumn)))
            index += 1
        }
        return result
    }
}
