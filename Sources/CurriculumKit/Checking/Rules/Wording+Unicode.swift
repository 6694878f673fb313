extension Wording {
    // The path for texts with a letter or digit beyond Latin-1, on `String`s: a word's length and
    // its six-letter cut count characters (grapheme clusters, so `İ`, lower-cased to `i` and a
    // combining dot, is one letter), and words compare by canonical equivalence, as `String` does.
    // It defines what the byte path in `Wording` must match, and its tests compare the two.

    /// The lower-case words of letters and digits: `De 6 rollen (casemanager)` → `de`, `6`,
    /// `rollen`, `casemanager`.
    static func unicodeWords(_ text: String) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func flush() {
            if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
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

    /// `normalised` on `String`s.
    static func unicodeNormalised(_ text: String) -> String {
        unicodeWords(text).joined(separator: " ")
    }

    /// `sameTitle` on `String`s.
    static func unicodeSameTitle(_ a: String, _ b: String) -> Bool {
        let x = unicodeNormalised(a)
        let y = unicodeNormalised(b)
        if x.isEmpty || y.isEmpty { return true }
        if x == y || x.hasPrefix(y) || y.hasPrefix(x) { return true }
        return unicodeTitleOverlap(a, b) > 0.5
    }

    /// `titleOverlap` on `String`s.
    static func unicodeTitleOverlap(_ a: String, _ b: String) -> Double {
        let x = unicodeStems(a, minimumLength: 4)
        let y = unicodeStems(b, minimumLength: 4)
        let shorter = min(x.count, y.count)
        guard shorter > 0 else { return 0 }
        return Double(x.intersection(y).count) / Double(shorter)
    }

    /// `stems` on `String`s.
    static func unicodeStems(_ text: String, minimumLength: Int = 5) -> Set<String> {
        var result: Set<String> = []
        for word in unicodeWords(text) where word.count >= minimumLength && !stopWords.contains(word) {
            result.insert(word.count > 6 ? String(word.prefix(6)) : word)
        }
        return result
    }
}
