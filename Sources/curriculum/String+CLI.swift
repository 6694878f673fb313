extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (line ends are kept): how option
    /// values and comma-separated lists are read.
    func trimmingSpaces() -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace, !self[start].isNewline { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace, !self[index(before: end)].isNewline {
            end = index(before: end)
        }
        return String(self[start..<end])
    }
}
