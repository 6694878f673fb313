/// Page headers and footers: lines a book repeats on many pages, found by repetition.
///
/// A candidate is a short line standing alone (blank lines around it) that is neither a label,
/// an ID, a number nor a duration. Candidates are grouped by their letters and digits, lower-case;
/// a group seen on three or more pages is furniture, and so is a candidate one OCR misreading away
/// from such a group (`ig}na` beside `igma`).
enum PageFurniture {
    /// The line numbers (indices into `lines`) that are page furniture.
    static func find(in lines: [String]) -> Set<Int> {
        var candidates: [Int: String] = [:]
        var counts: [String: Int] = [:]
        for (index, raw) in lines.enumerated() {
            let text = raw.trimmingWhitespace()
            guard !text.isEmpty, text.count <= 60, isAlone(index, in: lines), isCandidate(text) else { continue }
            // Digits vary from page to page (`pagina 3`); letters and the places of numbers do not.
            var key = ""
            for character in text.lowercased() where character.isLetter || character.isNumber {
                if character.isNumber { if key.last != "#" { key.append("#") } } else { key.append(character) }
            }
            guard key.count >= 2 else { continue }
            candidates[index] = key
            counts[key, default: 0] += 1
        }
        let repeated = Set(counts.filter { $0.value >= 3 }.keys)
        guard !repeated.isEmpty else { return [] }
        var found: Set<Int> = []
        for (index, key) in candidates {
            if repeated.contains(key) || repeated.contains(where: { near($0, key) }) { found.insert(index) }
        }
        return found
    }

    private static func isAlone(_ index: Int, in lines: [String]) -> Bool {
        let before = index == 0 || lines[index - 1].trimmingWhitespace().isEmpty
        let after = index + 1 >= lines.count || lines[index + 1].trimmingWhitespace().isEmpty
        return before && after
    }

    private static func isCandidate(_ text: String) -> Bool {
        guard text.split(separator: " ").count <= 8, !text.hasSuffix(":") else { return false }
        if BookLabel.kind(of: text) != nil || !BookLabel.labels(in: text).isEmpty { return false }
        if let first = text.split(separator: " ").first, BookID.read(first) != nil { return false }
        if text.first.map({ $0 == "-" || $0 == "•" || $0.isNumber }) == true, text.count <= 3 { return false }
        if BookDuration.isDuration(text) { return false }
        return true
    }

    /// Two keys one edit apart, both at least four characters: OCR readings of one mark.
    private static func near(_ a: String, _ b: String) -> Bool {
        guard a.count >= 4, b.count >= 4, abs(a.count - b.count) <= 1 else { return false }
        return EditDistance.between(a, b) <= 1
    }
}
