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
        var value = 0
        var length = 0
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
                component += 1
                value = 0
                length = 0
            } else if component == 1 {
                guard length == 0, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A else { return nil }
                letter = byte
                length = 1
            } else {
                guard byte >= 0x30, byte <= 0x39, length < 4 else { return nil }
                value = value * 10 + Int(byte - 0x30)
                length += 1
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
        // Written digit by digit into one small buffer: IDs are printed for every annex reference
        // and finding, and interpolation or appending costs ten times as much.
        guard let letter = topic.asciiValue else {
            return level.map { "\(module).\(topic).\($0).\(number)" } ?? "\(module).\(topic).\(number)"
        }
        func digitCount(_ value: UInt) -> Int {
            var digits = 1
            var rest = value / 10
            while rest > 0 {
                digits += 1
                rest /= 10
            }
            return digits
        }
        func width(_ value: Int) -> Int { digitCount(value.magnitude) + (value < 0 ? 1 : 0) }
        // The exact length, so that a short ID (up to 15 bytes) is a small string, never allocated.
        let length = width(module) + 3 + (level.map { width($0) + 1 } ?? 0) + width(number)
        return String(utf8Capacity: length) { buffer in
            var count = 0
            func put(_ value: Int) {
                if value < 0 {
                    buffer[count] = 0x2D
                    count += 1
                }
                let digits = digitCount(value.magnitude)
                var remaining = value.magnitude
                for k in stride(from: digits - 1, through: 0, by: -1) {
                    buffer[count + k] = UInt8(truncatingIfNeeded: remaining % 10) + 0x30
                    remaining /= 10
                }
                count += digits
            }
            put(module)
            buffer[count] = 0x2E
            buffer[count + 1] = letter
            count += 2
            if let level {
                buffer[count] = 0x2E
                count += 1
                put(level)
            }
            buffer[count] = 0x2E
            count += 1
            put(number)
            return count
        }
    }

    public static func < (lhs: ExerciseID, rhs: ExerciseID) -> Bool {
        (lhs.module, lhs.topic, lhs.level ?? 0, lhs.number) < (rhs.module, rhs.topic, rhs.level ?? 0, rhs.number)
    }

    enum CodingKeys: CodingKey { case id }
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ExerciseID(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an exercise ID: \(text)"))
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
