/// The identifier of an annex: the ID of the exercise or topic that owns it plus a number.
///
/// The book writes `1.A.1.1 bijlage 1`, `0.C.1 annex 1` or `0.C.1annex 1`; all normalise to an
/// owner (`1.A.1.1`) and a number (`1`), so that references can be compared with the catalogue
/// whatever word or spacing the author used.
public struct AnnexID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The owner's ID as written, normalised: upper-case topic letter, no trailing dot.
    public var owner: String
    public var number: Int

    public init(owner: String, number: Int) {
        self.owner = owner
        self.number = number
    }

    /// `1.A.1.1 bijlage 1` in Dutch, `1.A.1.1 annex 1` in English.
    public func written(in language: Language) -> String {
        "\(owner) \(language == .dutch ? "bijlage" : "annex") \(number)"
    }

    public var description: String { written(in: .dutch) }

    public static func < (lhs: AnnexID, rhs: AnnexID) -> Bool {
        let left = lhs.owner.split(separator: ".")
        let right = rhs.owner.split(separator: ".")
        for (a, b) in zip(left, right) where a != b {
            if let x = Int(a), let y = Int(b) { return x < y }
            return a < b
        }
        if left.count != right.count { return left.count < right.count }
        return lhs.number < rhs.number
    }
}
