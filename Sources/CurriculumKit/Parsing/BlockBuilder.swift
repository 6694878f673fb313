/// Groups scanned lines into paragraphs and (nested) lists.
///
/// Follows Markdown where it matters to authors: a line right after a list item continues it
/// (lazy continuation), an item indented deeper than the one before nests under it, a blank line
/// ends a paragraph.
///
/// Runs for every line of every file, so it keeps positions rather than text while a block is
/// open: each line's text is a piece (a byte range of the scanner's comment-free bytes), the pieces
/// of one paragraph or item are chained, and the block's `String` is made once, when the block is
/// finished. Line by line appending cost more than everything else the parser does.
struct BlockBuilder {
    /// One line's text; `next` chains the pieces of one paragraph or item (-1 ends the chain).
    private struct Piece {
        var start: Int
        var end: Int
        var collapses: Bool
        var next: Int
    }

    /// How pieces are joined: a paragraph always puts a space between its lines; an item only once
    /// it has text (an item may start empty, `- ` alone on its line).
    private enum Joining { case paragraph, item }

    /// A chain of pieces.
    private struct Chain {
        var first: Int
        var last: Int
    }

    private struct FlatItem {
        var indent: Int
        /// The column (0-based) where the item's text starts: deeper lines continue it.
        var contentIndent: Int
        var marker: ListItem.Marker
        var text: Chain
        var line: Int
        var column: Int
        var textColumn: Int
        /// The last piece of the item's first paragraph, once a blank line has been continued past
        /// it (-1 while the item is one paragraph).
        var leadLast = -1
    }

    private enum Open { case nothing, paragraph, list }

    private var blocks: [TextBlock] = []
    private var open = Open.nothing
    private var pieces: [Piece] = []
    private var paragraph = Chain(first: 0, last: 0)
    private var paragraphLocation = SourceLocation(file: "", line: 0, column: 0)
    private var items: [FlatItem] = []
    /// The scanner's bytes and file, taken from the first line added.
    private var bytes: [UInt8] = []
    private var file = ""
    private var blankSinceLast = false

    /// Starts with the text on a label's line, when there is any.
    mutating func addInline(_ line: ScannedLine, scanner: LineScanner, at location: SourceLocation) {
        guard line.contentStart < line.contentEnd else { return }
        let collapses = scanner.needsCollapsing(from: line.contentStart, to: line.contentEnd)
        // Text of nothing but (non-ASCII) white space reads as no text, as when it is absent.
        if scanner.bytes.withBufferView({ $0.mayBeBlank(in: line.contentStart..<line.contentEnd) }),
            scanner.content(of: line).isEmpty
        {
            return
        }
        flush()
        adopt(scanner)
        open = .paragraph
        paragraph = startChain(line.contentStart, line.contentEnd, collapses)
        paragraphLocation = location
        blankSinceLast = false
    }

    mutating func add(_ line: ScannedLine, scanner: LineScanner) {
        switch line.kind {
        case .blank:
            blankSinceLast = true
        case .comment:
            break
        case .listItem(let marker):
            // An unindented item after a blank line following a paragraph starts a new list;
            // after a blank line between items, the list goes on (a loose list).
            if open != .list {
                flush()
                adopt(scanner)
                open = .list
            }
            let text = startChain(
                line.contentStart, line.contentEnd,
                scanner.needsCollapsing(from: line.contentStart, to: line.contentEnd))
            items.append(
                FlatItem(
                    indent: line.indent, contentIndent: line.indent + (line.contentStart - line.markerStart),
                    marker: marker.model,
                    text: text, line: line.number,
                    column: scanner.column(line, at: line.markerStart),
                    textColumn: scanner.column(line, at: line.contentStart)))
            blankSinceLast = false
        default:
            let collapses = scanner.needsCollapsing(from: line.markerStart, to: line.contentEnd)
            // A line right after an item continues it; after a blank line, an indented line
            // continues the innermost open item whose text starts at or before its indent.
            var target: Int?
            if open == .list {
                target =
                    !blankSinceLast
                    ? items.count - 1 : (line.indent > 0 ? Self.owner(ofIndent: line.indent, in: items) : nil)
            }
            if let target {
                if blankSinceLast, items[target].leadLast < 0 { items[target].leadLast = items[target].text.last }
                items[target].text.last = append(
                    after: items[target].text.last, line.markerStart, line.contentEnd, collapses)
            } else if open == .paragraph, !blankSinceLast {
                paragraph.last = append(after: paragraph.last, line.markerStart, line.contentEnd, collapses)
            } else {
                flush()
                adopt(scanner)
                open = .paragraph
                paragraph = startChain(line.markerStart, line.contentEnd, collapses)
                paragraphLocation = scanner.location(line, at: line.markerStart)
            }
            blankSinceLast = false
        }
    }

    private mutating func adopt(_ scanner: LineScanner) {
        if file.isEmpty {
            bytes = scanner.bytes
            file = scanner.source.path
        }
    }

    private mutating func startChain(_ start: Int, _ end: Int, _ collapses: Bool) -> Chain {
        pieces.append(Piece(start: start, end: end, collapses: collapses, next: -1))
        return Chain(first: pieces.count - 1, last: pieces.count - 1)
    }

    /// Adds a piece after the piece `last` of a chain; returns the chain's new last piece.
    private mutating func append(after last: Int, _ start: Int, _ end: Int, _ collapses: Bool) -> Int {
        pieces.append(Piece(start: start, end: end, collapses: collapses, next: -1))
        pieces[last].next = pieces.count - 1
        return pieces.count - 1
    }

    /// The text of a chain: each piece's text (white space collapsed where it needs it), joined
    /// by single spaces, made into one `String`. Stops after the chain's last piece, so a chain
    /// ending early (an item's first paragraph) reads only its own pieces.
    private func text(of chain: Chain, joining: Joining) -> String {
        var length = 0
        var index = chain.first
        var pieceCount = 0
        var collapses = false
        while index >= 0 {
            length += pieces[index].end - pieces[index].start
            collapses = collapses || pieces[index].collapses
            pieceCount += 1
            index = index == chain.last ? -1 : pieces[index].next
        }
        return bytes.withBufferView { source in
            if pieceCount == 1, !collapses {
                let piece = pieces[chain.first]
                return source.string(in: piece.start..<piece.end)
            }
            return String(utf8Capacity: length + pieceCount) { target in
                var count = 0
                var index = chain.first
                var first = true
                while index >= 0 {
                    let piece = pieces[index]
                    if !first, joining == .paragraph || count > 0 {
                        target[count] = 0x20
                        count += 1
                    }
                    if piece.collapses {
                        // Collapsing only ever shortens the text, so it still fits.
                        let collapsed = source.string(in: piece.start..<piece.end).collapsingWhitespace()
                        count = collapsed.withByteView { target.write($0, at: count) }
                    } else {
                        count = target.write(source.extracting(piece.start..<piece.end), at: count)
                    }
                    first = false
                    index = index == chain.last ? -1 : piece.next
                }
                return count
            }
        }
    }

    /// Empties the builder for the next field, keeping its storage.
    mutating func reset() {
        blocks = []
        open = .nothing
        pieces.removeAll(keepingCapacity: true)
        items.removeAll(keepingCapacity: true)
        blankSinceLast = false
    }

    /// The item an indented line continues: walks from the last item out through its parents.
    private static func owner(ofIndent indent: Int, in items: [FlatItem]) -> Int? {
        guard var index = items.indices.last else { return nil }
        var fallback: Int?
        while true {
            if items[index].contentIndent <= indent { return index }
            if items[index].indent < indent, fallback == nil { fallback = index }
            // The parent: the nearest earlier item indented less.
            guard let parent = items[..<index].lastIndex(where: { $0.indent < items[index].indent }) else {
                return fallback
            }
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
            if blocks.capacity == 0 { blocks.reserveCapacity(4) }
            blocks.append(.paragraph(text(of: paragraph, joining: .paragraph), paragraphLocation))
        case .list:
            var index = 0
            if blocks.capacity == 0 { blocks.reserveCapacity(4) }
            blocks.append(.list(nest(from: &index, parentIndent: -1)))
            items.removeAll(keepingCapacity: true)
        case .nothing:
            break
        }
        pieces.removeAll(keepingCapacity: true)
        open = .nothing
    }

    /// Builds the tree: an item is a child of the nearest earlier item indented less.
    private func nest(from index: inout Int, parentIndent: Int) -> [ListItem] {
        var result: [ListItem] = []
        result.reserveCapacity(items.count - index)
        var siblingIndent: Int?
        while index < items.count {
            let item = items[index]
            if item.indent <= parentIndent { break }
            if let siblingIndent, item.indent > siblingIndent, !result.isEmpty {
                let children = nest(from: &index, parentIndent: siblingIndent)
                // Nearly always the item's first children: taking the array whole moves its buffer,
                // where `+=` would copy every child (and their texts' references) and free the rest.
                if result[result.count - 1].children.isEmpty {
                    result[result.count - 1].children = children
                } else {
                    result[result.count - 1].children += children
                }
                continue
            }
            siblingIndent = siblingIndent.map { min($0, item.indent) } ?? item.indent
            result.append(
                ListItem(
                    marker: item.marker, text: text(of: item.text, joining: .item),
                    location: SourceLocation(file: file, line: item.line, column: item.column),
                    textLocation: SourceLocation(file: file, line: item.line, column: item.textColumn),
                    lead: item.leadLast < 0
                        ? nil : text(of: Chain(first: item.text.first, last: item.leadLast), joining: .item)))
            index += 1
        }
        return result
    }
}
