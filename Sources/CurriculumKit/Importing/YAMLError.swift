/// Why `YAMLReader` refused a document, and where: always a construct outside the small subset it
/// reads, said in words, never a guess at what was meant.
public struct YAMLError: Error, Equatable, Sendable {
    /// The construct that was refused.
    public enum Reason: Equatable, Sendable {
        case tabIndentation
        case flowCollection
        case anchorOrAlias
        case tag
        case blockScalar
        case directive
        case reservedIndicator
        case secondDocument
        case quotedKey
        case missingColon
        case unterminatedQuote
        case textAfterQuote
        case unsupportedEscape(String)
        case colonInPlainValue
        case continuationLine
        case unexpectedIndentation
        case sequenceItemMapping
        case nestedSequence
        case emptySequenceItem
        case duplicateKey(String, firstLine: Int)
        case notAMapping
    }

    /// The construct refused.
    public var reason: Reason
    /// 1-based line and column (characters) in the file the lines came from.
    public var line: Int
    public var column: Int

    /// A refusal of `reason` at `line` and `column`.
    public init(_ reason: Reason, line: Int, column: Int) {
        self.reason = reason
        self.line = line
        self.column = column
    }

    /// The refusal in words, lower-case, for a diagnostic's message.
    public var explanation: String {
        switch reason {
        case .tabIndentation: return "a tab in the indentation (YAML indents with spaces)"
        case .flowCollection: return "a flow collection ('[…]' or '{…}'); write a block list ('- item') instead"
        case .anchorOrAlias: return "an anchor or alias ('&' or '*')"
        case .tag: return "a tag ('!')"
        case .blockScalar: return "a block scalar ('|' or '>'); write the value on one line"
        case .directive: return "a directive ('%')"
        case .reservedIndicator: return "a value that starts with '@' or '`' (quote it)"
        case .secondDocument: return "a second document ('---')"
        case .quotedKey: return "a quoted or complex key"
        case .missingColon: return "a line that is neither 'key: value' nor '- item'"
        case .unterminatedQuote: return "a quoted value without its closing quote on the same line"
        case .textAfterQuote: return "text after the closing quote"
        case .unsupportedEscape(let escape): return "the escape '\\\(escape)' in a double-quoted value"
        case .colonInPlainValue: return "': ' inside an unquoted value; put the value in quotes"
        case .continuationLine: return "a value continued on the next line; write it on one line or quote it"
        case .unexpectedIndentation: return "a line indented where no nested value can start"
        case .sequenceItemMapping: return "a mapping inside a list item ('- key: value')"
        case .nestedSequence: return "a list inside a list item ('- - item')"
        case .emptySequenceItem: return "an empty list item"
        case .duplicateKey(let key, let first): return "the key '\(key)' a second time (first on line \(first))"
        case .notAMapping: return "a document that is not a 'key: value' mapping"
        }
    }
}
