/// Reads the inline Markdown trainers write in curriculum text into `InlineSpan`s.
///
/// Understands `*emphasis*`, `_emphasis_`, `**strong**`, `` `code` ``, `[text](target)` and
/// `<https://…>`; an image `![alt](target)` is read as a link `[alt](target)`, so that no export
/// fetches a picture. Anything else, including raw HTML such as `<script>`, stays text, so a renderer
/// that escapes text shows it literally. A link to anything but `http:`, `https:`, `mailto:` or a
/// relative path (no `javascript:`, no `data:`) is kept as its text alone.
public enum InlineMarkdown {
    /// The spans of one line or paragraph of curriculum text.
    public static func parse(_ text: String) -> [InlineSpan] {
        // Most curriculum text has no markup at all.
        if !text.utf8.contains(where: {
            $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "[")
                || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "\\")
        }) {
            return text.isEmpty ? [] : [.text(text)]
        }
        var parser = Parser(characters: Array(text))
        return parser.spans(until: nil)
    }

    /// Whether a link target may be written into a document: web and mail addresses and relative
    /// paths, never a script or data URL.
    public static func isSafeLinkTarget(_ target: String) -> Bool {
        let trimmed = target.trimmingWhitespace()
        guard !trimmed.isEmpty,
            !trimmed.contains(where: {
                $0.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "<" || $0 == ">" || $0 == "`"
            })
        else { return false }
        if let colon = trimmed.firstIndex(of: ":") {
            let beforeSlash = trimmed.firstIndex(of: "/").map { colon < $0 } ?? true
            let beforeQuery = trimmed.firstIndex(where: { $0 == "?" || $0 == "#" }).map { colon < $0 } ?? true
            if beforeSlash && beforeQuery {
                let scheme = trimmed[..<colon].lowercased()
                return scheme == "http" || scheme == "https" || scheme == "mailto"
            }
        }
        // Relative: a path, a query or a fragment. `//host` would leave the document's origin.
        return !trimmed.hasPrefix("//") && !trimmed.hasPrefix("\\")
    }

    /// A cursor over the characters of one text.
    private struct Parser {
        let characters: [Character]
        var index = 0

        init(characters: [Character]) { self.characters = characters }

        mutating func spans(until closer: String?) -> [InlineSpan] {
            var result: [InlineSpan] = []
            var buffer = ""
            func flush() {
                if !buffer.isEmpty {
                    result.append(.text(buffer))
                    buffer = ""
                }
            }
            while index < characters.count {
                if let closer, matches(closer) {
                    flush()
                    return result
                }
                let c = characters[index]
                if c == "\\", index + 1 < characters.count, "\\`*_[]()<>#!".contains(characters[index + 1]) {
                    buffer.append(characters[index + 1])
                    index += 2
                    continue
                }
                if c == "`", let end = find("`", from: index + 1) {
                    flush()
                    result.append(.code(String(characters[(index + 1)..<end])))
                    index = end + 1
                    continue
                }
                if c == "*" || c == "_" {
                    let double = index + 1 < characters.count && characters[index + 1] == c
                    let marker = double ? String([c, c]) : String(c)
                    if opensEmphasis(marker), let end = closing(marker, from: index + marker.count) {
                        var inner = Parser(characters: Array(characters[(index + marker.count)..<end]))
                        let content = inner.spans(until: nil)
                        flush()
                        result.append(double ? .strong(content) : .emphasis(content))
                        index = end + marker.count
                        continue
                    }
                }
                // An image, `![alt](target)`, is read as a link to it: no export embeds a picture
                // from elsewhere, which a reader's program would fetch when showing the document.
                if c == "!", index + 1 < characters.count, characters[index + 1] == "[",
                    let link = link(at: index + 1)
                {
                    flush()
                    result += link.spans
                    index = link.next
                    continue
                }
                if c == "[", let link = link(at: index) {
                    flush()
                    result += link.spans
                    index = link.next
                    continue
                }
                if c == "<", let end = find(">", from: index + 1) {
                    let target = String(characters[(index + 1)..<end])
                    let lower = target.lowercased()
                    if lower.hasPrefix("http://") || lower.hasPrefix("https://"), isSafeLinkTarget(target) {
                        flush()
                        result.append(.link([.text(target)], target: target))
                        index = end + 1
                        continue
                    }
                }
                buffer.append(c)
                index += 1
            }
            flush()
            return result
        }

        func matches(_ text: String) -> Bool {
            matches(Array(text), at: index)
        }

        func matches(_ chars: [Character], at position: Int) -> Bool {
            guard position + chars.count <= characters.count else { return false }
            for (offset, character) in chars.enumerated() where characters[position + offset] != character {
                return false
            }
            return true
        }

        func find(_ character: Character, from start: Int) -> Int? {
            var i = start
            while i < characters.count {
                if characters[i] == character { return i }
                i += 1
            }
            return nil
        }

        /// An opening marker must be followed by a non-space and, for `_`, not sit inside a word.
        func opensEmphasis(_ marker: String) -> Bool {
            let after = index + marker.count
            guard after < characters.count, !characters[after].isWhitespace else { return false }
            if marker.first == "_", index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber {
                return false
            }
            return true
        }

        /// The index of the closing marker: preceded by a non-space, and for single markers not
        /// part of a double one.
        func closing(_ marker: String, from start: Int) -> Int? {
            let chars = Array(marker)
            var i = start + 1
            while i + chars.count <= characters.count {
                if matches(chars, at: i), !characters[i - 1].isWhitespace {
                    let next = i + chars.count
                    let doubled = chars.count == 1 && next < characters.count && characters[next] == chars[0]
                    let inWord =
                        chars[0] == "_" && next < characters.count
                        && (characters[next].isLetter || characters[next].isNumber)
                    if !doubled && !inWord { return i }
                    if doubled {
                        i += 2
                        continue
                    }
                }
                i += 1
            }
            return nil
        }

        /// The `)` that closes a link target, counting nested pairs (`guide_(v2)`).
        func closingParenthesis(from start: Int) -> Int? {
            var depth = 0
            var i = start
            while i < characters.count {
                if characters[i] == "(" { depth += 1 }
                if characters[i] == ")" {
                    if depth == 0 { return i }
                    depth -= 1
                }
                i += 1
            }
            return nil
        }

        /// `[text](target)`: the spans and the index after it. An unsafe target leaves the text alone.
        func link(at start: Int) -> (spans: [InlineSpan], next: Int)? {
            var depth = 0
            var i = start
            var close: Int?
            while i < characters.count {
                if characters[i] == "[" { depth += 1 }
                if characters[i] == "]" {
                    depth -= 1
                    if depth == 0 {
                        close = i
                        break
                    }
                }
                i += 1
            }
            guard let close, close + 1 < characters.count, characters[close + 1] == "(",
                let end = closingParenthesis(from: close + 2)
            else { return nil }
            var inner = Parser(characters: Array(characters[(start + 1)..<close]))
            let content = inner.spans(until: nil)
            let target = String(characters[(close + 2)..<end]).trimmingWhitespace()
            if isSafeLinkTarget(target) { return ([.link(content, target: target)], end + 1) }
            return (content, end + 1)
        }
    }
}
