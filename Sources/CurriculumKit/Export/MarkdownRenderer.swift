/// Writes an `ExportDocument` as GitHub-flavoured Markdown: headings, pipe tables, task lists for
/// the checklist, a horizontal rule where print would start a new page.
///
/// Curriculum text is escaped for Markdown (`\*`, `\<`, `\|`…) after its own inline Markdown has
/// been read, so emphasis and links survive and a `<script>` shows as text. The notes page is
/// left out: it is a thing for paper.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ document: ExportDocument) -> String {
        var blocks: [String] = []
        for node in document.nodes { render(node, into: &blocks) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func render(_ node: DocumentNode, into blocks: inout [String]) {
        switch node {
        case .section(let section):
            if section.role == .notes { return }
            if section.startsPage, !blocks.isEmpty { blocks.append("---") }
            if let anchor = section.anchor,
                section.role == .exercise || section.role == .topic || section.role == .module
            {
                blocks.append("<a id=\"\(HTMLRenderer.escapeAttribute(anchor))\"></a>")
            }
            for child in section.nodes { render(child, into: &blocks) }
        case .heading(let level, let spans, _):
            blocks.append(String(repeating: "#", count: min(6, max(1, level))) + " " + Self.inline(spans))
        case .paragraph(let spans, let style):
            let text = Self.lineStart(Self.inline(spans))
            switch style {
            case .body: blocks.append(text)
            case .lead: blocks.append("**" + text + "**")
            case .small: blocks.append("<sub>" + text + "</sub>")
            }
        case .list(let list):
            blocks.append(render(list, indent: "").joined(separator: "\n"))
        case .table(let table):
            blocks.append(render(table))
        case .details(let details):
            blocks.append(
                details.map { "- **\(Self.escape($0.label)):** \(Self.inline($0.value))" }.joined(separator: "\n"))
        case .writingLines:
            break
        }
    }

    private func render(_ list: DocumentNode.List, indent: String) -> [String] {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            let marker: String
            switch list.style {
            case .bullets: marker = "- "
            case .numbers: marker = item.marker == nil ? "\(index + 1). " : "- "
            case .checkboxes: marker = "- [ ] "
            }
            var text = Self.inline(item.spans)
            if let letter = item.marker {
                text = Self.escape(letter) + ". " + text
            } else if list.style != .checkboxes {
                text = Self.lineStart(text)
            }
            if let aside = item.aside { text += " — *\(Self.escape(aside))*" }
            lines.append(indent + marker + text)
            if let children = item.children {
                lines += render(children, indent: indent + String(repeating: " ", count: marker.count))
            }
        }
        return lines
    }

    private func render(_ table: DocumentNode.Table) -> String {
        var lines: [String] = []
        if let caption = table.caption { lines.append("**\(Self.escape(caption))**\n") }
        lines.append("| " + table.header.map(Self.escape).joined(separator: " | ") + " |")
        lines.append(
            "|"
                + table.header.indices.map { table.numericColumns.contains($0) ? " ---: " : " --- " }.joined(
                    separator: "|") + "|")
        for row in table.rows {
            let cells = row.cells.map { cell -> String in
                let text = Self.inline(cell)
                return text.isEmpty ? " " : text
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// Spans as Markdown: emphasis as `*…*`, links as `[…](…)`, everything else escaped. A `!` just
    /// before a link is written `\!`, so that the link cannot turn into an image that a Markdown
    /// viewer would fetch.
    static func inline(_ spans: [InlineSpan]) -> String {
        spans.enumerated().map { offset, span in
            switch span {
            case .text(let text):
                let beforeLink: Bool
                if offset + 1 < spans.count, case .link = spans[offset + 1] {
                    beforeLink = true
                } else {
                    beforeLink = false
                }
                if beforeLink, text.hasSuffix("!") { return escape(String(text.dropLast())) + "\\!" }
                return escape(text)
            case .emphasis(let inner): return "*" + inline(inner) + "*"
            case .strong(let inner): return "**" + inline(inner) + "**"
            case .code(let text):
                let fence = text.contains("`") ? "`` " : "`"
                return fence + text + String(fence.reversed())
            case .link(let inner, let target):
                guard InlineMarkdown.isSafeLinkTarget(target) else { return inline(inner) }
                return "[" + inline(inner) + "](" + target.replacingParentheses() + ")"
            }
        }.joined()
    }

    /// The bytes `escape` rewrites; text without any is returned as it is.
    static let markupBytes: Set<UInt8> = Set("\\`*_[]<>|&~#\n\r".utf8)

    /// Backslash before every character Markdown or GitHub could read as markup; line breaks as
    /// spaces (a span is one line).
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: markupBytes.contains) { return text }
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#": out += "\\" + String(character)
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// A line that would start a list or a heading (`1. `, `- `, `+ `, `= `) gets its marker escaped.
    static func lineStart(_ text: String) -> String {
        if let first = text.first, "-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCIIDigit }
        if !digits.isEmpty, digits.count < 10 {
            let rest = text.dropFirst(digits.count)
            if rest.hasPrefix(".") || rest.hasPrefix(")") { return digits + "\\" + rest }
        }
        return text
    }
}

extension String {
    /// A link target with its parentheses encoded, so it cannot close the Markdown link early.
    fileprivate func replacingParentheses() -> String {
        var out = ""
        for character in self {
            switch character {
            case "(": out += "%28"
            case ")": out += "%29"
            default: out.append(character)
            }
        }
        return out
    }
}
