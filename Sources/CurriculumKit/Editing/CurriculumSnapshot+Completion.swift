extension CurriculumSnapshot {
    /// Completions at `location`: annex IDs with their titles in an annex list, exercise IDs in a
    /// plan or where an ID is being typed, duration forms after a duration label, and field labels
    /// in the file's language at the start of a line.
    public func completions(at location: SourceLocation) -> [CompletionCandidate] {
        guard let text = lineText(location.file, line: location.line) else { return [] }
        let scalars = Array(text.unicodeScalars)
        let cursor = min(max(location.column - 1, 0), scalars.count)
        var prefix = ""
        prefix.unicodeScalars.append(contentsOf: scalars[..<cursor])
        let trimmed = prefix.trimmingWhitespace()
        let language = curriculum?.language ?? .dutch
        let isPlan = location.file.hasSuffix(PlanParser.fileSuffix)

        if !isPlan, currentField(in: location.file, line: location.line) == .annexes, trimmed.hasPrefix("-") {
            return annexCompletions(line: text, location: location, cursor: cursor)
        }
        if let colon = trimmed.firstIndex(of: ":"),
            LabelTable.kind(of: String(trimmed[..<colon])) == .duration
        {
            return Self.durationForms(language).enumerated().map { index, form in
                CompletionCandidate(
                    label: form, detail: Self.minutesText(form), kind: .duration, insertText: form,
                    sortText: Self.rank(index))
            }
        }
        let word = Self.wordBefore(cursor, in: scalars)
        if isPlan || word.first.map({ ("0"..."9").contains($0) }) == true {
            let start = SourceLocation(file: location.file, line: location.line, column: cursor - word.count + 1)
            let replacing = SourceRange(start: start, length: word.count)
            return (curriculum?.exercises ?? []).enumerated().map { index, exercise in
                CompletionCandidate(
                    label: exercise.id.description,
                    detail: exercise.title + (exercise.duration?.value.map { " (\($0))" } ?? ""),
                    kind: .exercise, insertText: exercise.id.description, replacing: replacing,
                    sortText: Self.rank(index))
            }
        }
        if !trimmed.contains(":"), !trimmed.hasPrefix("-"), !trimmed.hasPrefix("#") {
            let start = SourceLocation(file: location.file, line: location.line, column: 1)
            let replacing = SourceRange(start: start, length: cursor)
            return Self.exerciseFields.enumerated().map { index, kind in
                let label = LabelTable.canonicalLabel(for: kind, in: language)
                return CompletionCandidate(
                    label: label, detail: labels.field, kind: .fieldLabel, insertText: label + ": ",
                    replacing: replacing,
                    sortText: Self.rank(index))
            }
        }
        return []
    }

    static let exerciseFields: [FieldKind] = [
        .goals, .duration, .procedure, .feedback, .annexes, .materials, .preparation, .groupSize, .notes, .formerIDs,
    ]

    /// Annex IDs from the catalogue, the nearest to what is written first; each replaces the ID
    /// written in the list item (its title after the colon stays).
    private func annexCompletions(line text: String, location: SourceLocation, cursor: Int) -> [CompletionCandidate] {
        let entries = curriculum?.annexCatalogue?.entries ?? []
        let language = curriculum?.language ?? .dutch
        let scalars = Array(text.unicodeScalars)
        var start = 0
        while start < scalars.count, scalars[start] == " " || scalars[start] == "-" || scalars[start] == "*" {
            start += 1
        }
        start = min(start, cursor)
        var end = cursor
        var written = ""
        for match in AnnexReferenceParser.references(in: text) {
            let matchStart = match.offset
            let matchEnd = matchStart + match.length
            if cursor >= matchStart, cursor <= matchEnd {
                start = min(start, matchStart)
                end = max(end, matchEnd)
                written = match.written
            }
        }
        let replacing = SourceRange(
            start: SourceLocation(file: location.file, line: location.line, column: start + 1), length: end - start)
        let ranked = entries.map { entry -> (AnnexEntry, Int) in
            (entry, written.isEmpty ? 0 : EditDistance.between(written, entry.id.written(in: language)))
        }
        var seen: Set<AnnexID> = []
        return ranked.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.id < $1.0.id) }.compactMap { entry, _ in
            guard seen.insert(entry.id).inserted else { return nil }
            let id = entry.id.written(in: language)
            return CompletionCandidate(
                label: id, detail: entry.title, kind: .annex, insertText: id, replacing: replacing,
                sortText: Self.rank(seen.count))
        }
    }

    /// The field the line belongs to: the nearest field label above it, stopping at a heading.
    func currentField(in path: String, line: Int) -> FieldKind? {
        var number = line
        while number >= 1, line - number < 400 {
            guard let text = lineText(path, line: number) else { return nil }
            let trimmed = text.trimmingWhitespace()
            if trimmed.hasPrefix("#") { return nil }
            if !trimmed.hasPrefix("-"), let colon = trimmed.firstIndex(of: ":"),
                let kind = LabelTable.kind(of: String(trimmed[..<colon]))
            {
                return kind
            }
            number -= 1
        }
        return nil
    }

    static func wordBefore(_ cursor: Int, in scalars: [Unicode.Scalar]) -> String {
        var start = cursor
        while start > 0, scalars[start - 1].isASCII,
            scalars[start - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[start - 1])
                || scalars[start - 1] == "."
        {
            start -= 1
        }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[start..<cursor])
        return word
    }

    /// Duration forms the parser reads, in the curriculum's language.
    static func durationForms(_ language: Language) -> [String] {
        let forms =
            language == .dutch
            ? ["15 min", "30 min", "45 min", "60 min", "1 uur", "1 uur 30 min", "2 uur", "45-60 min"]
            : ["15 min", "30 min", "45 min", "60 min", "1 hour", "1 hour 30 min", "2 hours", "45-60 min"]
        return forms.filter { if case .success = DurationParser.parse($0) { return true } else { return false } }
    }

    static func minutesText(_ form: String) -> String? {
        guard case .success(let reading) = DurationParser.parse(form) else { return nil }
        return reading.value.description
    }

    static func rank(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
