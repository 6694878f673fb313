/// A sentence for people in every language the tool speaks: English and Dutch.
///
/// Every message, fix hint and note is built with both wordings at once (`en:` and `nl:` are
/// required), so a missing translation is a compile error, not a surprise in a Dutch user's
/// terminal. The wording is chosen when the finding is rendered, not when it is made: the same
/// finding prints in Dutch for a Dutch coordinator and in English for the JSON a script reads.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The English wording: lower-case, no trailing period.
    public var english: String
    /// The Dutch wording, written as a Dutch coordinator would say it, not word for word.
    public var dutch: String

    public init(en english: String, nl dutch: String) {
        self.english = english
        self.dutch = dutch
    }

    /// The wording in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .english: return english
        case .dutch: return dutch
        }
    }
}

extension LocalizedText {
    /// Text that reads the same in every language: an ID, a number, a path.
    public static func same(_ text: String) -> LocalizedText { LocalizedText(en: text, nl: text) }
}
