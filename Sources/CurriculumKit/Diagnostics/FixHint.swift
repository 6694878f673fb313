/// A suggestion that tells the author what to write instead, optionally as an exact replacement.
public struct FixHint: Hashable, Sendable, Codable {
    /// A sentence for humans, in English and Dutch: `write "1 uur 30 min" for 90 minutes`.
    public var text: LocalizedText
    /// Text that could replace the diagnostic's range, for editors that apply fixes.
    public var replacement: String?
    /// Whether the replacement is the one right answer, so that `check --fix` may apply it unasked
    /// and SARIF may offer it as a fix: a misspelt label with one nearest label, an annex number
    /// with a single candidate the exercise does not already cite. Other replacements are offered
    /// to a person in the editor only.
    public var isSafe: Bool

    public init(en english: String, nl dutch: String, replacement: String? = nil, isSafe: Bool = false) {
        self.text = LocalizedText(en: english, nl: dutch)
        self.replacement = replacement
        self.isSafe = isSafe && replacement != nil
    }

    private enum CodingKeys: String, CodingKey {
        case text
        case replacement
        case isSafe
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(LocalizedText.self, forKey: .text)
        replacement = try container.decodeIfPresent(String.self, forKey: .replacement)
        isSafe = try container.decodeIfPresent(Bool.self, forKey: .isSafe) ?? false
    }

    /// Writes `isSafe` only when set, so that findings without a safe fix encode as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(replacement, forKey: .replacement)
        if isSafe { try container.encode(true, forKey: .isSafe) }
    }

    /// The English wording.
    public var message: String { text.english }
}
