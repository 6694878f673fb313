extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    ///
    /// Trims ASCII white space on the UTF-8 bytes, which is all the parsers meet on their hot paths;
    /// when a non-ASCII byte borders the white space (a no-break space, a combining mark that makes
    /// a space part of a larger character) it trims by `Character` instead, so the result is the same.
    func trimmingWhitespace() -> String {
        let whole = Substring(self)
        let utf8 = whole.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var low = utf8.startIndex
        var high = utf8.endIndex
        while low != high, isSpace(utf8[low]) { utf8.formIndex(after: &low) }
        var fast = low == high || utf8[low] < 0x80
        if fast {
            while high != low {
                let before = utf8.index(before: high)
                let byte = utf8[before]
                if byte >= 0x80 {
                    fast = false
                    break
                }
                if !isSpace(byte) { break }
                high = before
            }
        }
        if fast { return String(whole[low..<high]) }
        return slowTrimmingWhitespace()
    }

    private func slowTrimmingWhitespace() -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }

    /// Runs of white space collapsed to one space, trimmed.
    ///
    /// ASCII text is collapsed on its bytes (and returned as it is when there is nothing to
    /// collapse); text with a byte above 0x7F by `Character`, where a combining mark can make a
    /// space part of a larger character. By `Character` alone it cost 6,000 instructions for a
    /// plan's field label.
    func collapsingWhitespace() -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        var collapsed = true
        var previousSpace = true  // white space at the start is not kept
        for byte in utf8 {
            if byte >= 0x80 { return characterCollapsingWhitespace() }
            let space = isSpace(byte)
            if space && (previousSpace || byte != 0x20) { collapsed = false }
            previousSpace = space
        }
        if collapsed && !previousSpace { return String(self) }
        if utf8.isEmpty { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
            if isSpace(byte) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `collapsingWhitespace` by `Character`; internal so that tests can hold the byte reading to it.
    func characterCollapsingWhitespace() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace {
                    result.append(" ")
                    pendingSpace = false
                }
                result.append(character)
            }
        }
        return result
    }
}

extension StringProtocol {
    /// Whether any character is white space; on bytes while they are ASCII.
    var containsWhitespace: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return contains { $0.isWhitespace } }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return true }
        }
        return false
    }
}

extension String {
    /// The number of Unicode scalars before a UTF-8 byte offset: turns byte positions into the
    /// character columns diagnostics report.
    func column(ofUTF8Offset offset: Int) -> Int {
        var count = 0
        var seen = 0
        for byte in utf8 {
            if seen >= offset { break }
            if byte & 0xC0 != 0x80 { count += 1 }
            seen += 1
        }
        return count + 1
    }

    /// The number of Unicode scalars in the string: the width a range covers in columns.
    var scalarCount: Int {
        // Every scalar starts with one byte that is not a continuation byte (10xxxxxx): counting
        // those in the contiguous UTF-8 is a tenth of walking the scalar view, which decodes each.
        utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count &+= 1 }
            return count
        } ?? unicodeScalars.count
    }

    /// The text with spaces added on the right up to `width` characters (cut to `width` when
    /// longer), for columns in plain-text tables.
    func paddedRight(to width: Int) -> String {
        let count = self.count
        if count >= width { return String(prefix(width)) }
        return self + String(repeating: " ", count: width - count)
    }
}
