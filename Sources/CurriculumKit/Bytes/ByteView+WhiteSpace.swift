extension ByteView {
    /// Whether the bytes in `range` hold a tab or two spaces in a row: whether the text there needs
    /// its white space collapsed. Runs over the text of every line, so it tests eight bytes at a
    /// time; `false` for an empty range or one that passes the end.
    func hasTabOrDoubleSpace(in range: Range<Int>) -> Bool {
        let start = range.lowerBound
        let end = range.upperBound
        guard start < end, end <= count else { return false }
        var previousSpace = false
        var i = start
        // Sixteen bytes at a time while seventeen are left: each compared as it is and one byte on,
        // so that a pair of spaces shows as a space beside a space, whichever vector holds it.
        let space = SIMD16<UInt8>(repeating: 0x20)
        let tab = SIMD16<UInt8>(repeating: 0x09)
        while i &+ 17 <= end {
            let here = vector(at: i)
            let next = vector(at: i &+ 1)
            if any((here .== tab) .| ((here .== space) .& (next .== space))) { return true }
            i &+= 16
        }
        // A pair across the last vector's end was seen (`next` reads one byte on); a tab or a pair
        // in what is left is found by the words below.
        previousSpace = i > start && self[i &- 1] == 0x20
        while i &+ 8 <= end {
            let (found, endsWithSpace) = Self.spaceRuns(in: word(at: i), afterSpace: previousSpace)
            if found { return true }
            previousSpace = endsWithSpace
            i &+= 8
        }
        guard i < end else { return false }
        if end - start >= 8 {
            // The last eight bytes of the range: they overlap bytes already seen, which only finds
            // again what was not there, and they hold the pair across the last boundary.
            return Self.spaceRuns(in: word(at: end - 8), afterSpace: false).found
        }
        while i < end {
            let b = self[i]
            let space = b == 0x20 || b == 0x09
            if space && (previousSpace || b == 0x09) { return true }
            previousSpace = space
            i &+= 1
        }
        return false
    }

    /// Whether `word` holds a tab, two adjacent spaces, or (after a word that ended with a space) a
    /// space in its first byte; and whether its last byte is a space. A pure function, so that the
    /// loop above keeps its state in registers.
    @inline(__always)
    private static func spaceRuns(in word: UInt64, afterSpace previousSpace: Bool) -> (
        found: Bool, endsWithSpace: Bool
    ) {
        if SWAR.bytes(of: word, equalTo: 0x09) != 0 { return (true, false) }
        let spaces = SWAR.bytes(of: word, equalTo: 0x20)
        if spaces & (spaces >> 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return (true, false) }
        return (false, spaces & (SWAR.highBits & ~(SWAR.highBits >> 8)) != 0)
    }

    /// Whether the bytes in `range` hold no ASCII byte but spaces and tabs: text that may be blank
    /// once white space (no-break spaces too) is collapsed.
    func mayBeBlank(in range: Range<Int>) -> Bool {
        for i in range where self[i] < 0x80 && self[i] != 0x20 && self[i] != 0x09 { return false }
        return true
    }
}
