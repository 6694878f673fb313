/// Comparing the words of titles and goals loosely: case, punctuation and spacing never matter.
///
/// Runs over every title and goal of every exercise, so it scans UTF-8 bytes with an ASCII fast
/// path; only non-ASCII letters (`é`, `ë`) go through Unicode's tables.
enum Wording {
    /// The lower-case words of letters and digits: `De 6 rollen (casemanager)` → `de`, `6`,
    /// `rollen`, `casemanager`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
                default: flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The words joined by single spaces: `De 6 rollen (casemanager)` → `de 6 rollen casemanager`.
    static func normalised(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// Whether two titles name the same thing: equal once normalised, one a shortening of the
    /// other, or sharing more than half of the shorter title's key words (words of four letters or
    /// more, cut to six: `Lulea ladder` and `De Lulea ladder`, `Samenvatting van SMART action
    /// planning` and `SMART action planning` are the same title; `Het H-model` and `Casebeschrijving
    /// van Shoriful` are not).
    static func sameTitle(_ a: String, _ b: String) -> Bool {
        let x = normalised(a), y = normalised(b)
        if x.isEmpty || y.isEmpty { return true }
        if x == y || x.hasPrefix(y) || y.hasPrefix(x) { return true }
        return titleOverlap(a, b) > 0.5
    }

    /// The share of the shorter title's key words that the other title also has (0 to 1).
    static func titleOverlap(_ a: String, _ b: String) -> Double {
        let x = stems(a, minimumLength: 4), y = stems(b, minimumLength: 4)
        let shorter = min(x.count, y.count)
        guard shorter > 0 else { return 0 }
        return Double(x.intersection(y).count) / Double(shorter)
    }

    /// Words that carry no meaning for goal matching (Dutch and English).
    static let stopWords: Set<String> = [
        "aan", "alle", "andere", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "een", "eigen", "en", "hebben", "het", "hoe", "hun", "in",
        "kunnen", "maken", "met", "naar", "niet", "of", "om", "onder", "ook", "op", "over", "staat", "te", "tot", "tussen", "uit", "van", "voor",
        "wat", "welke", "worden", "zijn", "zich", "zelf", "about", "and", "able", "be", "can", "for", "from", "how", "into", "of", "on", "the",
        "their", "them", "to", "what", "which", "with", "within", "begrip", "kennis", "inzicht", "understanding", "knowledge",
    ]

    /// The meaningful word stems of a text: words of five letters or more (by default) that are not
    /// stop words, cut to their first six letters so that `begeleiding`, `begeleider` and
    /// `begeleidingsrollen` meet.
    static func stems(_ text: String, minimumLength: Int = 5) -> Set<String> {
        var result: Set<String> = []
        for word in words(text) where word.count >= minimumLength && !stopWords.contains(word) {
            result.insert(word.count > 6 ? String(word.prefix(6)) : word)
        }
        return result
    }
}
