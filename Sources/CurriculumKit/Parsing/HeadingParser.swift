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
        let token = text.prefix { !$0.isWhitespace && $0 != ":" }
        guard let id = TopicID(token) else { return nil }
        let title = text.dropFirst(token.count).drop { $0 == ":" || $0.isWhitespace || $0 == "-" || $0 == "–" }
        return (id, String(title).trimmingWhitespace())
    }

    /// `Niveau 1`, `Level 2: Praktijk`, `Niveau 1 – Kennis`.
    static func level(_ text: String) -> (number: Int, name: String?)? {
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
    static func exercise(_ text: String) -> (written: String, id: ExerciseID?, title: String) {
        let token = String(text.prefix { !$0.isWhitespace && $0 != ":" })
        let title = String(text.dropFirst(token.count).drop { $0 == ":" || $0.isWhitespace }).trimmingWhitespace()
        return (token, ExerciseID(token), title)
    }

    /// Whether the first word of a heading looks like an exercise ID, even a damaged one
    /// (`I.A.1.1`, `1.A.1.1.2`): digits or letters joined by dots.
    static func looksLikeID(_ text: String) -> Bool {
        let token = text.prefix { !$0.isWhitespace }
        let dots = token.filter { $0 == "." }.count
        return dots >= 2 && token.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter || $0 == "." }
    }
}
