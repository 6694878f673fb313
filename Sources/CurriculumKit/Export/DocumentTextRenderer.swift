/// Writes an `ExportDocument` as plain text wrapped at 80 columns, for an email body or a
/// terminal.
///
/// Headings are underlined (`=` for the title, `-` for sections), lists keep a hanging indent,
/// tables are drawn with aligned columns (the widest column wraps when the table would be too
/// wide), and a line of `=` marks where print would start a new page. Links print as
/// `text <address>`. The notes page is left out.
public struct DocumentTextRenderer: Sendable {
    public var width: Int

    public init(width: Int = 80) {
        self.width = max(40, width)
    }

    public func render(_ document: ExportDocument) -> String {
        var blocks: [String] = []
        for node in document.nodes { render(node, into: &blocks, exercise: nil) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Where a heading sits: an exercise's title is underlined with `-` whatever its level, the
    /// exercise's parts are set in capitals; elsewhere `=`, `-`, `~` by level, then capitals.
    private enum ExerciseState { case title, parts }

    private func render(_ node: DocumentNode, into blocks: inout [String], exercise: ExerciseState?) {
        switch node {
        case .section(let section):
            if section.role == .notes { return }
            if section.startsPage, !blocks.isEmpty { blocks.append(String(repeating: "=", count: width)) }
            var state: ExerciseState? = section.role == .exercise ? .title : exercise
            for child in section.nodes {
                render(child, into: &blocks, exercise: state)
                if case .heading = child, state == .title { state = .parts }
            }
        case .heading(let level, let spans, _):
            let text = Self.plain(spans)
            let wrapped = TextWrapper.wrap(text, width: width)
            let underline = min(width, wrapped.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0)
            switch (exercise, level) {
            case (.parts, _), (nil, 4...): blocks.append(TextWrapper.wrap(text.uppercased(), width: width))
            case (.title, _), (nil, 2): blocks.append(wrapped + "\n" + String(repeating: "-", count: underline))
            case (nil, 1): blocks.append(wrapped + "\n" + String(repeating: "=", count: underline))
            default: blocks.append(wrapped + "\n" + String(repeating: "~", count: underline))
            }
        case .paragraph(let spans, _):
            blocks.append(TextWrapper.wrap(Self.plain(spans), width: width))
        case .list(let list):
            blocks.append(render(list, indent: "").joined(separator: "\n"))
        case .table(let table):
            blocks.append(render(table))
        case .details(let details):
            let labelWidth = min(24, details.map { DisplayWidth.of($0.label) + 1 }.max() ?? 0)
            blocks.append(
                details.map { detail in
                    let label = (detail.label + ":").padding(toDisplayWidth: labelWidth + 2)
                    return TextWrapper.wrap(
                        Self.plain(detail.value), width: width, firstPrefix: label,
                        restPrefix: String(repeating: " ", count: DisplayWidth.of(label)))
                }.joined(separator: "\n"))
        case .writingLines:
            break
        }
    }

    private func render(_ list: DocumentNode.List, indent: String) -> [String] {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            let marker: String
            switch list.style {
            case .bullets: marker = item.marker.map { "\($0). " } ?? "- "
            case .numbers: marker = item.marker.map { "\($0). " } ?? "\(index + 1). "
            case .checkboxes: marker = "[ ] "
            }
            var text = Self.plain(item.spans)
            if let aside = item.aside { text += " [\(aside)]" }
            lines.append(
                TextWrapper.wrap(
                    text, width: width, firstPrefix: indent + marker,
                    restPrefix: indent + String(repeating: " ", count: marker.count)))
            if let children = item.children {
                lines += render(children, indent: indent + String(repeating: " ", count: marker.count))
            }
        }
        return lines
    }

    private func render(_ table: DocumentNode.Table) -> String {
        let columns = table.header.count
        let rows = table.rows.map { row in (0..<columns).map { $0 < row.cells.count ? Self.plain(row.cells[$0]) : "" } }
        var widths = (0..<columns).map { column in
            ([table.header[column]] + rows.map { $0[column] }).map { DisplayWidth.of($0) }.max() ?? 0
        }
        let gap = 2
        let available = width - gap * (columns - 1)
        // Shrink the widest column until the table fits (never below 12 columns).
        while widths.reduce(0, +) > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 12
        {
            widths[widest] -= 1
        }
        func line(_ cells: [String]) -> String {
            let wrapped = cells.enumerated().map { index, cell in
                TextWrapper.wrap(cell, width: widths[index]).split(separator: "\n", omittingEmptySubsequences: false)
                    .map(String.init)
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                wrapped.enumerated().map { index, cellLines in
                    let text = lineIndex < cellLines.count ? cellLines[lineIndex] : ""
                    if table.numericColumns.contains(index) {
                        return String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text))) + text
                    }
                    return index == columns - 1 ? text : text.padding(toDisplayWidth: widths[index])
                }.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces()
            }.joined(separator: "\n")
        }
        var out = [line(table.header)]
        out.append(
            widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        out += rows.map(line)
        return out.joined(separator: "\n")
    }

    /// Spans without markup; a link whose text is not its address is followed by `<address>`.
    static func plain(_ spans: [InlineSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text), .code(let text): return text
            case .emphasis(let inner), .strong(let inner): return plain(inner)
            case .link(let inner, let target):
                let text = plain(inner)
                return text == target || target.hasPrefix("#") ? text : "\(text) <\(target)>"
            }
        }.joined()
    }
}

extension String {
    /// Padded with spaces to a display width (wide characters count double).
    fileprivate func padding(toDisplayWidth target: Int) -> String {
        self + String(repeating: " ", count: max(0, target - DisplayWidth.of(self)))
    }

    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
