/// An annex reference in a book's notation: `1.A.1.1 bijlage 1`, `0O.A.1. Bijlage 1` (misprinted
/// owner), a bare `bijlage 2` (the current exercise's), `Handout 1.B.2-1`, `annex 2 & 3`.
struct BookAnnexReference: Equatable, Sendable {
    /// The owner's ID as read (repaired when the book misprints it), or `nil` for a bare reference.
    var owner: BookID?
    var number: Int
    /// The words of the reference as the book prints them.
    var written: String

    /// The words books use for an annex, lower-case.
    static let keywords: Set<String> = [
        "bijlage", "bijl", "annex", "annexe", "appendix", "handout", "hand-out", "resource", "attachment",
    ]

    /// Every reference in `text`, in order; `levels` as for `BookID.read`.
    static func references(in text: String, levels: (Int) -> Bool? = { _ in nil }) -> [BookAnnexReference] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var found: [BookAnnexReference] = []
        var index = 0
        while index < words.count {
            let word = words[index].lowercased().strippingEnds(".,:;()")
            guard keywords.contains(word), index + 1 < words.count else {
                index += 1
                continue
            }
            let next = words[index + 1].strippingEnds(".,:;()")
            // `Handout 1.B.2-1`: the owner after the word, a dash, the number.
            if let dash = next.lastIndex(of: "-"), let number = Int(next[next.index(after: dash)...]),
                let owner = BookID.read(next[..<dash], levels: levels), !owner.numbers.isEmpty
            {
                found.append(
                    BookAnnexReference(
                        owner: owner, number: number, written: words[index...index + 1].joined(separator: " ")))
                index += 2
                continue
            }
            guard let number = Int(next) else {
                index += 1
                continue
            }
            var owner: BookID?
            var start = index
            if index > 0, let before = BookID.read(words[index - 1], levels: levels), !before.numbers.isEmpty {
                owner = before
                start = index - 1
            }
            found.append(
                BookAnnexReference(
                    owner: owner, number: number, written: words[start...index + 1].joined(separator: " ")))
            index += 2
            // `annex 2 & 3`, `bijlage 2 en 3`: more numbers of the same owner.
            while index + 1 < words.count, ["&", "en", "and", ","].contains(words[index].lowercased()),
                let more = Int(words[index + 1].strippingEnds(".,:;()"))
            {
                found.append(
                    BookAnnexReference(
                        owner: owner, number: more, written: words[start...index + 1].joined(separator: " ")))
                index += 2
            }
        }
        return found
    }
}
