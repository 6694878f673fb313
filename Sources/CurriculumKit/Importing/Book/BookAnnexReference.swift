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
        var words: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) {
            // `1.B.2.1Bijlage`: the owner glued to the word.
            let lower = word.lowercased()
            if let keyword = keywords.first(where: { lower.hasSuffix($0) && lower.count > $0.count }),
                BookID.read(word.dropLast(keyword.count), levels: levels) != nil
            {
                words += [String(word.dropLast(keyword.count)), String(word.suffix(keyword.count))]
            } else {
                words.append(word)
            }
        }
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
            var owner: BookID?
            var start = index
            if index > 0, let before = BookID.read(words[index - 1], levels: levels), !before.numbers.isEmpty {
                owner = before
                start = index - 1
            }
            // The number right after the word, or, after an owner, a word or two further on where
            // two columns were joined (`4.A.1.2 bijlage conversation) 1`).
            let reach = owner == nil ? 1 : 3
            guard
                let offset = (1...reach).first(where: {
                    index + $0 < words.count && Int(words[index + $0].strippingEnds(".,:;()")) != nil
                }), let number = Int(words[index + offset].strippingEnds(".,:;()"))
            else {
                index += 1
                continue
            }
            found.append(
                BookAnnexReference(
                    owner: owner, number: number,
                    written: offset == 1
                        ? words[start...index + 1].joined(separator: " ") : words[start...index].joined(separator: " "))
            )
            index += offset + 1
            // `annex 2 & 3`, `bijlage 2 en 3`: more numbers of the same owner.
            while index + 1 < words.count, ["&", "en", "and", ","].contains(words[index].lowercased()),
                let offset = (1...3).first(where: {
                    index + $0 < words.count && Int(words[index + $0].strippingEnds(".,:;()")) != nil
                }), let more = Int(words[index + offset].strippingEnds(".,:;()"))
            {
                found.append(BookAnnexReference(owner: owner, number: more, written: words[index]))
                index += offset + 1
            }
        }
        return found
    }
}
