/// Tests on the eight bytes of a word at once ("SIMD within a register").
///
/// The scanners read long runs of ordinary prose in which nothing they look for occurs: testing a
/// word of eight bytes (`ByteView.word(at:)`) with a few integer operations instead of each byte on
/// its own is what keeps decoding and scanning near the speed of memory. Each test answers with a
/// mask: the high bit of a byte is set where the byte qualifies. Tests marked *exact* set no other
/// bits; the cheaper *may* tests can also mark a byte above (more significant than) one that
/// qualifies, which is enough to ask "is there any?".
enum SWAR {
    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// Every bit but the high one of every byte.
    static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// `byte` in each of the eight bytes.
    @inline(__always)
    static func repeating(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// Whether all eight bytes are ASCII.
    @inline(__always)
    static func isASCII(_ word: UInt64) -> Bool { word & highBits == 0 }

    /// *Exact*: the bytes of `word` equal to `byte`.
    @inline(__always)
    static func bytes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ repeating(byte))
    }

    /// *Exact*: the bytes of `word` that are zero. Adding 0x7F to the low seven bits of a byte
    /// carries into its high bit unless they are all zero, and or-ing the byte itself catches a
    /// byte whose high bit alone is set; no carry crosses into the next byte.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & lowBits) &+ lowBits) | word | lowBits)
    }

    /// *May*: non-zero exactly when a byte of `word` equals `byte`. A byte that is zero after the
    /// exclusive or is a match, and `(v - 1) & ~v` sets its high bit; a borrow can mark a byte above
    /// a match, never make a match vanish.
    @inline(__always)
    static func mayHold(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ repeating(byte)
        return (x &- ones) & ~x & highBits
    }

    /// *Exact*, for an ASCII word only (`isASCII`): the bytes below `limit`, which is at most 0x80.
    /// Adding `0x80 - limit` carries into the high bit of exactly the bytes at or above `limit`.
    @inline(__always)
    static func asciiBytes(of word: UInt64, below limit: UInt8) -> UInt64 {
        ~(word &+ repeating(0x80 &- limit)) & highBits
    }

    /// The index (0 to 7, lowest address first) of the first byte marked in `mask`, which must not
    /// be zero. Words are read little-endian, so the lowest byte comes first.
    @inline(__always)
    static func firstMarkedByte(_ mask: UInt64) -> Int { mask.trailingZeroBitCount &>> 3 }
}
