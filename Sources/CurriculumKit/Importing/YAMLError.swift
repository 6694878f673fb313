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

    /// The refusal in words, lower-case, for a diagnostic's message, in both languages.
    public var explanation: LocalizedText {
        switch reason {
        case .tabIndentation:
            return LocalizedText(
                en: "a tab in the indentation (YAML indents with spaces)",
                nl: "een tab in het inspringen (YAML springt in met spaties)")
        case .flowCollection:
            return LocalizedText(
                en: "a flow collection ('[…]' or '{…}'); write a block list ('- item') instead",
                nl: "een lijst of mapping op één regel ('[…]' of '{…}'); schrijf een lijst met '- item' per regel")
        case .anchorOrAlias:
            return LocalizedText(en: "an anchor or alias ('&' or '*')", nl: "een anker of alias ('&' of '*')")
        case .tag: return LocalizedText(en: "a tag ('!')", nl: "een tag ('!')")
        case .blockScalar:
            return LocalizedText(
                en: "a block scalar ('|' or '>'); write the value on one line",
                nl: "een blokwaarde ('|' of '>'); schrijf de waarde op één regel")
        case .directive: return LocalizedText(en: "a directive ('%')", nl: "een directive ('%')")
        case .reservedIndicator:
            return LocalizedText(
                en: "a value that starts with '@' or '`' (quote it)",
                nl: "een waarde die met '@' of '`' begint (zet haar tussen aanhalingstekens)")
        case .secondDocument:
            return LocalizedText(en: "a second document ('---')", nl: "een tweede document ('---')")
        case .quotedKey:
            return LocalizedText(
                en: "a quoted or complex key", nl: "een sleutel tussen aanhalingstekens of een samengestelde sleutel")
        case .missingColon:
            return LocalizedText(
                en: "a line that is neither 'key: value' nor '- item'",
                nl: "een regel die 'sleutel: waarde' noch '- item' is")
        case .unterminatedQuote:
            return LocalizedText(
                en: "a quoted value without its closing quote on the same line",
                nl: "een waarde tussen aanhalingstekens zonder sluitend aanhalingsteken op dezelfde regel")
        case .textAfterQuote:
            return LocalizedText(en: "text after the closing quote", nl: "tekst na het sluitende aanhalingsteken")
        case .unsupportedEscape(let escape):
            return LocalizedText(
                en: "the escape '\\\(escape)' in a double-quoted value",
                nl: "de escape '\\\(escape)' in een waarde tussen dubbele aanhalingstekens")
        case .colonInPlainValue:
            return LocalizedText(
                en: "': ' inside an unquoted value; put the value in quotes",
                nl: "': ' in een waarde zonder aanhalingstekens; zet de waarde tussen aanhalingstekens")
        case .continuationLine:
            return LocalizedText(
                en: "a value continued on the next line; write it on one line or quote it",
                nl:
                    "een waarde die op de volgende regel doorloopt; schrijf haar op één regel of tussen aanhalingstekens"
            )
        case .unexpectedIndentation:
            return LocalizedText(
                en: "a line indented where no nested value can start",
                nl: "een ingesprongen regel waar geen geneste waarde kan beginnen")
        case .sequenceItemMapping:
            return LocalizedText(
                en: "a mapping inside a list item ('- key: value')",
                nl: "een mapping in een lijstitem ('- sleutel: waarde')")
        case .nestedSequence:
            return LocalizedText(
                en: "a list inside a list item ('- - item')", nl: "een lijst in een lijstitem ('- - item')")
        case .emptySequenceItem: return LocalizedText(en: "an empty list item", nl: "een leeg lijstitem")
        case .duplicateKey(let key, let first):
            return LocalizedText(
                en: "the key '\(key)' a second time (first on line \(first))",
                nl: "de sleutel '\(key)' voor de tweede keer (eerst op regel \(first))")
        case .notAMapping:
            return LocalizedText(
                en: "a document that is not a 'key: value' mapping",
                nl: "een document dat geen mapping van 'sleutel: waarde' is")
        }
    }
}
