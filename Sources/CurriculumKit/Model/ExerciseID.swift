/// The identifier of an exercise: `1.A.1.1` is module 1, topic A, level 1, exercise 1; in a module
/// without levels `0.A.1` is module 0, topic A, exercise 1.
public struct ExerciseID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var module: Int
    /// The topic letter, upper-case.
    public var topic: Character
    /// `nil` in a module without levels.
    public var level: Int?
    public var number: Int

    public init(module: Int, topic: Character, level: Int?, number: Int) {
        self.module = module
        self.topic = topic
        self.level = level
        self.number = number
    }

    /// Parses `1.A.1.1`, `0.A.1`, also with a trailing dot and a lower-case topic letter.
    public init?(_ text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// Reads an ID from UTF-8 bytes (a slice of a file, without making a `String` first).
    init?(utf8 bytes: some Sequence<UInt8>) {
        // One pass over the bytes without allocating: headings, annex references and cross-references
        // parse an ID for every exercise in a corpus. Components: module (1-4 digits), topic (one ASCII
        // letter), optional level and number (1-4 digits each), and at most one trailing dot.
        var numbers = (0, 0, 0)
        var component = 0
        var value = 0, length = 0
        var letter: UInt8 = 0
        func finish() -> Bool {
            switch component {
            case 0: numbers.0 = value
            case 1: return length == 1
            case 2: numbers.1 = value
            case 3: numbers.2 = value
            default: return false
            }
            return length > 0
        }
        for byte in bytes {
            if byte == 0x2E {
                guard finish() else { return nil }
                component += 1; value = 0; length = 0
            } else if component == 1 {
                guard length == 0, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A else { return nil }
                letter = byte; length = 1
            } else {
                guard byte >= 0x30, byte <= 0x39, length < 4 else { return nil }
                value = value * 10 + Int(byte - 0x30); length += 1
            }
        }
        if length > 0 || component == 0 {
            guard finish() else { return nil }
            component += 1
        }
        // `component` now counts the components (a trailing dot closes the last one).
        guard component == 3 || component == 4 else { return nil }
        self.module = numbers.0
        self.topic = Character(Unicode.Scalar(letter & 0xDF))
        if component == 4 {
            self.level = numbers.1
            self.number = numbers.2
        } else {
            self.level = nil
            self.number = numbers.1
        }
    }

    public var topicID: TopicID { TopicID(module: module, letter: topic) }

    public var description: String {
        // Written digit by digit: IDs are printed for every reference and finding, and string
        // interpolation costs ten times as much.
        var text = String(module)
        text.append(".")
        text.append(topic)
        if let level {
            text.append(".")
            text.append(String(level))
        }
        text.append(".")
        text.append(String(number))
        return text
    }

    public static func < (lhs: ExerciseID, rhs: ExerciseID) -> Bool {
        (lhs.module, lhs.topic, lhs.level ?? 0, lhs.number) < (rhs.module, rhs.topic, rhs.level ?? 0, rhs.number)
    }

    enum CodingKeys: CodingKey { case id }
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ExerciseID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an exercise ID: \(text)"))
        }
        self = id
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
