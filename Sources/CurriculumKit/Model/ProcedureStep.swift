/// One step of an exercise's procedure: a list item or a paragraph, with its own time when the
/// author gave one (`… (15')`).
public struct ProcedureStep: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        case numbered(Int)
        case bullet
        case letter(Character)
        /// Prose between or instead of list items.
        case paragraph

        enum CodingKeys: CodingKey { case kind }
        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            if let n = Int(text) {
                self = .numbered(n)
            } else if text == "-" {
                self = .bullet
            } else if text == "¶" {
                self = .paragraph
            } else {
                self = .letter(text.first ?? "a")
            }
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .numbered(let n): try container.encode(String(n))
            case .bullet: try container.encode("-")
            case .letter(let c): try container.encode(String(c))
            case .paragraph: try container.encode("¶")
            }
        }
    }

    public var kind: Kind
    /// The step's text without its trailing time.
    public var text: String
    /// The step's own time, when it ends in `(15')`, `(15 min)`, `(10-15 minuten)`.
    public var duration: Duration?
    public var substeps: [ProcedureStep]
    public var location: SourceLocation

    public init(
        kind: Kind, text: String, duration: Duration? = nil, substeps: [ProcedureStep] = [], location: SourceLocation
    ) {
        self.kind = kind
        self.text = text
        self.duration = duration
        self.substeps = substeps
        self.location = location
    }

    /// The sum of the timed steps at this level and, for untimed steps, of their timed substeps.
    static func timedTotal(of steps: [ProcedureStep]) -> Duration? {
        var total: Duration?
        for step in steps {
            if let own = step.duration {
                total = (total ?? .zero) + own
            } else if let nested = timedTotal(of: step.substeps) {
                total = (total ?? .zero) + nested
            }
        }
        return total
    }
}
