/// A suggestion that tells the author what to write instead, optionally as an exact replacement.
public struct FixHint: Hashable, Sendable, Codable {
    /// A sentence for humans, in English and Dutch: `write "1 uur 30 min" for 90 minutes`.
    public var text: LocalizedText
    /// Text that could replace the diagnostic's range, for editors that apply fixes.
    public var replacement: String?

    public init(en english: String, nl dutch: String, replacement: String? = nil) {
        self.text = LocalizedText(en: english, nl: dutch)
        self.replacement = replacement
    }

    /// The English wording.
    public var message: String { text.english }
}
