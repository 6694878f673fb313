/// The language a curriculum is written in: it chooses the labels `fmt` writes and exports print.
public enum Language: String, Sendable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// Reads `nl`, `en`, `nederlands`, `dutch`, `english`, `engels` in any case.
    public init?(code: String) {
        switch code.lowercased().trimmingWhitespace() {
        case "nl", "nl-nl", "nl-be", "nederlands", "dutch": self = .dutch
        case "en", "en-gb", "en-us", "english", "engels": self = .english
        default: return nil
        }
    }
}
