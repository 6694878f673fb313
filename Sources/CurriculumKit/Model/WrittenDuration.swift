/// A duration as the author wrote it, with what the parser understood of it.
///
/// The written text is kept so that `fmt` and exports never lose the author's notation, and so that
/// checks can quote it back.
public struct WrittenDuration: Hashable, Sendable, Codable {
    /// The text as written, without any trailing remark: `1,5-2 uur`.
    public var text: String
    /// `nil` when the text could not be read as a duration (a diagnostic says why).
    public var value: Duration?
    /// A remark in parentheses after the duration: `(afhankelijk van de groep)`.
    public var remark: String?
    /// Both readings when the notation is ambiguous (`1,30 uur`).
    public var alternative: Duration?
    public var location: SourceLocation

    public init(
        text: String, value: Duration?, remark: String? = nil, alternative: Duration? = nil, location: SourceLocation
    ) {
        self.text = text
        self.value = value
        self.remark = remark
        self.alternative = alternative
        self.location = location
    }
}
