import Testing

@testable import CurriculumKit

/// Issue 14, item 1: the inline parser answers "where does this close?" from lists made in one pass
/// (`InlineMarkers`), so a long line of markers costs linear time (benchmarks/pathological.sh), and
/// nesting is bounded, so no line can exhaust the stack. The lists are checked here against the
/// plain forward scans they replace, on every text of a small alphabet.
@Suite struct InlineMarkdownBoundsTests {
    /// The depth of the deepest span.
    static func depth(_ spans: [InlineSpan]) -> Int {
        spans.map { span in
            switch span {
            case .text, .code: return 1
            case .emphasis(let inner), .strong(let inner), .link(let inner, _): return 1 + depth(inner)
            }
        }.max() ?? 0
    }

    @Test func deepNestingStopsAtTheBound() {
        let levels = 2_000
        let text = String(repeating: "[", count: levels) + "a" + String(repeating: "](b)", count: levels)
        let spans = InlineMarkdown.parse(text)
        #expect(Self.depth(spans) <= InlineMarkdown.maximumNesting + 1)
        #expect(
            spans.plainText.hasSuffix("a" + String(repeating: "](b)", count: levels - InlineMarkdown.maximumNesting)))
        let emphasis = String(repeating: "*_", count: levels) + "a" + String(repeating: "_*", count: levels)
        #expect(Self.depth(InlineMarkdown.parse(emphasis)) <= InlineMarkdown.maximumNesting + 1)
    }

    @Test func shallowNestingIsStillRead() {
        #expect(
            InlineMarkdown.parse("[*a* `b`](https://e.org) **[c](d)**") == [
                .link([.emphasis([.text("a")]), .text(" "), .code("b")], target: "https://e.org"), .text(" "),
                .strong([.link([.text("c")], target: "d")]),
            ])
    }

    /// Every text of up to `length` characters over `alphabet`.
    static func texts(_ alphabet: [Character], length: Int) -> [String] {
        var result = [""]
        var layer = [""]
        for _ in 0..<length {
            layer = layer.flatMap { prefix in alphabet.map { prefix + String($0) } }
            result += layer
        }
        return result
    }

    /// The plain scan: the `]` or `)` where the depth, counted from the opener, returns to zero.
    static func plainClosing(_ codes: [UInt8], from opener: Int, before end: Int, open: UInt8, close: UInt8) -> Int? {
        var depth = 0
        for position in opener..<end {
            if codes[position] == open { depth += 1 }
            if codes[position] == close {
                depth -= 1
                if depth == 0 { return position }
            }
        }
        return nil
    }

    @Test func bracketsMatchThePlainScan() {
        for string in Self.texts(["[", "]", "(", ")", "a"], length: 5) {
            let text = InlineText(string)
            let markers = InlineMarkers(text: text)
            for end in 0...text.count {
                for opener in 0..<end where text.codes[opener] == UInt8(ascii: "[") {
                    let plain = Self.plainClosing(
                        text.codes, from: opener, before: end, open: UInt8(ascii: "["), close: UInt8(ascii: "]"))
                    #expect(markers.closingBracket(of: opener, before: end) == plain, "\(string) \(opener) \(end)")
                }
                for opener in 0..<end where text.codes[opener] == UInt8(ascii: "(") {
                    let plain = Self.plainClosing(
                        text.codes, from: opener, before: end, open: UInt8(ascii: "("), close: UInt8(ascii: ")"))
                    #expect(markers.closingParenthesis(of: opener, before: end) == plain, "\(string) \(opener) \(end)")
                }
            }
        }
    }

    /// The plain rule for a closer, asked of a text cut off at `end`.
    static func plainCloses(_ characters: [Character], _ kind: InlineMarkers.Emphasis, at position: Int, end: Int)
        -> Bool
    {
        let marker: Character = kind.code == UInt8(ascii: "*") ? "*" : "_"
        let next = position + kind.length
        guard position > 0, next <= end, characters[position..<next].allSatisfy({ $0 == marker }) else { return false }
        let before = characters[position - 1]
        if before.isWhitespace { return false }
        if kind.length == 1, before == marker || (next < end && characters[next] == marker) { return false }
        if marker == "_", next < end, characters[next].isLetter || characters[next].isNumber { return false }
        return true
    }

    @Test func emphasisClosersMatchThePlainScan() {
        for string in Self.texts(["*", "_", " ", "a", "é"], length: 5) {
            let characters = Array(string)
            let markers = InlineMarkers(text: InlineText(string))
            for end in 0...characters.count {
                for start in 1...max(1, end) {
                    for kind in InlineMarkers.Emphasis.allCases {
                        let plain = (start..<max(start, end)).first {
                            Self.plainCloses(characters, kind, at: $0, end: end)
                        }
                        #expect(
                            markers.closer(kind, from: start, end: end) == plain, "\(string) \(kind) \(start) \(end)")
                    }
                }
            }
        }
    }
}
