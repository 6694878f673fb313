/// A suggestion that tells the author what to write instead, optionally as an exact replacement.
public struct FixHint: Hashable, Sendable, Codable {
    /// A sentence for humans: `write "1 uur 30 min" for 90 minutes`.
    public var message: String
    /// Text that could replace the diagnostic's range, for editors that apply fixes.
    public var replacement: String?

    public init(_ message: String, replacement: String? = nil) {
        self.message = message
        self.replacement = replacement
    }
}
