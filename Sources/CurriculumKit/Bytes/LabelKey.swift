/// A label normalised as `LabelTable.normalise` does it (lower case, single spaces, trimmed), packed
/// into 32 bytes, so that looking it up compares four words instead of building a string.
///
/// The first byte is the lowest of `a`, so keys order as little-endian words, not as text: only
/// equality and a consistent order for a binary search are needed.
struct LabelKey: Hashable, Comparable {
    var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0

    /// `nil` when the label holds a non-ASCII byte (normalised by `String` instead); a label longer
    /// than 32 bytes gets a key that matches no table entry.
    init?(_ bytes: ByteView) {
        if let packed = Self.plain(bytes) {
            self = packed
            return
        }
        self.init(byteByByte: bytes)
    }

    /// The key read one byte at a time: any label, tabs and runs of spaces too. Internal so that
    /// tests can hold `plain(_:)` to it.
    init?(byteByByte bytes: ByteView) {
        var count = 0
        var previousSpace = true
        var pendingSpace = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || byte == 0x09 {
                if !previousSpace { pendingSpace = true }
                previousSpace = true
                continue
            }
            if pendingSpace {
                put(0x20, at: count)
                count += 1
                pendingSpace = false
            }
            put(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte, at: count)
            count += 1
            previousSpace = false
        }
        if count > 32 {
            self.a = .max
            self.b = .max
            self.c = .max
            self.d = .max
        }
    }

    /// The key of a label written plainly (most are): 32 bytes at most, all ASCII, no tab, no space
    /// at either end or next to another. Then the key is the bytes themselves, lower-cased, so it is
    /// made from whole words, eight bytes at a time (`SWAR`): the byte loop below cost 2% of `fmt`.
    /// `nil` when the label is not plain, for the byte loop to read.
    static func plain(_ bytes: ByteView) -> LabelKey? {
        let count = bytes.count
        guard count >= 8, count <= 32 else { return nil }
        // Whole words only: the last, partial word is read as the eight bytes that end the label,
        // shifted down past the bytes already read.
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var previous: UInt64 = 0  // whether the byte before the word was a space (top bit)
        var index = 0
        while index < count {
            let start = index + 8 <= count ? index : count - 8
            var word = bytes.word(at: start)
            if start < index { word &>>= UInt64(8 * (index - start)) }
            let valid = count - index >= 8 ? ~UInt64(0) : ~(~UInt64(0) &<< UInt64(8 * (count - index)))
            guard SWAR.isASCII(word & valid) else { return nil }
            let tabs = SWAR.bytes(of: word, equalTo: 0x09) & valid
            let spaces = SWAR.bytes(of: word, equalTo: 0x20) & valid
            // A space beside a space, here or across the word before.
            guard tabs == 0, spaces & (spaces &>> 8) == 0, spaces & 0x80 & previous == 0 else { return nil }
            previous = (spaces &>> UInt64(8 * (min(8, count - index) - 1))) & 0x80 != 0 ? 0x80 : 0
            // A-Z to a-z: the bytes from 0x41 to 0x5A get 0x20.
            let upper = SWAR.asciiBytes(of: word, below: 0x5B) & ~SWAR.asciiBytes(of: word, below: 0x41)
            let lowered = (word | (upper &>> 2)) & valid
            switch index / 8 {
            case 0: words.0 = lowered
            case 1: words.1 = lowered
            case 2: words.2 = lowered
            default: words.3 = lowered
            }
            index += 8
        }
        // No space at either end.
        guard bytes[0] != 0x20, bytes[count - 1] != 0x20 else { return nil }
        return LabelKey(words: words)
    }

    private init(words: (UInt64, UInt64, UInt64, UInt64)) {
        (a, b, c, d) = words
    }

    static func < (x: LabelKey, y: LabelKey) -> Bool {
        if x.a != y.a { return x.a < y.a }
        if x.b != y.b { return x.b < y.b }
        if x.c != y.c { return x.c < y.c }
        return x.d < y.d
    }

    private mutating func put(_ byte: UInt8, at index: Int) {
        guard index < 32 else { return }
        let shifted = UInt64(byte) << UInt64((index % 8) * 8)
        switch index / 8 {
        case 0: a |= shifted
        case 1: b |= shifted
        case 2: c |= shifted
        default: d |= shifted
        }
    }
}
