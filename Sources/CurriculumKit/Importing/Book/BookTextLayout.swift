/// Lays a book's lines out as the format's Markdown: bullets, numbered and lettered steps,
/// continuation lines indented under their item, paragraphs separated by one blank line.
///
/// OCR prints a bullet as `e`, `o`, `¢` or `•`; a line that would read as a field label or a
/// heading at column 1 is kept as text by setting its first words in italics (`*Instructie:*`)
/// or escaping the `#`.
enum BookTextLayout {
    private enum Item {
        case none, bullet, lettered
        /// A numbered step, with the width of its marker (`1. ` is 3).
        case numbered(Int)
    }

    /// The lines as Markdown, without leading or trailing blank lines.
    static func lines(_ book: [BookLine]) -> [String] {
        var out: [String] = []
        var item = Item.none
        var previousBlank = true
        for line in book {
            let text = line.text
            if text.isEmpty {
                if !previousBlank { out.append("") }
                previousBlank = true
                item = .none
                continue
            }
            if let rest = bullet(text) {
                out.append("- " + escaped(rest))
                item = .bullet
            } else if let (marker, rest) = numbered(text) {
                out.append("\(marker) " + escaped(rest))
                item = .numbered(marker.count + 1)
            } else if let (marker, rest) = lettered(text) {
                if case .none = item {
                    out.append(escaped(text))
                } else {
                    out.append("   \(marker) " + escaped(rest))
                    item = .lettered
                }
            } else {
                switch item {
                case .none: out.append(escaped(text))
                case .bullet: out.append("  " + text)
                case .numbered(let width): out.append(String(repeating: " ", count: width) + text)
                case .lettered: out.append("      " + text)
                }
            }
            previousBlank = false
        }
        while out.last == "" { out.removeLast() }
        return out
    }

    /// The text of a bulleted line without its bullet, or `nil`.
    static func bullet(_ text: String) -> String? {
        for marker in ["- ", "– ", "• ", "● ", "* ", "· ", " ", "▪ ", "» ", "o ", "e ", "¢ ", "« "]
        where text.hasPrefix(marker) {
            let rest = String(text.dropFirst(marker.count)).trimmingWhitespace()
            guard let first = rest.first else { return nil }
            if ["o ", "e ", "¢ ", "« "].contains(marker),
                !(first.isUppercase || first.isNumber || first == "(" || first == "“")
            {
                return nil
            }
            return rest
        }
        return nil
    }

    private static func numbered(_ text: String) -> (String, String)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return nil }
        let after = text.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
        let rest = after.dropFirst(2).trimmingWhitespace()
        guard !rest.isEmpty, rest.first?.isNumber != true else { return nil }
        return ("\(digits).", rest)
    }

    private static func lettered(_ text: String) -> (String, String)? {
        guard let letter = text.first, letter.isASCII, letter.isLowercase, text.count > 3 else { return nil }
        let after = text.dropFirst()
        guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
        return ("\(letter).", after.dropFirst(2).trimmingWhitespace())
    }

    /// Text that would open a field or a heading at column 1, made plain text.
    static func escaped(_ text: String) -> String {
        if text.hasPrefix("#") { return "\\" + text }
        if text.hasPrefix("<!--") { return "\\" + text }
        guard let colon = text.firstIndex(of: ":") else { return text }
        let words = text[..<colon]
        guard !words.isEmpty, words.split(separator: " ").count <= 4, words.first?.isLetter == true,
            !words.contains("*"), !words.contains("<"), !text[colon...].hasPrefix("://")
        else { return text }
        return "*\(words):*" + text[text.index(after: colon)...]
    }
}
