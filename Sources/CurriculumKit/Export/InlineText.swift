/// One text as `InlineMarkdown` reads it: each character's place in the string and, for the ASCII
/// characters that can be markup, its code.
///
/// Comparing one byte per character instead of a `Character` (a string of its own) and cutting
/// text out of the string by index, rather than rebuilding it character by character, is what
/// keeps a line full of markers as fast to export as plain prose (benchmarks/pathological.sh).
struct InlineText {
    let string: String
    /// Where each character starts, then the string's end.
    private let starts: [String.Index]
    /// Each character's ASCII code, or 0 when it is not ASCII.
    let codes: [UInt8]

    init(_ string: String) {
        self.string = string
        var starts: [String.Index] = []
        var codes: [UInt8] = []
        var index = string.startIndex
        while index < string.endIndex {
            let character = string[index]
            starts.append(index)
            codes.append(character.asciiValue ?? 0)
            index = string.index(after: index)
        }
        starts.append(string.endIndex)
        self.starts = starts
        self.codes = codes
    }

    var count: Int { codes.count }

    /// The character at `position`.
    subscript(position: Int) -> Character { string[starts[position]] }

    /// The text of the characters in `range`.
    func text(_ range: Range<Int>) -> String { String(string[starts[range.lowerBound]..<starts[range.upperBound]]) }

    func isWhitespace(_ position: Int) -> Bool {
        let code = codes[position]
        if code != 0 { return code == 0x20 || (0x09...0x0D).contains(code) }
        return self[position].isWhitespace
    }

    /// A letter or a digit: what makes `_` part of a word.
    func isWordCharacter(_ position: Int) -> Bool {
        let code = codes[position]
        if code != 0 {
            return (0x30...0x39).contains(code) || (0x41...0x5A).contains(code) || (0x61...0x7A).contains(code)
        }
        let character = self[position]
        return character.isLetter || character.isNumber
    }
}
