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

    /// `1.A.1 Title` → (`1.A.1`, `Title`): the first word (up to white space or a colon) and the
    /// text after it, without the colons and spaces (and, for topics, dashes) between them. On the
    /// bytes; `nil` when a non-ASCII byte sits at either boundary (a no-break space, an en dash),
    /// which the callers then read by `Character`.
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
            guard byte == 0x20 || byte == 0x3A || (droppingDashes && byte == 0x2D) || (byte >= 0x09 && byte <= 0x0D)
            else { break }
            utf8.formIndex(after: &start)
        }
        return (text[..<end], text[start...].trimmingWhitespace())
    }

    /// `Niveau 1`, `Level 2: Praktijk`, `Niveau 1 – Kennis`.
    static func level(_ text: String) -> (number: Int, name: String?)? {
        // Asked of every exercise heading too: reject on the first byte before lower-casing.
        guard let first = text.utf8.first, first | 0x20 == 0x6E || first | 0x20 == 0x6C else { return nil }
        if case .read(let level) = quickLevel(text) { return level }
        let lowered = text.lowercased()
        var rest: Substring
        if lowered.hasPrefix("niveau") {
            rest = text.dropFirst(6)
        } else if lowered.hasPrefix("level") {
            rest = text.dropFirst(5)
        } else {
            return nil
        }
        rest = rest.drop { $0 == " " }
        let digits = rest.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        guard rest.isEmpty || [":", ".", " ", "-", "–", "—"].contains(rest.first ?? " ") else { return nil }
        let name = String(rest.drop { [":", ".", " ", "-", "–", "—"].contains($0) }).trimmingWhitespace()
        return (number, name.isEmpty ? nil : name)
    }

    /// What a reading on the bytes makes of a heading.
    private enum QuickReading<Value> {
        /// The heading read: the value, or `nil` when it is not one.
        case read(Value?)
        /// A byte the quick reading leaves to the `Character` reading.
        case undecided
    }

    /// `level(_:)` on the bytes for ASCII headings (`Niveau 2: Verdieping`); `.undecided` to leave
    /// a heading with a non-ASCII byte where it matters (an en dash, a combining mark) to the
    /// `Character` reading, so that both read every heading alike.
    private static func quickLevel(_ text: String) -> QuickReading<(number: Int, name: String?)> {
        text.withByteView { bytes in
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            func starts(with word: StaticString) -> Bool {
                let count = word.utf8CodeUnitCount
                guard bytes.count >= count else { return false }
                for k in 0..<count where lower(bytes[k]) != word.byte(at: k) { return false }
                return true
            }
            // ':' '.' ' ' '-'
            func isSeparator(_ byte: UInt8) -> Bool { byte == 0x3A || byte == 0x2E || byte == 0x20 || byte == 0x2D }
            let wordLength = starts(with: "niveau") ? 6 : (starts(with: "level") ? 5 : 0)
            guard wordLength > 0 else { return .read(nil) }
            var i = wordLength
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            let digitsStart = i
            var number = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, i - digitsStart < 4 {
                number = number * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            if i < bytes.count, bytes[i] >= 0x80 { return .undecided }
            guard i > digitsStart, i - digitsStart <= 3, i == bytes.count || isSeparator(bytes[i]) else {
                return .read(nil)
            }
            while i < bytes.count, isSeparator(bytes[i]) { i += 1 }
            if i < bytes.count, bytes[i] >= 0x80 { return .undecided }
            let name = bytes.string(in: i..<bytes.count).trimmingWhitespace()
            return .read((number, name.isEmpty ? nil : name))
        }
    }

    /// `1.A.1.1 title` → the ID as written, the parsed ID (nil if malformed) and the title.
    static func exercise(_ text: String) -> (written: String, id: ExerciseID?, title: String) {
        if let (token, rest) = splitID(text, droppingDashes: false) {
            return (String(token), ExerciseID(token), rest)
        }
        let token = String(text.prefix { !$0.isWhitespace && $0 != ":" })
        let title = String(text.dropFirst(token.count).drop { $0 == ":" || $0.isWhitespace }).trimmingWhitespace()
        return (token, ExerciseID(token), title)
    }

    static func looksLikeID(_ text: String) -> Bool {
        // On bytes while they are ASCII: the same first word, dots, digits and letters, without the
        // Unicode white-space test on every character (300 instructions each).
        var dots = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return looksLikeID(readingCharacters: text) }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { break }
            if byte == 0x2E {
                dots += 1
            } else if !((byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)) {
                // Not an ID's character; the rest of the word need not be read.
                return false
            }
        }
        return dots >= 2
    }

    /// `looksLikeID` by characters, for text with a byte above 0x7F; internal so that tests can
    /// hold the byte reading to it.
    static func looksLikeID(readingCharacters text: String) -> Bool {
        let token = text.prefix { !$0.isWhitespace }
        let dots = token.filter { $0 == "." }.count
        return dots >= 2 && token.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter || $0 == "." }
    }
}
