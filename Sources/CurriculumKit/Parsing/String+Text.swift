extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingWhitespace() -> String {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }

    /// Runs of white space collapsed to one space, trimmed.
    func collapsingWhitespace() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for character in self {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") ; pendingSpace = false }
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    /// The number of Unicode scalars before a UTF-8 byte offset: turns byte positions into the
    /// character columns diagnostics report.
    func column(ofUTF8Offset offset: Int) -> Int {
        var count = 0, seen = 0
        for byte in utf8 {
            if seen >= offset { break }
            if byte & 0xC0 != 0x80 { count += 1 }
            seen += 1
        }
        return count + 1
    }

    /// The number of Unicode scalars in the string: the width a range covers in columns.
    var scalarCount: Int { unicodeScalars.count }
}
