/// Wraps text at a column for plain-text output, keeping a hanging indent for list items.
public enum TextWrapper {
    /// `text` wrapped to `width` columns; the first line starts with `firstPrefix`, later lines
    /// with `restPrefix`. Words longer than a line (URLs) are not broken.
    public static func wrap(_ text: String, width: Int = 80, firstPrefix: String = "", restPrefix: String = "")
        -> String
    {
        var lines: [String] = []
        var current = firstPrefix
        var currentWidth = DisplayWidth.of(firstPrefix)
        var lineHasWord = false
        let restWidth = DisplayWidth.of(restPrefix)
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let wordWidth = DisplayWidth.of(word)
            if lineHasWord && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = restPrefix + word
                currentWidth = restWidth + wordWidth
            } else {
                current += (lineHasWord ? " " : "") + word
                currentWidth += (lineHasWord ? 1 : 0) + wordWidth
            }
            lineHasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
