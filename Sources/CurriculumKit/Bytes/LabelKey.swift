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
