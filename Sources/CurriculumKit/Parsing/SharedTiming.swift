/// A lead-in that gives one time to each of the steps after it: `De trainer faciliteert 2 plenaire
/// discussies van elk 10 a 15 minuten:` or `Run two discussions of 10 to 15 minutes each:`.
///
/// Books time a pair of steps this way instead of at each step; without it the step-sum rule sees
/// those steps as untimed.
struct SharedTiming: Equatable {
    /// How many of the following steps the time is for.
    var count: Int
    /// The time of each of them.
    var duration: Duration

    /// Reads a paragraph that ends in a colon; `nil` for anything else.
    init?(leadIn text: String) {
        guard Self.mayEndInColon(text), Self.mayHoldEachOrOf(text) else { return nil }
        let sentence = text.trimmingWhitespace()
        guard sentence.hasSuffix(":") else { return nil }
        let body = String(sentence.dropLast()).trimmingWhitespace()
        let lower = body.lowercased()
        let before: Substring
        let timing: Substring
        if let each = Self.lastMatch(of: " van elk ", in: lower) ?? Self.lastMatch(of: " elk ", in: lower) {
            before = lower[..<each.lowerBound]
            timing = lower[each.upperBound...]
        } else if lower.hasSuffix(" each"), let of = Self.lastMatch(of: " of ", in: lower) {
            before = lower[..<of.lowerBound]
            timing = lower[of.upperBound..<lower.index(lower.endIndex, offsetBy: -" each".count)]
        } else {
            return nil
        }
        guard let count = Self.lastCount(in: before), count > 1,
            case .success(let reading) = DurationParser.parse(String(timing)), reading.remark == nil,
            reading.alternative == nil, reading.value.maximum > 0
        else { return nil }
        self.count = count
        self.duration = reading.value
    }

    /// Whether `text` may end in a colon once trimmed: `false` when its last byte that is not ASCII
    /// white space is another ASCII byte, which rules out nearly every paragraph without a copy.
    private static func mayEndInColon(_ text: String) -> Bool {
        for byte in text.utf8.reversed() where !(byte == 0x20 || (0x09...0x0D).contains(byte)) {
            return byte == 0x3A || byte >= 0x80
        }
        return false
    }

    /// Whether `text` may hold ` elk ` or ` of ` once lower-cased: `false` when its bytes hold
    /// neither ` of ` nor ` el` in any ASCII case, which rules out most lead-ins (`De trainer legt
    /// uit:`) before the copies and the lower-casing below. Exact: lower-casing maps no character
    /// but ASCII ones onto `e`, `l`, `o`, `f` or a space (the Kelvin sign becomes `k`, which is why
    /// the `k` of ` elk` is not looked for).
    static func mayHoldEachOrOf(_ text: String) -> Bool {
        text.withByteView { bytes in
            var i = 0
            while i + 2 < bytes.count {
                if bytes[i] == 0x20 {
                    let first = bytes[i + 1] | 0x20
                    let second = bytes[i + 2] | 0x20
                    if first == UInt8(ascii: "e"), second == UInt8(ascii: "l") { return true }
                    if first == UInt8(ascii: "o"), second == UInt8(ascii: "f"), i + 3 < bytes.count,
                        bytes[i + 3] == 0x20
                    {
                        return true
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// The last of the matches `text.ranges(of: word)` finds (left to right, none overlapping the
    /// one before), found on the bytes: a match must start and end on a `Character` boundary, as a
    /// `Character` search's does, and `word` is lower-case ASCII, which no other lower-cased
    /// character is canonically equivalent to. `ranges(of:)` cost about 40,000 instructions a call
    /// here and 300,000 on its first (the ten-copy check spent 1.7 M in this initializer with it);
    /// `SharedTimingTests` holds the two to the same matches.
    static func lastMatch(of word: String, in text: String) -> Range<String.Index>? {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Range<String.Index>? in
            var found: Range<String.Index>?
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == first, bytes[start..<start + needle.count].elementsEqual(needle),
                    let lower = characterBoundary(start, in: text),
                    let upper = characterBoundary(start + needle.count, in: text)
                {
                    found = lower..<upper
                    start += needle.count
                } else {
                    start += 1
                }
            }
            return found
        } ?? text.ranges(of: word).last
    }

    /// The index of byte `offset` of `text`, if a `Character` starts (or the text ends) there.
    private static func characterBoundary(_ offset: Int, in text: String) -> String.Index? {
        String.Index(text.utf8.index(text.utf8.startIndex, offsetBy: offset), within: text)
    }

    /// The last count word before the time: `2` or `twee` in `faciliteert 2 plenaire discussies`.
    private static func lastCount(in text: Substring) -> Int? {
        for word in text.split(separator: " ").reversed() {
            if let number = Int(word), number < 10 { return number }
            if let number = numberWords[String(word)] { return number }
        }
        return nil
    }

    private static let numberWords: [String: Int] = [
        "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    ]
}
