/// Reads the small part of YAML that Carpentries Workbench files use, and refuses the rest.
///
/// The subset, in full (docs/import.md repeats it):
/// - a document is a block mapping: `key: value` lines, keys unquoted, each key once;
/// - a value is a scalar on the key's own line: plain (`title: Creating a Repository`, a ` #`
///   comment after it is dropped), single-quoted (`'It''s'`) or double-quoted (escapes `\\`, `\"`,
///   `\/`, `\n`, `\t`, `\uXXXX`); `~`, `null` or nothing at all is null;
/// - or, after an empty value, a block list of scalars (`- 01-basics.md`, indented or not) or a
///   nested block mapping, indented deeper;
/// - blank lines, `#` comment lines and one leading `---` are skipped.
///
/// Anything else (flow collections, anchors, tags, block scalars, values continued on the next
/// line, mappings inside list items, a second document) is a `YAMLError` naming the construct and
/// its line: the reader never guesses.
public struct YAMLReader {
    /// One line that holds something: its number, indentation and text after the indentation.
    struct Line {
        var number: Int
        var indent: Int
        var text: [Character]

        var isSequenceItem: Bool { text.first == "-" && (text.count == 1 || text[1] == " ") }
    }

    private var lines: [Line] = []
    private var index = 0

    /// Reads `lines` (without line terminators), the first of them being line `firstLine` of its file.
    public static func read(_ lines: [String], firstLine: Int = 1) -> Result<YAMLNode, YAMLError> {
        do throws(YAMLError) {
            var reader = try YAMLReader(lines, firstLine: firstLine)
            guard let first = reader.lines.first else { return .success(YAMLNode(.mapping([]), line: firstLine)) }
            guard first.indent == 0, !first.isSequenceItem else {
                throw YAMLError(.notAMapping, line: first.number, column: first.indent + 1)
            }
            let node = try reader.mapping(indent: 0)
            if reader.index < reader.lines.count {
                let line = reader.lines[reader.index]
                throw YAMLError(.unexpectedIndentation, line: line.number, column: line.indent + 1)
            }
            return .success(node)
        } catch {
            return .failure(error)
        }
    }

    private init(_ source: [String], firstLine: Int) throws(YAMLError) {
        for (offset, raw) in source.enumerated() {
            let number = firstLine + offset
            let characters = Array(raw)
            var indent = 0
            while indent < characters.count, characters[indent] == " " || characters[indent] == "\t" {
                if characters[indent] == "\t" {
                    // A tab in a blank line is harmless; one before text is not.
                    if characters.dropFirst(indent).contains(where: { $0 != " " && $0 != "\t" }) {
                        throw YAMLError(.tabIndentation, line: number, column: indent + 1)
                    }
                }
                indent += 1
            }
            var text = Array(characters.dropFirst(indent))
            while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
            if text.isEmpty || text.first == "#" { continue }
            if indent == 0, text == ["-", "-", "-"] || text == [".", ".", "."] {
                guard lines.isEmpty, text.first == "-" else {
                    throw YAMLError(.secondDocument, line: number, column: 1)
                }
                continue
            }
            if indent == 0, text.first == "%" { throw YAMLError(.directive, line: number, column: 1) }
            lines.append(Line(number: number, indent: indent, text: text))
        }
    }

    private mutating func mapping(indent: Int) throws(YAMLError) -> YAMLNode {
        var entries: [YAMLNode.Entry] = []
        var firstLines: [String: Int] = [:]
        let start = lines[index].number
        while index < lines.count, lines[index].indent >= indent {
            let line = lines[index]
            guard line.indent == indent else {
                throw YAMLError(.unexpectedIndentation, line: line.number, column: line.indent + 1)
            }
            if line.isSequenceItem { throw YAMLError(.unexpectedIndentation, line: line.number, column: indent + 1) }
            if let first = line.text.first, "'\"?[{".contains(first) {
                throw YAMLError(.quotedKey, line: line.number, column: indent + 1)
            }
            guard let colon = Self.keyColon(in: line.text) else {
                throw YAMLError(.missingColon, line: line.number, column: indent + 1)
            }
            let key = String(line.text[..<colon]).trimmingSpaces
            if let first = firstLines[key] {
                throw YAMLError(.duplicateKey(key, firstLine: first), line: line.number, column: indent + 1)
            }
            firstLines[key] = line.number
            index += 1
            var valueStart = colon + 1
            while valueStart < line.text.count, line.text[valueStart] == " " { valueStart += 1 }
            let rest = Array(line.text[valueStart...])
            let node: YAMLNode
            if rest.isEmpty || rest.first == "#" {
                node = try nested(under: indent, keyLine: line.number)
            } else {
                node = YAMLNode(
                    try Self.scalar(rest, line: line.number, column: indent + valueStart + 1), line: line.number)
                try refuseContinuation(deeperThan: indent)
            }
            entries.append(YAMLNode.Entry(key: key, node: node))
        }
        return YAMLNode(.mapping(entries), line: start)
    }

    /// The value after an empty `key:`: a list or a mapping below it, or null.
    private mutating func nested(under indent: Int, keyLine: Int) throws(YAMLError) -> YAMLNode {
        guard index < lines.count else { return YAMLNode(.null, line: keyLine) }
        let next = lines[index]
        if next.isSequenceItem, next.indent >= indent { return try sequence(indent: next.indent) }
        if next.indent > indent { return try mapping(indent: next.indent) }
        return YAMLNode(.null, line: keyLine)
    }

    private mutating func sequence(indent: Int) throws(YAMLError) -> YAMLNode {
        var items: [YAMLNode] = []
        let start = lines[index].number
        while index < lines.count, lines[index].indent == indent, lines[index].isSequenceItem {
            let line = lines[index]
            var itemStart = 1
            while itemStart < line.text.count, line.text[itemStart] == " " { itemStart += 1 }
            let item = Array(line.text[itemStart...])
            let column = indent + itemStart + 1
            if item.isEmpty || item.first == "#" {
                throw YAMLError(.emptySequenceItem, line: line.number, column: column)
            }
            if item.first == "-", item.count == 1 || item[1] == " " {
                throw YAMLError(.nestedSequence, line: line.number, column: column)
            }
            if item.first != "'", item.first != "\"", Self.keyColon(in: item) != nil {
                throw YAMLError(.sequenceItemMapping, line: line.number, column: column)
            }
            items.append(YAMLNode(try Self.scalar(item, line: line.number, column: column), line: line.number))
            index += 1
            try refuseContinuation(deeperThan: indent)
        }
        return YAMLNode(.sequence(items), line: start)
    }

    /// A line indented below a scalar would continue it (or start something the subset lacks).
    private func refuseContinuation(deeperThan indent: Int) throws(YAMLError) {
        guard index < lines.count, lines[index].indent > indent else { return }
        throw YAMLError(.continuationLine, line: lines[index].number, column: lines[index].indent + 1)
    }

    /// Where a plain key ends: the first `:` followed by a space or the end of the line.
    private static func keyColon(in text: [Character]) -> Int? {
        for i in text.indices where text[i] == ":" {
            if i + 1 == text.count || text[i + 1] == " " { return i }
            if text[i + 1] == "#" { return nil }
        }
        return nil
    }

    /// One scalar written on one line, starting at `column`.
    private static func scalar(_ text: [Character], line: Int, column: Int) throws(YAMLError) -> YAMLNode.Value {
        guard let first = text.first else { return .null }
        switch first {
        case "[", "{": throw YAMLError(.flowCollection, line: line, column: column)
        case "&", "*": throw YAMLError(.anchorOrAlias, line: line, column: column)
        case "!": throw YAMLError(.tag, line: line, column: column)
        case "|", ">": throw YAMLError(.blockScalar, line: line, column: column)
        case "@", "`": throw YAMLError(.reservedIndicator, line: line, column: column)
        case "'": return .scalar(try singleQuoted(text, line: line, column: column))
        case "\"": return .scalar(try doubleQuoted(text, line: line, column: column))
        default: break
        }
        var end = text.count
        for i in text.indices.dropFirst() where text[i] == "#" && text[i - 1] == " " {
            end = i
            break
        }
        let value = String(text[..<end]).trimmingSpaces
        if let colon = Self.keyColon(in: Array(value)) {
            throw YAMLError(.colonInPlainValue, line: line, column: column + colon)
        }
        return ["~", "null", "Null", "NULL"].contains(value) ? .null : .scalar(value)
    }

    private static func singleQuoted(_ text: [Character], line: Int, column: Int) throws(YAMLError) -> String {
        var value = ""
        var i = 1
        while i < text.count {
            if text[i] == "'" {
                if i + 1 < text.count, text[i + 1] == "'" {
                    value.append("'")
                    i += 2
                    continue
                }
                try refuseText(after: i + 1, in: text, line: line, column: column)
                return value
            }
            value.append(text[i])
            i += 1
        }
        throw YAMLError(.unterminatedQuote, line: line, column: column)
    }

    private static func doubleQuoted(_ text: [Character], line: Int, column: Int) throws(YAMLError) -> String {
        var value = ""
        var i = 1
        while i < text.count {
            let character = text[i]
            if character == "\"" {
                try refuseText(after: i + 1, in: text, line: line, column: column)
                return value
            }
            guard character == "\\" else {
                value.append(character)
                i += 1
                continue
            }
            guard i + 1 < text.count else { break }
            let escape = text[i + 1]
            switch escape {
            case "\\", "\"", "/": value.append(escape)
            case "n": value.append("\n")
            case "t": value.append("\t")
            case "u":
                let hex = String(text.dropFirst(i + 2).prefix(4))
                guard hex.count == 4, let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                    throw YAMLError(.unsupportedEscape("u" + hex), line: line, column: column + i)
                }
                value.unicodeScalars.append(scalar)
                i += 4
            default: throw YAMLError(.unsupportedEscape(String(escape)), line: line, column: column + i)
            }
            i += 2
        }
        throw YAMLError(.unterminatedQuote, line: line, column: column)
    }

    /// After a closing quote only spaces and a comment may follow.
    private static func refuseText(after end: Int, in text: [Character], line: Int, column: Int) throws(YAMLError) {
        let spaces = text.dropFirst(end).prefix { $0 == " " }.count
        let rest = text.dropFirst(end + spaces)
        if let first = rest.first, first != "#" || spaces == 0 {
            throw YAMLError(.textAfterQuote, line: line, column: column + end + spaces)
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let characters = Array(self)
        var start = 0
        var end = characters.count
        while start < end, characters[start] == " " || characters[start] == "\t" { start += 1 }
        while end > start, characters[end - 1] == " " || characters[end - 1] == "\t" { end -= 1 }
        return String(characters[start..<end])
    }
}
