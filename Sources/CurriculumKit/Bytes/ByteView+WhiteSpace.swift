extension ByteView {
    /// Whether the bytes in `range` hold a tab or two spaces in a row: whether the text there needs
    /// its white space collapsed. Runs over the text of every line, so it tests eight bytes at a
    /// time; `false` for an empty range or one that passes the end.
    func hasTabOrDoubleSpace(in range: Range<Int>) -> Bool {
        let start = range.lowerBound
        let end = range.upperBound
        guard start < end, end <= count else { return false }
        var previousSpace = false
        /// Whether the word holds a tab, two adjacent spaces, or a space at its start after one at
        /// the end of the word before; remembers whether it ends with a space.
        func runs(in word: UInt64) -> Bool {
            if SWAR.bytes(of: word, equalTo: 0x09) != 0 { return true }
            let spaces = SWAR.bytes(of: word, equalTo: 0x20)
            if spaces & (spaces >> 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return true }
            previousSpace = spaces & (SWAR.highBits & ~(SWAR.highBits >> 8)) != 0
            return false
        }
        var i = start
        while i &+ 8 <= end {
            if runs(in: word(at: i)) { return true }
            i &+= 8
        }
        guard i < end else { return false }
        if end - start >= 8 {
            // The last eight bytes of the range: they overlap bytes already seen, which only finds
            // again what was not there, and they hold the pair across the last boundary.
            previousSpace = false
            return runs(in: word(at: end - 8))
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

    /// Whether the bytes in `range` hold no ASCII byte but spaces and tabs: text that may be blank
    /// once white space (no-break spaces too) is collapsed.
    func mayBeBlank(in range: Range<Int>) -> Bool {
        for i in range where self[i] < 0x80 && self[i] != 0x20 && self[i] != 0x09 { return false }
        return true
    }
}
