/// Finds annex references in a line of text: `1.A.1.1 bijlage 1`, `0.C.1annex 1`, `2.D.1.2. Bijlage 4`.
///
/// An item in an annexes field or in the catalogue reads `ID: title <location>`, or in the book's
/// order `title ID`. The parser returns the reference, the title that remains when the reference
/// and the location are taken out, and the location.
public enum AnnexReferenceParser {
    /// One reference found in a text.
    public struct Match: Equatable, Sendable {
        public var id: AnnexID
        /// The reference as written: `0.C.1annex 1`.
        public var written: String
        /// Character offset of the owner ID in the text.
        public var offset: Int
        /// Character length of the written reference.
        public var length: Int
    }

    /// An item of an annexes list, split into its parts.
    public struct Item: Equatable, Sendable {
        public var references: [Match]
        public var title: String?
        public var target: AnnexTarget?
        /// Character offset of the `<location>` in the text.
        public var targetOffset: Int?
    }

    static let keywords = ["bijlage", "annex", "appendix", "bijl.", "attachment", "annexe"]

    /// Every reference in `text`, in order.
    public static func references(in text: String) -> [Match] {
        let characters = Array(text)
        let lowered = Array(text.lowercased())
        guard lowered.count == characters.count else { return referencesSlow(in: text) }
        var matches: [Match] = []
        var i = 0
        while i < lowered.count {
            var found: String?
            for keyword in keywords where lowered[i] == keyword.first {
                let end = i + keyword.count
                if end <= lowered.count, String(lowered[i..<end]) == keyword {
                    // Whole word on the right: `bijlagen` is not `bijlage`.
                    if end < lowered.count, lowered[end].isLetter { continue }
                    found = keyword
                    break
                }
            }
            guard let keyword = found else { i += 1; continue }
            // Number after the keyword.
            var j = i + keyword.count
            while j < lowered.count, lowered[j] == " " || lowered[j] == "\u{A0}" { j += 1 }
            let numberStart = j
            while j < lowered.count, lowered[j].isASCIIDigit { j += 1 }
            guard j > numberStart, let number = Int(String(lowered[numberStart..<j])) else { i += keyword.count; continue }
            // Owner ID before the keyword, optionally followed by a dot and spaces.
            var k = i
            while k > 0, lowered[k - 1] == " " || lowered[k - 1] == "\u{A0}" { k -= 1 }
            let ownerEnd = k
            while k > 0, lowered[k - 1].isASCIIDigit || lowered[k - 1].isASCIILetter || lowered[k - 1] == "." { k -= 1 }
            var ownerText = String(characters[k..<ownerEnd])
            while ownerText.hasSuffix(".") { ownerText.removeLast() }
            while ownerText.hasPrefix(".") { ownerText.removeFirst(); k += 1 }
            guard let owner = normaliseOwner(ownerText) else { i += keyword.count; continue }
            matches.append(Match(id: AnnexID(owner: owner, number: number), written: String(characters[k..<j]), offset: k, length: j - k))
            i = j
        }
        return matches
    }

    private static func referencesSlow(in text: String) -> [Match] {
        // Lower-casing changed the character count (rare scripts): search a folded copy instead.
        references(in: String(text.map { $0.lowercased().count == 1 ? Character($0.lowercased()) : $0 }))
    }

    /// `1.a.1.1` → `1.A.1.1`; `0.C.2` stays. Nil unless it is an exercise or topic ID.
    static func normaliseOwner(_ text: String) -> String? {
        if let exercise = ExerciseID(text) { return exercise.description }
        if let topic = TopicID(text) { return topic.description }
        return nil
    }

    /// Splits a list item into its references, title and location.
    public static func item(_ text: String) -> Item {
        var body = text
        var target: AnnexTarget?
        var targetOffset: Int?
        if body.hasSuffix(">"), let open = body.lastIndex(of: "<") {
            let inner = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
            if !inner.isEmpty, !inner.contains(" ") {
                target = AnnexTarget(written: inner)
                targetOffset = body.distance(from: body.startIndex, to: open)
                body = String(body[..<open])
            }
        }
        let references = references(in: body)
        var title: String?
        if references.count == 1, let match = references.first {
            let characters = Array(body)
            let before = String(characters[..<match.offset])
            let after = String(characters[(match.offset + match.length)...])
            let separators: Set<Character> = [":", "-", "–", "—", " ", "(", ")", ",", "."]
            let trimmedAfter = String(after.drop { separators.contains($0) }).trimmingWhitespace()
            var trimmedBefore = before.trimmingWhitespace()
            while let last = trimmedBefore.last, [":", "-", "–", "—", ",", "("].contains(last) {
                trimmedBefore.removeLast()
                trimmedBefore = trimmedBefore.trimmingWhitespace()
            }
            let candidate = !trimmedAfter.isEmpty ? trimmedAfter : trimmedBefore
            title = candidate.isEmpty ? nil : candidate
            if let t = title, t.hasSuffix(")"), !t.contains("(") { title = String(t.dropLast()) }
        } else if references.isEmpty {
            let trimmed = body.trimmingWhitespace()
            title = trimmed.isEmpty ? nil : trimmed
        }
        return Item(references: references, title: title, target: target, targetOffset: targetOffset)
    }
}
