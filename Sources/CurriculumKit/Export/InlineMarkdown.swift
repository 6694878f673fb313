/// Reads the inline Markdown trainers write in curriculum text into `InlineSpan`s.
///
/// Understands `*emphasis*`, `_emphasis_`, `**strong**`, `` `code` ``, `[text](target)` and
/// `<https://…>`; an image `![alt](target)` is read as a link `[alt](target)`, so that no export
/// fetches a picture. Anything else, including raw HTML such as `<script>`, stays text, so a renderer
/// that escapes text shows it literally. A link to anything but `http:`, `https:` or a relative path
/// inside the curriculum (no `javascript:`, `data:`, `mailto:` or `file:`) is kept as its text alone.
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
        let inline = InlineText(text)
        let parser = Parser(text: inline, markers: InlineMarkers(text: inline))
        return parser.spans(from: 0, to: inline.count, depth: 0)
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
                return scheme == "http" || scheme == "https"
            }
        }
        // Relative: a path inside the curriculum, a query or a fragment. `//host` would leave the
        // document's origin; `/etc/passwd`, `~/x` and `../x` would leave the curriculum folder, and a
        // PDF printed from a file would make them live `file://` links (issue 14, item 5).
        if trimmed.hasPrefix("/") || trimmed.hasPrefix("\\") || trimmed.hasPrefix("~") { return false }
        let path = trimmed.prefix { $0 != "?" && $0 != "#" }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
            && !path.contains("\\")
    }

    /// Whether a safe link target is a path (not a web or mail address, not a fragment alone),
    /// which a page read from elsewhere must resolve against the curriculum folder.
    public static func isRelativePath(_ target: String) -> Bool {
        let trimmed = target.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("?") else { return false }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        return trimmed[..<colon].contains("/")
    }

    /// Emphasis and links nested deeper than this stay text: no input can exhaust the stack.
    static let maximumNesting = 16

    /// One text read in one pass: each question about what comes later is answered by
    /// `InlineMarkers`, and a nested part is read by the same parser between bounds, never copied.
    private struct Parser {
        let text: InlineText
        let markers: InlineMarkers

        func spans(from start: Int, to end: Int, depth: Int) -> [InlineSpan] {
            var result: [InlineSpan] = []
            // Plain text is kept as a run of positions and cut out of the string in one piece.
            var buffer = ""
            var run = start
            func flush(upTo index: Int) {
                if run < index { buffer += text.text(run..<index) }
                if !buffer.isEmpty {
                    result.append(.text(buffer))
                    buffer = ""
                }
            }
            let nests = depth < InlineMarkdown.maximumNesting
            let codes = text.codes
            var index = start
            while index < end {
                let c = codes[index]
                if c == UInt8(ascii: "\\"), index + 1 < end, Self.escapable.contains(codes[index + 1]) {
                    buffer += text.text(run..<index)
                    run = index + 1
                    index += 2
                    continue
                }
                if c == UInt8(ascii: "`"),
                    let close = InlineMarkers.first(in: markers.backticks, from: index + 1, before: end)
                {
                    flush(upTo: index)
                    result.append(.code(text.text((index + 1)..<close)))
                    index = close + 1
                    run = index
                    continue
                }
                if nests, c == UInt8(ascii: "*") || c == UInt8(ascii: "_") {
                    let double = index + 1 < end && codes[index + 1] == c
                    let kind: InlineMarkers.Emphasis =
                        c == UInt8(ascii: "*")
                        ? (double ? .doubleStar : .star) : (double ? .doubleUnderscore : .underscore)
                    if opensEmphasis(kind, at: index, start: start, end: end),
                        let close = markers.closer(kind, from: index + kind.length + 1, end: end)
                    {
                        flush(upTo: index)
                        let content = spans(from: index + kind.length, to: close, depth: depth + 1)
                        result.append(double ? .strong(content) : .emphasis(content))
                        index = close + kind.length
                        run = index
                        continue
                    }
                }
                // An image, `![alt](target)`, is read as a link to it: no export embeds a picture
                // from elsewhere, which a reader's program would fetch when showing the document.
                if nests, c == UInt8(ascii: "!"), index + 1 < end, codes[index + 1] == UInt8(ascii: "["),
                    let link = link(at: index + 1, end: end, depth: depth)
                {
                    flush(upTo: index)
                    result += link.spans
                    index = link.next
                    run = index
                    continue
                }
                if nests, c == UInt8(ascii: "["), let link = link(at: index, end: end, depth: depth) {
                    flush(upTo: index)
                    result += link.spans
                    index = link.next
                    run = index
                    continue
                }
                if c == UInt8(ascii: "<"), let autolink = autolink(at: index, end: end) {
                    flush(upTo: index)
                    result.append(.link([.text(autolink.target)], target: autolink.target))
                    index = autolink.next
                    run = index
                    continue
                }
                index += 1
            }
            flush(upTo: end)
            return result
        }

        /// The characters a backslash makes literal.
        static let escapable = Set("\\`*_[]()<>#!".utf8)

        /// An opening marker must be followed by a non-space and, for `_`, not sit inside a word.
        func opensEmphasis(_ kind: InlineMarkers.Emphasis, at index: Int, start: Int, end: Int) -> Bool {
            let after = index + kind.length
            guard after < end, !text.isWhitespace(after) else { return false }
            if kind.code == UInt8(ascii: "_"), index > start, text.isWordCharacter(index - 1) { return false }
            return true
        }

        /// `<https://…>`: only a web address with nothing unsafe in it, and no `<` inside, so that
        /// each character is looked at by one attempt only.
        func autolink(at index: Int, end: Int) -> (target: String, next: Int)? {
            guard let close = InlineMarkers.first(in: markers.greaterThans, from: index + 1, before: end),
                InlineMarkers.first(in: markers.lessThans, from: index + 1, before: close) == nil,
                hasWebScheme(from: index + 1, end: close)
            else { return nil }
            let target = text.text((index + 1)..<close)
            return isSafeLinkTarget(target) ? (target, close + 1) : nil
        }

        /// Whether `http://` or `https://` (in any case) starts at `start`.
        func hasWebScheme(from start: Int, end: Int) -> Bool {
            Self.webSchemes.contains { scheme in
                guard start + scheme.count <= end else { return false }
                for (offset, wanted) in scheme.enumerated() where Self.lowercased(text.codes[start + offset]) != wanted
                {
                    return false
                }
                return true
            }
        }

        static let webSchemes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8)]

        static func lowercased(_ code: UInt8) -> UInt8 {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(code) ? code | 0x20 : code
        }

        /// `[text](target)`: the spans and the index after it. An unsafe target leaves the text alone.
        func link(at start: Int, end: Int, depth: Int) -> (spans: [InlineSpan], next: Int)? {
            guard let close = markers.closingBracket(of: start, before: end), close + 1 < end,
                text.codes[close + 1] == UInt8(ascii: "("),
                let targetEnd = markers.closingParenthesis(of: close + 1, before: end)
            else { return nil }
            let content = spans(from: start + 1, to: close, depth: depth + 1)
            let target = text.text((close + 2)..<targetEnd).trimmingWhitespace()
            if isSafeLinkTarget(target) { return ([.link(content, target: target)], targetEnd + 1) }
            return (content, targetEnd + 1)
        }
    }
}
