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
        // On bytes: headings and annex references are parsed for every exercise in a corpus.
        let bytes = Array(text.utf8)
        var components = bytes.split(separator: 0x2E, omittingEmptySubsequences: false)
        if components.count > 1, components.last?.isEmpty == true { components.removeLast() }
        guard components.count == 3 || components.count == 4 else { return nil }
        func number(_ part: ArraySlice<UInt8>) -> Int? {
            guard !part.isEmpty, part.count <= 4 else { return nil }
            var value = 0
            for byte in part {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        let letter = components[1]
        guard let module = number(components[0]), letter.count == 1, let first = letter.first,
              (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) else { return nil }
        let numbers = components.dropFirst(2).map(number)
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        self.module = module
        self.topic = Character(Unicode.Scalar(first & 0xDF))
        if numbers.count == 2 {
            self.level = numbers[0]
            self.number = numbers[1] ?? 0
        } else {
            self.level = nil
            self.number = numbers[0] ?? 0
        }
    }

    /// The topic this exercise belongs to.
    public var topicID: TopicID { TopicID(module: module, letter: topic) }

    public var description: String {
        if let level { return "\(module).\(topic).\(level).\(number)" }
        return "\(module).\(topic).\(number)"
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
