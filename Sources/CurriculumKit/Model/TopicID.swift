/// The identifier of a topic: `1.A` is topic A of module 1.
public struct TopicID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var module: Int
    public var letter: Character

    public init(module: Int, letter: Character) {
        self.module = module
        self.letter = Character(letter.uppercased())
    }

    /// Parses `1.A`, `1.A.` and `1.a`.
    public init?(_ text: some StringProtocol) {
        var parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.last == "" { parts.removeLast() }
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
              let module = Int(parts[0]), parts[1].count == 1,
              let letter = parts[1].first, letter.isASCIILetter else { return nil }
        self.init(module: module, letter: letter)
    }

    public var description: String { "\(module).\(letter)" }

    public static func < (lhs: TopicID, rhs: TopicID) -> Bool {
        (lhs.module, lhs.letter) < (rhs.module, rhs.letter)
    }
}
