/// Groups scanned lines into paragraphs and (nested) lists.
///
/// Follows Markdown where it matters to authors: a line right after a list item continues it
/// (lazy continuation), an item indented deeper than the one before nests under it, a blank line
/// ends a paragraph.
struct BlockBuilder {
    private struct FlatItem {
        var indent: Int
        /// The column (0-based) where the item's text starts: deeper lines continue it.
        var contentIndent: Int
        var marker: ListItem.Marker
        var text: String
        var location: SourceLocation
        var textLocation: SourceLocation
    }

    private enum Pending {
        case paragraph(String, SourceLocation)
        case list([FlatItem])
    }

    private var blocks: [TextBlock] = []
    private var pending: Pending?
    private var blankSinceLast = false

    /// Starts with the text on a label's line, when there is any.
    mutating func addInline(_ text: String, at location: SourceLocation) {
        guard !text.isEmpty else { return }
        flush()
        pending = .paragraph(text, location)
        blankSinceLast = false
    }

    mutating func add(_ line: ScannedLine, scanner: LineScanner) {
        switch line.kind {
        case .blank:
            blankSinceLast = true
        case .comment:
            break
        case .listItem(let marker):
            let item = FlatItem(indent: line.indent, contentIndent: line.indent + (line.contentStart - line.markerStart), marker: marker.model, text: scanner.content(of: line),
                                location: scanner.location(line, at: line.markerStart),
                                textLocation: scanner.location(line, at: line.contentStart))
            if case .list(var items) = pending {
                // An unindented item after a blank line following a paragraph starts a new list;
                // after a blank line between items, the list goes on (a loose list). `pending` lets
                // go of the array first, so that appending does not copy it (a catalogue is one list
                // of hundreds of items).
                pending = nil
                items.append(item)
                pending = .list(items)
            } else {
                flush()
                pending = .list([item])
            }
            blankSinceLast = false
        default:
            let text = scanner.text(from: line.markerStart, to: line.contentEnd)
            let location = scanner.location(line, at: line.markerStart)
            // A line right after an item continues it; after a blank line, an indented line
            // continues the innermost open item whose text starts at or before its indent.
            var target: Int?
            if case .list(let items) = pending {
                target = !blankSinceLast ? items.count - 1 : (line.indent > 0 ? Self.owner(ofIndent: line.indent, in: items) : nil)
            }
            switch pending {
            case .list(var items) where target != nil:
                guard let target else { break }
                pending = nil
                if !items[target].text.isEmpty { items[target].text += " " }
                items[target].text += text
                pending = .list(items)
            case .paragraph(var existing, let start) where !blankSinceLast:
                pending = nil
                existing += " "
                existing += text
                pending = .paragraph(existing, start)
            default:
                flush()
                pending = .paragraph(text, location)
            }
            blankSinceLast = false
        }
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
        switch pending {
        case .paragraph(let text, let location):
            blocks.append(.paragraph(text, location))
        case .list(let items):
            var index = 0
            blocks.append(.list(Self.nest(items, from: &index, parentIndent: -1)))
        case nil:
            break
        }
        pending = nil
    }

    /// Builds the tree: an item is a child of the nearest earlier item indented less.
    private static func nest(_ items: [FlatItem], from index: inout Int, parentIndent: Int) -> [ListItem] {
        var result: [ListItem] = []
        var siblingIndent: Int?
        while index < items.count {
            let item = items[index]
            if item.indent <= parentIndent { break }
            if let siblingIndent, item.indent > siblingIndent, !result.isEmpty {
                let children = nest(items, from: &index, parentIndent: siblingIndent)
                result[result.count - 1].children += children
                continue
            }
            siblingIndent = siblingIndent.map { min($0, item.indent) } ?? item.indent
            result.append(ListItem(marker: item.marker, text: item.text, location: item.location, textLocation: item.textLocation))
            index += 1
        }
        return result
    }
}
