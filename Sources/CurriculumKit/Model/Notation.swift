/// Whether `fmt` may rewrite how labels and durations are spelled.
///
/// A curriculum written from scratch wants one spelling everywhere (`canonical`). A transcription
/// of an existing book wants the book's own `Leerdoel`, `60 minuten`, `1 hour` kept, because
/// "duration as written" is part of being faithful to the source (`asWritten`): `fmt` then only
/// settles layout (blank lines, bullets, heading spacing, annex-reference spacing).
public enum Notation: String, Hashable, Sendable, Codable {
    case canonical
    case asWritten = "as-written"

    /// Reads `canoniek`/`canonical` and `zoals geschreven`/`as written`/`behouden`/`keep`.
    public init?(written text: String) {
        switch text.lowercased().collapsingWhitespace() {
        case "canoniek", "canonical", "standaard", "standard": self = .canonical
        case "zoals geschreven", "as written", "as-written", "behouden", "keep", "bewaren": self = .asWritten
        default: return nil
        }
    }
}
