/// Comparing the words of titles and goals loosely: case, punctuation and spacing never matter.
///
/// Runs over every title and goal of every exercise, so it works on UTF-8 bytes and makes no
/// `String` per word: key words are packed straight from the bytes into `Stem`s and compared as
/// small sorted arrays, and titles are compared as their lower-cased words in a temporary buffer.
/// One table, built from Unicode's own properties and lower-casing, reads ASCII and the rest of
/// Latin-1 (`é`, `Ë`, `ï`, `ß`).
///
/// Within Latin-1 one scalar is one character and no two spellings are canonically equivalent, so
/// counting and comparing bytes gives exactly what counting and comparing `String`s would. A text
/// with a letter or digit beyond Latin-1 (`ł`, `Σ`, `İ`, Hangul) goes through `Wording+Unicode`,
/// which counts characters (grapheme clusters) and compares canonically: the findings are the same
/// on every input, only slower for such texts.
enum Wording {
    /// The words joined by single spaces: `De 6 rollen (casemanager)` → `de 6 rollen casemanager`.
    /// Words are runs of letters and digits, lower-cased.
    static func normalised(_ text: String) -> String {
        withNormalisedBytes(text) { String(decoding: $0, as: UTF8.self) } ?? unicodeNormalised(text)
    }

    /// Whether the text has a word at all (a letter or digit), which a title needs to be compared.
    static func hasWords(_ text: String) -> Bool {
        // A text the byte path declines holds a letter or digit beyond Latin-1, hence a word.
        withNormalisedBytes(text) { !$0.isEmpty } ?? true
    }

    /// Whether two titles name the same thing: equal once normalised, one a shortening of the
    /// other, or sharing more than half of the shorter title's key words (words of four letters or
    /// more, cut to six: `Lulea ladder` and `De Lulea ladder`, `Samenvatting van SMART action
    /// planning` and `SMART action planning` are the same title; `Het H-model` and `Casebeschrijving
    /// van Shoriful` are not). A shortening is a prefix of the normalised text, also mid-word: `De 6
    /// rol` shortens `De 6 rollen`.
    static func sameTitle(_ a: String, _ b: String) -> Bool {
        let fast: Bool? = a.withByteView { x in b.withByteView { y in sameTitle(utf8: x, y) } }
        return fast ?? unicodeSameTitle(a, b)
    }

    /// The share of the shorter title's key words that the other title also has (0 to 1).
    static func titleOverlap(_ a: String, _ b: String) -> Double {
        let fast: Double? = a.withByteView { x in b.withByteView { y in titleOverlap(utf8: x, y) } }
        return fast ?? unicodeTitleOverlap(a, b)
    }

    /// The sorted key-word stems `titleOverlap` compares, made once for a title compared with many
    /// (the annex suggestions); `nil` when the title needs the Unicode path.
    static func titleStems(_ text: String) -> [Stem]? {
        var stems: [Stem] = []
        return addStems(of: text, minimumLength: 4, to: &stems, from: 0) ? stems : nil
    }

    /// `titleOverlap` of two titles from their `titleStems`.
    static func titleOverlap(stems a: [Stem], _ b: [Stem]) -> Double {
        let shorter = min(a.count, b.count)
        guard shorter > 0 else { return 0 }
        return Double(sharedCount(a, b)) / Double(shorter)
    }

    /// Words that carry no meaning for goal matching (Dutch and English).
    static let stopWords: Set<String> = [
        "aan", "alle", "andere", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "een", "eigen", "en",
        "hebben", "het", "hoe", "hun", "in",
        "kunnen", "maken", "met", "naar", "niet", "of", "om", "onder", "ook", "op", "over", "staat", "te", "tot",
        "tussen", "uit", "van", "voor",
        "wat", "welke", "worden", "zijn", "zich", "zelf", "about", "and", "able", "be", "can", "for", "from", "how",
        "into", "of", "on", "the",
        "their", "them", "to", "what", "which", "with", "within", "begrip", "kennis", "inzicht", "understanding",
        "knowledge",
    ]

    /// The stop words packed whole (none is longer than 16 bytes), sorted for a binary search.
    static let packedStopWords: [Stem] = stopWords.map { Stem($0) }.sorted()

    /// The length in bytes of the longest stop word: a longer word needs no look-up.
    static let longestStopWord = stopWords.map(\.utf8.count).max() ?? 0

    /// The meaningful word stems of a text: words of five letters or more (by default) that are not
    /// stop words, cut to their first six letters so that `begeleiding`, `begeleider` and
    /// `begeleidingsrollen` meet.
    static func stems(_ text: String, minimumLength: Int = 5) -> Set<String> {
        var stems: [Stem] = []
        guard addStems(of: text, minimumLength: minimumLength, to: &stems, from: 0) else {
            return unicodeStems(text, minimumLength: minimumLength)
        }
        return Set(stems.map(\.text))
    }

    /// Adds the stems of `text` to the set `stems[start...]`, kept sorted and without repeats;
    /// `false`, with the set possibly half extended, when the text needs the Unicode path.
    static func addStems(of text: String, minimumLength: Int = 5, to stems: inout [Stem], from start: Int) -> Bool {
        text.withByteView { input in
            forEachStem(in: input, minimumLength: minimumLength) { insert($0, into: &stems, from: start) }
        }
    }

    /// Inserts `stem` into the sorted set `stems[start...]` unless it is there already. The sets are
    /// a title's or a few goals' key words, a dozen or two: a linear search from the end is cheapest.
    static func insert(_ stem: Stem, into stems: inout [Stem], from start: Int) {
        var index = stems.count
        while index > start, stem < stems[index - 1] { index -= 1 }
        if index > start, stems[index - 1] == stem { return }
        stems.insert(stem, at: index)
    }

    /// The number of stems two sorted sets share, counted up to `limit`.
    static func sharedCount<A: RandomAccessCollection<Stem>, B: RandomAccessCollection<Stem>>(
        _ a: A, _ b: B, upTo limit: Int = .max
    ) -> Int {
        var shared = 0
        var i = a.startIndex
        var j = b.startIndex
        while i != a.endIndex, j != b.endIndex, shared < limit {
            let x = a[i]
            let y = b[j]
            if x < y {
                a.formIndex(after: &i)
            } else if y < x {
                b.formIndex(after: &j)
            } else {
                shared += 1
                a.formIndex(after: &i)
                b.formIndex(after: &j)
            }
        }
        return shared
    }

    // MARK: - The byte path

    /// A letter or digit the byte path cannot take: beyond Latin-1, or a Latin-1 letter whose
    /// lower-case form leaves Latin-1 (none in Unicode 15, but the table below is built from the
    /// running Unicode tables, so this is checked, not assumed).
    private static let beyondLatin1: UInt16 = 0xFFFF

    /// For each scalar U+0000…U+00FF: 0 when it separates words, its lower-case scalar when it is a
    /// letter or digit (`A` → `a`, `É` → `é`, `²` → `²`), or `beyondLatin1`. Built with the same
    /// Unicode properties as `unicodeWords` reads, so both paths split and lower-case alike.
    private static let latin1Lowercase: [UInt16] = (0...0xFF).map { (value: UInt32) -> UInt16 in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        else { return 0 }
        if value < 0x80 {
            // `unicodeWords` reads ASCII without Unicode's tables: letters and digits only.
            let byte = UInt8(value)
            if byte &- 0x61 < 26 || byte &- 0x30 < 10 { return UInt16(byte) }
            return byte &- 0x41 < 26 ? UInt16(byte | 0x20) : 0
        }
        let lower = String(scalar).lowercased().unicodeScalars
        guard lower.count == 1, let only = lower.first, only.value < 0x100, only.value != 0 else { return beyondLatin1 }
        return UInt16(only.value)
    }

    /// Reads the scalar at `i` of `input` as the byte path sees it: its lower-case Latin-1 form,
    /// 0 for a separator, or `beyondLatin1`; advances `i` past it.
    @inline(__always)
    private static func next(_ input: ByteView, _ i: inout Int, table: BufferView<UInt16>) -> UInt16 {
        guard let value = UTF8Lines.decodeScalar(input, at: &i) else { return beyondLatin1 }
        if value < 0x100 { return table[Int(value)] }
        // Punctuation such as `’`, `“` and `–` separates words; a letter or digit needs Unicode.
        guard let scalar = Unicode.Scalar(value) else { return beyondLatin1 }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? beyondLatin1 : 0
    }

    /// Calls `body` with the text's words lower-cased and joined by single spaces, as UTF-8 in a
    /// temporary buffer; `nil` when a word holds a letter or digit beyond Latin-1.
    static func withNormalisedBytes<R>(_ text: String, _ body: (ByteView) -> R) -> R? {
        text.withByteView { withNormalisedBytes(utf8: $0, body) }
    }

    /// `withNormalisedBytes` on a text's UTF-8.
    static func withNormalisedBytes<R>(
        utf8 input: ByteView, _ body: (ByteView) -> R
    ) -> R? {
        // The words never take more bytes than the text: lower-casing keeps a Latin-1 letter's
        // length, and each space stands for at least one separator.
        withScratchBuffer(of: UInt8.self, capacity: input.count) { output -> R? in
            guard let count = normalise(input, into: output) else { return nil }
            return body(output.prefix(count))
        }
    }

    /// Writes the lower-cased words of `input` joined by single spaces to `output`, which holds at
    /// least `input.count` bytes; returns the number of bytes written, or `nil` when a word holds a
    /// letter or digit beyond Latin-1.
    private static func normalise(_ input: ByteView, into output: ScratchBuffer<UInt8>) -> Int? {
        latin1Lowercase.withBufferView { table -> Int? in
            var written = 0
            var inWord = false
            var i = 0
            while i < input.count {
                let lower = next(input, &i, table: table)
                if lower == 0 {
                    inWord = false
                    continue
                }
                if lower == beyondLatin1 { return nil }
                if !inWord {
                    if written > 0 {
                        output[written] = 0x20
                        written += 1
                    }
                    inWord = true
                }
                if lower < 0x80 {
                    output[written] = UInt8(lower)
                    written += 1
                } else {
                    output[written] = 0xC0 | UInt8(lower >> 6)
                    output[written + 1] = 0x80 | UInt8(lower & 0x3F)
                    written += 2
                }
            }
            return written
        }
    }

    /// Calls `body` with the stem of each key word of `input` (UTF-8), in text order, repeats
    /// included; `false` when a word needs the Unicode path. An ASCII letter or digit costs one
    /// look-up; a word is packed only when it is long enough to count, and an ASCII word is
    /// lower-cased on the way by setting bit 0x20 (which leaves digits as they are). Letters are
    /// counted as scalars, which in Latin-1 are characters.
    static func forEachStem(in input: ByteView, minimumLength: Int, _ body: (Stem) -> Void) -> Bool {
        let longestStopWord = longestStopWord
        return latin1Lowercase.withBufferView { table -> Bool in
            packedStopWords.withBufferView { stopWords -> Bool in
                stopWordFilter.withBufferView { filter -> Bool in
                    let count = input.count
                    var start = 0
                    var i = 0
                    // Whether the word so far has a two-byte Latin-1 letter.
                    var wide = false
                    while true {
                        let end = i
                        if end < count {
                            let byte = input[end]
                            if byte < 0x80 {
                                i += 1
                                if table[Int(byte)] != 0 { continue }
                            } else {
                                let lower = next(input, &i, table: table)
                                if lower == beyondLatin1 { return false }
                                if lower != 0 {
                                    wide = true
                                    continue
                                }
                            }
                        }
                        // A separator at `end`, or the end of the text, closes `input[start..<end]`.
                        if end > start,
                            case (let word, let bytes, let sixLetters)? = pack(
                                input, start..<end, wide: wide, minimumLength: minimumLength, table: table),
                            bytes > longestStopWord || !isStopWord(word, in: stopWords, filter: filter)
                        {
                            body(word.prefix(sixLetters))
                        }
                        if end >= count { return true }
                        start = i
                        wide = false
                    }
                }
            }
        }
    }

    /// The lower-cased word `input[range]` packed, with its length in bytes and the length of its
    /// first six letters; `nil` when it has fewer than `minimumLength` letters.
    @inline(__always)
    private static func pack(
        _ input: ByteView, _ range: Range<Int>, wide: Bool, minimumLength: Int, table: BufferView<UInt16>
    ) -> (Stem, Int, Int)? {
        if !wide {
            let bytes = range.upperBound - range.lowerBound
            guard bytes >= minimumLength else { return nil }
            let kept = bytes < 16 ? bytes : 16
            let start = range.lowerBound
            if start &+ 16 <= input.count {
                // Two word loads, byte-swapped so that the first byte is the most significant, every
                // byte or-ed with 0x20, and the bytes past the word cut off by `Stem.prefix`: the
                // same packing as the byte loop below, which cost about a third of the level-goals
                // rule.
                let lower = SWAR.repeating(0x20)
                let high = input.word(at: start).byteSwapped | lower
                let low = input.word(at: start &+ 8).byteSwapped | lower
                return (Stem(high: high, low: low).prefix(kept), bytes, bytes < 6 ? bytes : 6)
            }
            var high: UInt64 = 0
            var low: UInt64 = 0
            for k in 0..<(kept < 8 ? kept : 8) { high |= UInt64(input[start + k] | 0x20) &<< (56 - 8 * k) }
            if kept > 8 {
                for k in 8..<kept { low |= UInt64(input[start + k] | 0x20) &<< (120 - 8 * k) }
            }
            return (Stem(high: high, low: low), bytes, bytes < 6 ? bytes : 6)
        }
        var letters = 0
        for index in range where input[index] & 0xC0 != 0x80 { letters += 1 }
        guard letters >= minimumLength else { return nil }
        var word = Stem()
        var bytes = 0
        var sixLetters = 0
        func append(_ byte: UInt8) {
            if bytes < 8 {
                word.high |= UInt64(byte) &<< (56 - 8 * bytes)
            } else if bytes < 16 {
                word.low |= UInt64(byte) &<< (120 - 8 * bytes)
            }
            bytes += 1
        }
        var i = range.lowerBound
        var seen = 0
        while i < range.upperBound {
            // Lower-cased Latin-1 is one byte (ASCII) or two.
            let lower = next(input, &i, table: table)
            if lower < 0x80 {
                append(UInt8(lower))
            } else {
                append(0xC0 | UInt8(lower >> 6))
                append(0x80 | UInt8(lower & 0x3F))
            }
            seen += 1
            if seen == 6 { sixLetters = bytes }
        }
        return (word, bytes, letters > 6 ? sixLetters : bytes)
    }

    /// A 1024-bit filter of the stop words' hashes: most words are not stop words, and the filter
    /// says so without a search.
    static let stopWordFilter: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for word in packedStopWords {
            let bucket = filterBucket(word)
            bits[bucket >> 6] |= 1 &<< (bucket & 63)
        }
        return bits
    }()

    private static func filterBucket(_ word: Stem) -> Int {
        Int(truncatingIfNeeded: ((word.high ^ (word.low &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) &>> 54)
    }

    /// Whether a whole word, packed, is one of the sorted packed stop words.
    private static func isStopWord(
        _ word: Stem, in list: BufferView<Stem>, filter: BufferView<UInt64>
    ) -> Bool {
        let bucket = filterBucket(word)
        guard filter[bucket >> 6] & (1 &<< (bucket & 63)) != 0 else { return false }
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == word
    }

    /// `sameTitle` on UTF-8; `nil` when a title needs the Unicode path.
    private static func sameTitle(utf8 a: ByteView, _ b: ByteView) -> Bool? {
        // The common case: a reference that copies the catalogue's title.
        if a.count == b.count {
            var index = 0
            while index < a.count, a[index] == b[index] { index += 1 }
            if index == a.count { return true }
        }
        let prefixed: Bool?? = withNormalisedBytes(utf8: a) { x in
            withNormalisedBytes(utf8: b) { y in
                // Equal, or one a prefix of the other: within Latin-1 a byte prefix is a character prefix.
                let shared = min(x.count, y.count)
                var index = 0
                while index < shared, x[index] == y[index] { index += 1 }
                return x.isEmpty || y.isEmpty || index == shared
            }
        }
        guard case .some(.some(let same)) = prefixed else { return nil }
        return same ? true : titleOverlap(utf8: a, b).map { $0 > 0.5 }
    }

    /// `titleOverlap` on UTF-8; `nil` when a title needs the Unicode path.
    private static func titleOverlap(utf8 a: ByteView, _ b: ByteView) -> Double? {
        withStemSet(in: a, minimumLength: 4) { x in
            withStemSet(in: b, minimumLength: 4) { y in
                let shorter = min(x.count, y.count)
                guard shorter > 0 else { return 0 }
                return Double(sharedCount(x, y)) / Double(shorter)
            } ?? nil
        } ?? nil
    }

    /// Calls `body` with the sorted set of stems of a UTF-8 text, kept in a temporary buffer; `nil`
    /// when the text needs the Unicode path.
    private static func withStemSet<R>(
        in input: ByteView, minimumLength: Int, _ body: (BufferView<Stem>) -> R
    ) -> R? {
        // Words of at least one byte with a separator between them: at most (count + 1) / 2.
        withScratchBuffer(of: Stem.self, capacity: input.count / 2 + 1) { buffer -> R? in
            var count = 0
            let complete = forEachStem(in: input, minimumLength: minimumLength) { stem in
                var index = count
                while index > 0, stem < buffer[index - 1] { index -= 1 }
                guard index == 0 || buffer[index - 1] != stem else { return }
                var move = count
                while move > index {
                    buffer[move] = buffer[move - 1]
                    move -= 1
                }
                buffer[index] = stem
                count += 1
            }
            guard complete else { return nil }
            return body(buffer.prefix(count))
        }
    }
}
