extension StringProtocol {
    /// The text without the given characters at either end: `"1.A.1.1.:"` → `"1.A.1.1"`.
    func strippingEnds(_ set: String) -> String {
        var characters = Substring(self)
        while let first = characters.first, set.contains(first) { characters = characters.dropFirst() }
        while let last = characters.last, set.contains(last) { characters = characters.dropLast() }
        return String(characters)
    }
}
