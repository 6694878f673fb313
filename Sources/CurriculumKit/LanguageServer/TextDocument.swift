/// An open document as the editor holds it: its bytes, its version, and where its lines start, so
/// that LSP positions (line, UTF-16 code unit) map to byte offsets and back.
///
/// LSP counts columns in UTF-16 code units: an emoji is two, `é` one. The library counts Unicode
/// scalars (`SourceLocation`). Both conversions live here and nowhere else.
public struct TextDocument: Sendable {
    public private(set) var bytes: [UInt8]
    public var version: Int
    /// The byte offset where each line starts; LF, CRLF and CR end a line, as LSP says.
    public private(set) var lineStarts: [Int]

    public init(text: String, version: Int) {
        self.bytes = Array(text.utf8)
        self.version = version
        self.lineStarts = Self.lineStarts(of: bytes)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Replaces the text between two LSP positions (clamped into the document, start before end).
    public mutating func replace(from start: LSPPosition, to end: LSPPosition, with text: String) {
        var low = offset(of: start)
        var high = offset(of: end)
        if high < low { swap(&low, &high) }
        bytes.replaceSubrange(low..<high, with: Array(text.utf8))
        lineStarts = Self.lineStarts(of: bytes)
    }

    /// Replaces the whole text.
    public mutating func replaceAll(with text: String) {
        bytes = Array(text.utf8)
        lineStarts = Self.lineStarts(of: bytes)
    }

    /// The byte offset of an LSP position; a character past the line's end means its end, a line
    /// past the document's end means the end of the document.
    public func offset(of position: LSPPosition) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let lineEnd = contentEnd(ofLine: position.line)
        var index = lineStarts[position.line]
        var units = 0
        while index < lineEnd, units < position.character {
            let length = Self.sequenceLength(bytes[index])
            units += length == 4 ? 2 : 1
            index = min(index + length, lineEnd)
        }
        return index
    }

    /// The text of line `number` (0-based), without its terminator.
    public func line(_ number: Int) -> String {
        guard number >= 0, number < lineStarts.count else { return "" }
        return String(decoding: bytes[lineStarts[number]..<contentEnd(ofLine: number)], as: UTF8.self)
    }

    private func contentEnd(ofLine number: Int) -> Int {
        var end = number + 1 < lineStarts.count ? lineStarts[number + 1] : bytes.count
        while end > lineStarts[number], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            if byte == 0x0A || byte == 0x0D { starts.append(index) }
        }
        return starts
    }
}

/// A position as LSP gives it: 0-based line, 0-based UTF-16 code unit in the line.
public struct LSPPosition: Hashable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    /// The LSP position of a 1-based scalar column on a line with this text.
    public init(line: Int, column: Int, lineText: String) {
        var units = 0
        for (index, scalar) in lineText.unicodeScalars.enumerated() {
            if index >= column - 1 { break }
            units += scalar.utf16.count
        }
        if column - 1 > lineText.unicodeScalars.count { units += column - 1 - lineText.unicodeScalars.count }
        self.init(line: line - 1, character: units)
    }

    /// The 1-based scalar column of this position on a line with this text (past the end: the
    /// column after the last character).
    public func column(in lineText: String) -> Int {
        var units = 0
        var column = 1
        for scalar in lineText.unicodeScalars {
            if units >= character { break }
            units += scalar.utf16.count
            column += 1
        }
        return column
    }

    public init?(_ value: JSONValue?) {
        guard let line = value?["line"]?.int, let character = value?["character"]?.int, line >= 0, character >= 0
        else { return nil }
        self.init(line: line, character: character)
    }

    public var json: JSONValue { ["line": .int(line), "character": .int(character)] }
}
