/// A key word cut to its first six letters (`begele` for `begeleiding`), packed into two machine
/// words so that comparing and sorting stems never touches the heap.
///
/// Holds the first 16 UTF-8 bytes of a lower-cased word, first byte most significant, zero-padded.
/// A word of letters and digits never holds a zero byte, so two packings are equal exactly when the
/// bytes are, and the order is the bytes' lexicographic order. Six letters of Latin-1 take at most
/// twelve bytes; `Wording` sends words with letters beyond Latin-1 to its Unicode path instead.
struct Stem: Hashable, Comparable, Sendable {
    /// Bytes 0 to 7.
    var high: UInt64
    /// Bytes 8 to 15.
    var low: UInt64

    /// The empty stem, and the packed bytes as they are.
    init(high: UInt64 = 0, low: UInt64 = 0) {
        self.high = high
        self.low = low
    }

    /// Packs the first 16 bytes of `bytes` (the rest is left out).
    init(_ bytes: ByteView) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<min(bytes.count, 16) {
            let byte = bytes[index]
            if index < 8 {
                high |= UInt64(byte) &<< (56 - 8 * index)
            } else {
                low |= UInt64(byte) &<< (56 - 8 * (index - 8))
            }
        }
        self.high = high
        self.low = low
    }

    /// Packs an ASCII or Latin-1 word of at most 16 bytes (stop words, tests).
    init(_ text: String) {
        self = text.withByteView { Stem($0) }
    }

    /// The first `count` bytes only (`count` at most 16).
    @inline(__always)
    func prefix(_ count: Int) -> Stem {
        var cut = self
        if count < 8 {
            cut.high &= count == 0 ? 0 : ~UInt64(0) &<< (64 - 8 * count)
            cut.low = 0
        } else if count < 16 {
            cut.low &= count == 8 ? 0 : ~UInt64(0) &<< (64 - 8 * (count - 8))
        }
        return cut
    }

    /// The packed bytes as text, for tests and debugging.
    var text: String {
        var bytes: [UInt8] = []
        for index in 0..<16 {
            let word = index < 8 ? high : low
            let byte = UInt8(truncatingIfNeeded: word &>> (56 - 8 * (index % 8)))
            if byte == 0 { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func < (a: Stem, b: Stem) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }
}
