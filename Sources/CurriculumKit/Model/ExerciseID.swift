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
        var parts: [String] = text.split(separator: Character("."), omittingEmptySubsequences: false).map { String($0) }
        if parts.last == "" { parts.removeLast() }
        guard parts.count == 3 || parts.count == 4,
              let module = Int(parts[0]), parts[0].allSatisfy({ $0.isASCIIDigit }),
              parts[1].count == 1, let letter = parts[1].first, letter.isASCIILetter
        else { return nil }
        let numbers = parts.dropFirst(2)
        guard numbers.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy({ $0.isASCIIDigit }) }) else { return nil }
        let values = numbers.compactMap { Int($0) }
        self.module = module
        self.topic = Character(letter.uppercased())
        if values.count == 2 {
            self.level = values[0]
            self.number = values[1]
        } else {
            self.level = nil
            self.number = values[0]
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
