/// Where the markers of one text sit, found in one pass, so that `InlineMarkdown` never scans ahead.
///
/// Looking for a closer by walking forward from each opener costs time in the square of the line
/// length when no closer comes (64,000 `[` in one step took 7 s, issue 14). Here every question the
/// parser asks — the next backtick, the next `>`, the next place that can close `*` or `__`, the `]`
/// that closes a `[`, the `)` that closes a `(` — is answered by a binary search in lists made once,
/// so the parser stays linear (times a logarithm) whatever the text holds.
struct InlineMarkers {
    /// An emphasis marker: `*`, `**`, `_` or `__`.
    enum Emphasis: Int, CaseIterable {
        case star, doubleStar, underscore, doubleUnderscore

        /// The marker's ASCII code.
        var code: UInt8 { rawValue < 2 ? UInt8(ascii: "*") : UInt8(ascii: "_") }
        var length: Int { rawValue % 2 == 0 ? 1 : 2 }
        var doubled: Emphasis { self == .star ? .doubleStar : .doubleUnderscore }
    }

    private let text: InlineText
    private(set) var backticks: [Int32] = []
    private(set) var greaterThans: [Int32] = []
    private(set) var lessThans: [Int32] = []
    /// Per `Emphasis` case, the positions that close it when the text goes on after them.
    private var closers: [[Int32]] = [[], [], [], []]
    private var bracketOpeners: [Int32] = []
    private var bracketClosers: [Int32] = []
    private var parenthesisOpeners: [Int32] = []
    private var parenthesisClosers: [Int32] = []

    init(text: InlineText) {
        self.text = text
        var brackets: [Int] = []
        var parentheses: [Int] = []
        for (position, code) in text.codes.enumerated() {
            switch code {
            case UInt8(ascii: "`"): backticks.append(Int32(position))
            case UInt8(ascii: ">"): greaterThans.append(Int32(position))
            case UInt8(ascii: "<"): lessThans.append(Int32(position))
            case UInt8(ascii: "["):
                brackets.append(bracketOpeners.count)
                bracketOpeners.append(Int32(position))
                bracketClosers.append(-1)
            case UInt8(ascii: "]"):
                if let opener = brackets.popLast() { bracketClosers[opener] = Int32(position) }
            case UInt8(ascii: "("):
                parentheses.append(parenthesisOpeners.count)
                parenthesisOpeners.append(Int32(position))
                parenthesisClosers.append(-1)
            case UInt8(ascii: ")"):
                if let opener = parentheses.popLast() { parenthesisClosers[opener] = Int32(position) }
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                let single: Emphasis = code == UInt8(ascii: "*") ? .star : .underscore
                if Self.closes(single, at: position, end: text.count, in: text) {
                    closers[single.rawValue].append(Int32(position))
                }
                if Self.closes(single.doubled, at: position, end: text.count, in: text) {
                    closers[single.doubled.rawValue].append(Int32(position))
                }
            default: break
            }
        }
    }

    /// The first position in `list` at or after `start` and before `end`.
    static func first(in list: [Int32], from start: Int, before end: Int) -> Int? {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if Int(list[middle]) < start { low = middle + 1 } else { high = middle }
        }
        guard low < list.count, Int(list[low]) < end else { return nil }
        return Int(list[low])
    }

    /// The first position at or after `start` where `kind` closes, in a text that ends at `end`.
    func closer(_ kind: Emphasis, from start: Int, end: Int) -> Int? {
        // Positions whose next character lies before `end` close as they do in the whole text;
        // only the last one can differ, as nothing follows it.
        let last = end - kind.length
        if let found = Self.first(in: closers[kind.rawValue], from: start, before: last) { return found }
        return last >= start && Self.closes(kind, at: last, end: end, in: text) ? last : nil
    }

    /// The `]` that closes the `[` at `opener` (nested pairs counted), if it comes before `end`.
    func closingBracket(of opener: Int, before end: Int) -> Int? {
        Self.closing(of: opener, openers: bracketOpeners, closers: bracketClosers, before: end)
    }

    /// The `)` that closes the `(` at `opener` (nested pairs counted), if it comes before `end`.
    func closingParenthesis(of opener: Int, before end: Int) -> Int? {
        Self.closing(of: opener, openers: parenthesisOpeners, closers: parenthesisClosers, before: end)
    }

    private static func closing(of opener: Int, openers: [Int32], closers: [Int32], before end: Int) -> Int? {
        var low = 0
        var high = openers.count
        while low < high {
            let middle = (low + high) / 2
            if Int(openers[middle]) < opener { low = middle + 1 } else { high = middle }
        }
        guard low < openers.count, Int(openers[low]) == opener else { return nil }
        let closer = Int(closers[low])
        return closer > opener && closer < end ? closer : nil
    }

    /// Whether `kind` closes at `position` in a text that ends at `end`: the marker preceded by a
    /// non-space; a single marker is not part of a longer run; `_` does not sit inside a word.
    private static func closes(_ kind: Emphasis, at position: Int, end: Int, in text: InlineText) -> Bool {
        let marker = kind.code
        let length = kind.length
        let next = position + length
        let codes = text.codes
        guard position > 0, next <= end, codes[position] == marker else { return false }
        if length == 2, codes[position + 1] != marker { return false }
        guard !text.isWhitespace(position - 1) else { return false }
        if length == 1 {
            if codes[position - 1] == marker || (next < end && codes[next] == marker) { return false }
        }
        if marker == UInt8(ascii: "_"), next < end, text.isWordCharacter(next) { return false }
        return true
    }
}
