/// Reads the text of module, topic, level and exercise headings.
enum HeadingParser {
    /// `Module 1: De IGMA-aanpak`, `Module 1. title`, `Module 1 - title`, `1. title`, `Module 1`.
    static func module(_ text: String) -> (number: Int, title: String)? {
        var rest = Substring(text)
        for word in ["module ", "modulе ", "mod. "] where rest.lowercased().hasPrefix(word) {
            rest = rest.dropFirst(word.count)
            break
        }
        rest = rest.drop { $0 == " " }
        let digits = rest.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard rest.isEmpty || [":", ".", " ", "-", "–", "—"].contains(rest.first ?? " ") else { return nil }
        let title = rest.drop { [":", ".", " ", "-", "–", "—"].contains($0) }
        return (number, String(title).trimmingWhitespace())
    }

    /// `1.A Profiel`, `1.A. Profiel`, `1.A: Profiel`.
    static func topic(_ text: String) -> (id: TopicID, title: String)? {
        guard let (token, rest) = splitID(text, droppingDashes: true) else { return slowTopic(text) }
        guard let id = TopicID(token) else { return nil }
        return (id, rest)
    }

    private static func slowTopic(_ text: String) -> (id: TopicID, title: String)? {
        let token = text.prefix { !$0.isWhitespace && $0 != ":" }
        guard let id = TopicID(token) else { return nil }
        let title = text.dropFirst(token.count).drop { $0 == ":" || $0.isWhitespace || $0 == "-" || $0 == "–" }
        return (id, String(title).trimmingWhitespace())
    }

    /// `1.A.1 Title` → (`1.A.1`, `Title`): the first word (up to white space or a colon) and the text
    /// after it, without the colons and spaces (and, for topics, dashes) between them. On the bytes; `nil` when a
    /// non-ASCII byte sits at either boundary (a no-break space, an en dash), which the callers then
    /// read by `Character`.
    private static func splitID(_ text: String, droppingDashes: Bool) -> (Substring, String)? {
        let utf8 = text.utf8
        var end = utf8.startIndex
        while end != utf8.endIndex {
            let byte = utf8[end]
            if byte >= 0x80 { return nil }
            if byte == 0x20 || byte == 0x3A || (byte >= 0x09 && byte <= 0x0D) { break }
            utf8.formIndex(after: &end)
        }
        var start = end
        while start != utf8.endIndex {
            let byte = utf8[start]
            if byte >= 0x80 { return nil }
            guard byte == 0x20 || byte == 0x3A || (droppingDashes && byte == 0x2D) || (byte >= 0x09 && byte <= 0x0D) else { break }
            utf8.formIndex(after: &start)
        }
        return (text[..<end], text[start...].trimmingWhitespace())
    }

    static func level(_ text: String) -> (number: Int, name: String?)? {
        // Asked of every exercise heading too: reject on the first byte before lower-casing.
        guard let first = text.utf8.first, first | 0x20 == 0x6E || first | 0x20 == 0x6C else { return nil }
        if case .read(let level) = quickLevel(text) { return level }
        let lowered = text.lowercased()
        var rest: Substring
        if lowered.hasPrefix("niveau") { rest = text.dropFirst(6) }
        else if lowered.hasPrefix("level") { rest = text.dropFirst(5) }
        else { return nil }
        rest = rest.drop { $0 == " " }
        let digits = rest.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard rest.isEmpty || [":", ".", " ", "-", "–", "—"].contains(rest.first ?? " ") else { return nil }
        let name = String(rest.drop { [":", ".", " ", "-", "–", "—"].contains($0) }).trimmingWhitespace()
        return (number, name.isEmpty ? nil : name)
    }

    /// `1.A.1.1 title` → the ID as written, the parsed ID (nil if malformed) and the title.
    /// `level(_:)` on the bytes for ASCII headings (`Niveau 2: Verdieping`); `nil` to leave a
    /// heading with a non-ASCII byte where it matters (an en dash, a combining mark) to the
    /// `Character` reading, so that both read every heading alike.
    private enum QuickReading<Value> {
        /// The heading read: the value, or `nil` when it is not one.
        case read(Value?)
        /// A byte the quick reading leaves to the `Character` reading.
        case undecided
    }

    private static func quickLevel(_ text: String) -> QuickReading<(number: Int, name: String?)> {
        let utf8 = Array(text.utf8.prefix(16))
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func hasWord(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard utf8.count >= count else { return false }
            for k in 0..<count where lower(utf8[k]) != word.utf8Start[k] { return false }
            return true
        }
        let wordLength = hasWord("niveau") ? 6 : (hasWord("level") ? 5 : 0)
        guard wordLength > 0 else { return .read(nil) }
        var i = wordLength
        func byte(_ k: Int) -> UInt8? { k < utf8.count ? utf8[k] : (k < text.utf8.count ? nil : 0) }
        while let b = byte(i), b == 0x20 { i += 1 }
        var number = 0
        let digitsStart = i
        while let b = byte(i), b >= 0x30, b <= 0x39, i - digitsStart < 4 { number = number * 10 + Int(b - 0x30); i += 1 }
        guard let next = byte(i), next < 0x80 else { return .undecided }
        guard i > digitsStart, i - digitsStart <= 3 else { return .read(nil) }
        guard next == 0 || next == 0x3A || next == 0x2E || next == 0x20 || next == 0x2D else { return .read(nil) }
        while let b = byte(i), b == 0x3A || b == 0x2E || b == 0x20 || b == 0x2D { i += 1 }
        guard let after = byte(i), after < 0x80 else { return .undecided }
        let rest = text.utf8.dropFirst(i)
        let name = Substring(rest).trimmingWhitespace()
        return .read((number, name.isEmpty ? nil : name))
    }

    static func exercise(_ text: String) -> (written: String, id: ExerciseID?, title: String) {
        if let (token, rest) = splitID(text, droppingDashes: false) {
            return (String(token), ExerciseID(token), rest)
        }
        let token = String(text.prefix { !$0.isWhitespace && $0 != ":" })
        let title = String(text.dropFirst(token.count).drop { $0 == ":" || $0.isWhitespace }).trimmingWhitespace()
        return (token, ExerciseID(token), title)
    }

    static func looksLikeID(_ text: String) -> Bool {
        let token = text.prefix { !$0.isWhitespace }
        let dots = token.filter { $0 == "." }.count
        return dots >= 2 && token.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter || $0 == "." }
    }
}
