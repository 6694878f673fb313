/// Writes an `ExportDocument` as one self-contained HTML5 file: inline CSS for screen, phone and A4
/// print, no scripts, nothing fetched from elsewhere.
///
/// Every string from the curriculum goes through `escape` (text) or `escapeAttribute`
/// (attribute values), so a `<script>` in a procedure prints as text. Links carry only targets
/// `InlineMarkdown.isSafeLinkTarget` allows.
public struct HTMLRenderer: Sendable {
    /// A line in the `<meta name="generator">` tag.
    public var generator: String
    /// Where a relative link points, as a `file://` URL of the curriculum folder ending in `/`: for a
    /// page that is not read from that folder (PDF printing reads it from a temporary folder, which
    /// is gone by the time anyone clicks). `nil`: relative links stay relative.
    public var fileLinkBase: String?

    public init(generator: String = "curriculum", fileLinkBase: String? = nil) {
        self.generator = generator
        self.fileLinkBase = fileLinkBase
    }

    /// The `file://` URL of a folder on disk, ending in `/`, with every byte but letters, digits and
    /// `-._~/` percent-encoded.
    public static func fileURL(ofFolder path: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
        var encoded = ""
        for byte in path.utf8 {
            if plain.contains(byte) {
                encoded.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = Array("0123456789ABCDEF")
                encoded += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return "file://" + (encoded.hasSuffix("/") ? encoded : encoded + "/")
    }

    public func render(_ document: ExportDocument) -> String {
        var out = "<!DOCTYPE html>\n"
        out += "<html lang=\"\(Self.escapeAttribute(document.language.rawValue))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"\(Self.escapeAttribute(generator))\">\n"
        out +=
            "<title>\(Self.escape(document.title))</title>\n<style>\n\(PrintStyleSheet.css)\(Self.footer(document.title))</style>\n</head>\n"
        out += "<body class=\"\(document.kind.rawValue)\">\n<main>\n"
        for node in document.nodes { out += render(node) }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    private func render(_ node: DocumentNode) -> String {
        switch node {
        case .section(let section):
            let element: String
            switch section.role {
            case .cover: element = "header"
            case .exercise: element = "article"
            case .contents: element = "nav"
            default: element = "section"
            }
            var classes = [section.role.rawValue]
            if section.startsPage { classes.append("page") }
            let id = section.anchor.map { " id=\"\(Self.escapeAttribute($0))\"" } ?? ""
            var body = ""
            var titlePending = section.role == .exercise
            for child in section.nodes {
                // An exercise's first heading is its title, whatever its level; the rest are its parts.
                if titlePending, case .heading(let level, let spans, let anchor) = child {
                    titlePending = false
                    let tag = "h\(min(6, max(1, level)))"
                    body +=
                        "<\(tag)\(anchor.map { " id=\"\(Self.escapeAttribute($0))\"" } ?? "") class=\"title\">\(inline(spans))</\(tag)>\n"
                    continue
                }
                body += render(child)
            }
            return "<\(element)\(id) class=\"\(classes.joined(separator: " "))\">\n" + body + "</\(element)>\n"
        case .heading(let level, let spans, let anchor):
            let tag = "h\(min(6, max(1, level)))"
            let id = anchor.map { " id=\"\(Self.escapeAttribute($0))\"" } ?? ""
            return "<\(tag)\(id)>\(inline(spans))</\(tag)>\n"
        case .paragraph(let spans, let style):
            switch style {
            case .body: return "<p>\(inline(spans))</p>\n"
            case .lead: return "<p class=\"lead\">\(inline(spans))</p>\n"
            case .small: return "<p class=\"small\">\(inline(spans))</p>\n"
            }
        case .list(let list):
            return render(list)
        case .table(let table):
            return render(table)
        case .details(let details):
            var out = "<dl class=\"details\">\n"
            for detail in details {
                out += "<div><dt>\(Self.escape(detail.label))</dt><dd>\(inline(detail.value))</dd></div>\n"
            }
            return out + "</dl>\n"
        case .writingLines(let count):
            return "<div class=\"lines\" aria-hidden=\"true\">\n"
                + String(repeating: "<div class=\"line\"></div>\n", count: count) + "</div>\n"
        }
    }

    private func render(_ list: DocumentNode.List) -> String {
        let tag = list.style == .numbers ? "ol" : "ul"
        var attributes = list.style == .checkboxes ? " class=\"checks\"" : ""
        if list.style == .numbers, !list.items.isEmpty, list.items.allSatisfy({ $0.marker?.first?.isLetter == true }) {
            attributes += " type=\"a\""
        }
        var out = "<\(tag)\(attributes)>\n"
        for item in list.items {
            out += "<li>"
            if list.style == .checkboxes { out += "<span class=\"box\" aria-hidden=\"true\"></span>" }
            out += "<span class=\"text\">\(inline(item.spans))</span>"
            if let aside = item.aside { out += " <span class=\"aside\">\(Self.escape(aside))</span>" }
            if let children = item.children { out += "\n" + render(children) }
            out += "</li>\n"
        }
        return out + "</\(tag)>\n"
    }

    private func render(_ table: DocumentNode.Table) -> String {
        var out = "<div class=\"table\"><table>\n"
        if let caption = table.caption { out += "<caption>\(Self.escape(caption))</caption>\n" }
        out += "<thead><tr>"
        for (index, header) in table.header.enumerated() {
            let numeric = table.numericColumns.contains(index) ? " class=\"num\"" : ""
            out += "<th scope=\"col\"\(numeric)>\(Self.escape(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += row.isQuiet ? "<tr class=\"quiet\">" : "<tr>"
            for (index, cell) in row.cells.enumerated() {
                let numeric = table.numericColumns.contains(index) ? " class=\"num\"" : ""
                if index == 0 && table.firstColumnIsHeader {
                    out += "<th scope=\"row\"\(numeric)>\(inline(cell))</th>"
                } else {
                    out += "<td\(numeric)>\(inline(cell))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    private func inline(_ spans: [InlineSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): return Self.escape(text)
            case .emphasis(let inner): return "<em>\(inline(inner))</em>"
            case .strong(let inner): return "<strong>\(inline(inner))</strong>"
            case .code(let text): return "<code>\(Self.escape(text))</code>"
            case .link(let inner, let target):
                guard InlineMarkdown.isSafeLinkTarget(target) else { return inline(inner) }
                var href = target
                if let fileLinkBase, InlineMarkdown.isRelativePath(target) { href = fileLinkBase + target }
                return "<a href=\"\(Self.escapeAttribute(href))\">\(inline(inner))</a>"
            }
        }.joined()
    }

    /// The page footer's left box: the document's title, as a CSS string.
    static func footer(_ title: String) -> String {
        "@page { @bottom-left { content: \"\(cssString(title))\"; font-family: \"DejaVu Sans\", sans-serif; font-size: 8pt; color: #5b6472; } }\n"
    }

    /// Text inside a double-quoted CSS string: quotes, backslashes, line breaks and `<` (which
    /// could end the `<style>` element) as CSS escapes.
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&": out += "\\" + String(scalar.value, radix: 16) + " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Text content: `&`, `<` and `>` as character references; control characters replaced.
    public static func escape(_ text: String) -> String {
        // Most text needs nothing: no markup characters, no control characters (C1 controls
        // start with the byte 0xC2 in UTF-8).
        let needsWork = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == 0x7F
                || byte == 0xC2
                || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D)
        }
        if !needsWork { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                // Control characters are parse errors in HTML: shown as the replacement character.
                let value = scalar.value
                let isControl =
                    (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C && value != 0x0D)
                    || (0x7F...0x9F).contains(value)
                if isControl { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// An attribute value in double quotes: also `"` and `'`.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text).replacingQuotes()
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for character in self {
            switch character {
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
