/// The first pass over a book: page furniture out, words broken across lines joined.
///
/// Both are plain OCR or layout damage; the report lists them once each, with every line.
enum BookCleaner {
    /// The book's lines, trimmed, with furniture blanked and hyphenation undone, and the notes.
    static func clean(_ source: SourceText) -> (lines: [BookLine], notes: [BookNote]) {
        var texts: [String] = []
        texts.reserveCapacity(source.lineCount)
        for number in 1...max(source.lineCount, 1) {
            texts.append(source.line(number).trimmingWhitespace())
        }
        var notes: [BookNote] = []
        let furniture = PageFurniture.find(in: texts)
        if let first = furniture.min() {
            let numbers = furniture.sorted().map { String($0 + 1) }.joined(separator: ", ")
            let examples = Set(furniture.map { texts[$0] }).sorted().prefix(4).map { "\"\($0)\"" }
            notes.append(
                BookNote(
                    .repair, line: first + 1, element: "",
                    says: examples.joined(separator: ", ") + " standing alone on lines \(numbers)",
                    action: "removed as page furniture (headers and footers repeated through the book)"))
        }
        for index in furniture { texts[index] = "" }
        var joined: [Int] = []
        var index = 0
        while index + 1 < texts.count {
            defer { index += 1 }
            let line = texts[index]
            let next = texts[index + 1]
            guard line.count >= 3, line.last == "-", let before = line.dropLast().last, before.isLetter,
                let first = next.first, first.isLowercase
            else { continue }
            let word = next.prefix { $0 != " " }
            let rest = next.dropFirst(word.count).trimmingWhitespace()
            texts[index] = (before.isLowercase ? String(line.dropLast()) : line) + word
            texts[index + 1] = rest
            joined.append(index + 1)
        }
        if let first = joined.first {
            notes.append(
                BookNote(
                    .repair, line: first, element: "",
                    says:
                        "words broken across lines with a hyphen on lines \(joined.map(String.init).joined(separator: ", "))",
                    action: "joined (the hyphen kept after a capital, as in IGMA-aanpak)"))
        }
        let emptied = Set(joined)
        var lines: [BookLine] = []
        lines.reserveCapacity(texts.count)
        for (offset, text) in texts.enumerated() where !(text.isEmpty && emptied.contains(offset)) {
            lines.append(BookLine(number: offset + 1, text: text))
        }
        return (lines, notes)
    }
}
