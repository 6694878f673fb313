/// A field label found at the start of a book line, with the text after it on that line.
///
/// Books write the format's labels and more (`Activity`, `Debrief`, `Handouts`, `Resources`,
/// `Learning objective(s)`), with or without a colon, sometimes several on one line when the
/// labels stand in a column of their own (`Leerdoel: Duur:`).
struct BookLabel: Equatable, Sendable {
    var kind: FieldKind
    /// The label as the book writes it, without the colon.
    var written: String
    /// The text after the colon on the same line (empty when the value stands elsewhere).
    var value: String

    /// Labels a book may use beyond the format's own, lower-case.
    private static let bookOnly: [String: FieldKind] = [
        "learning objective(s)": .goals, "objective(s)": .goals, "learning outcomes": .goals,
        "learning outcome": .goals, "leerdoel(en)": .goals, "activity": .procedure, "activities": .procedure,
        "steps": .procedure, "werkvorm": .procedure, "debrief": .feedback, "nabespreking": .feedback,
        "resources": .annexes, "resource": .annexes, "handouts": .annexes, "handout": .annexes,
        "hand-outs": .annexes, "bijlage(n)": .annexes, "tijdsduur": .duration, "tijd": .duration,
    ]

    /// The exercise field a label opens, or `nil` when the words are no exercise label.
    static func kind(of words: some StringProtocol) -> FieldKind? {
        let key = words.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard !key.isEmpty else { return nil }
        if let kind = bookOnly[key] { return kind }
        guard let kind = LabelTable.kind(of: key), FieldKind.exerciseFields.contains(kind) else { return nil }
        return kind
    }

    /// The labels at the start of `line`: none when it does not open with one. A second label on
    /// the line counts only when nothing follows it (labels printed side by side).
    static func labels(in line: String) -> [BookLabel] {
        let trimmed = line.trimmingWhitespace()
        if let kind = kind(of: trimmed), trimmed.count <= 40 {
            return [BookLabel(kind: kind, written: trimmed, value: "")]
        }
        guard let first = leading(trimmed) ?? withoutColon(trimmed) else { return [] }
        if let second = leading(first.value), second.value.isEmpty {
            return [BookLabel(kind: first.kind, written: first.written, value: ""), second]
        }
        return inline(first)
    }

    /// `Objective: Map the network Time: 30 minutes`: a second label after text on the same line
    /// (capitalised, before a colon) starts a field of its own.
    private static func inline(_ label: BookLabel) -> [BookLabel] {
        let words = label.value.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return [label] }
        for start in 1..<words.count where words[start].first?.isUppercase == true {
            for count in 1...3 where start + count <= words.count {
                let candidate = words[start..<(start + count)].joined(separator: " ")
                guard candidate.hasSuffix(":"), let kind = kind(of: candidate.dropLast()), kind != label.kind else {
                    continue
                }
                let first = BookLabel(
                    kind: label.kind, written: label.written, value: words[..<start].joined(separator: " "))
                let rest = BookLabel(
                    kind: kind, written: String(candidate.dropLast()),
                    value: words[(start + count)...].joined(separator: " "))
                return [first] + inline(rest)
            }
        }
        return [label]
    }

    /// The label before the first colon of `text`, if those words are a label.
    private static func leading(_ text: String) -> BookLabel? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let words = text[..<colon]
        guard words.count <= 40, let kind = kind(of: words) else { return nil }
        let value = text[text.index(after: colon)...].trimmingWhitespace()
        return BookLabel(kind: kind, written: words.trimmingWhitespace(), value: value)
    }

    /// `Duur 60 minuten`, `Leerdoel e In staat…`, `Procedure 1. Indien…`: a label without its colon,
    /// read only when what follows cannot be prose (a duration, a bullet, a number, a capital).
    private static func withoutColon(_ text: String) -> BookLabel? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        for count in (1...min(2, words.count - 1)).reversed() {
            let head = words.prefix(count).joined(separator: " ")
            guard head.first?.isUppercase == true, let kind = kind(of: head) else { continue }
            let value = words.dropFirst(count).joined(separator: " ")
            if kind == .duration {
                guard BookDuration.isDuration(value) else { return nil }
            } else if kind == .annexes, value.first?.isNumber == true {
                return nil  // `Bijlage 2 en 3)`: a reference that begins a line, not a label
            } else {
                guard let first = value.first,
                    first.isUppercase || first.isNumber || BookTextLayout.bullet(value) != nil
                else { return nil }
            }
            return BookLabel(kind: kind, written: head, value: value)
        }
        return nil
    }

    /// Every exercise label, lower-case: the format's and the book-only ones.
    private static let allLabels: [(String, FieldKind)] =
        LabelTable.labels.filter { FieldKind.exerciseFields.contains($0.value) }.map { ($0.key, $0.value) }
        + bookOnly.map { ($0.key, $0.value) }

    /// The field a line opens when it holds only the first words of labels of one kind
    /// (`Ondersteunend`, `Supporting`, `Feedback (indien van`): the rest is on the next lines.
    static func prefixKind(_ text: String) -> FieldKind? {
        guard text.count <= 30 else { return nil }
        let key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        guard let kinds = prefixes[key], kinds.count == 1 else { return nil }
        return kinds.first
    }

    /// The first words of every label of two words or more, with the kinds they may open:
    /// looked up once per line, so built once.
    private static let prefixes: [String: Set<FieldKind>] = {
        var table: [String: Set<FieldKind>] = [:]
        for (label, kind) in allLabels {
            let words = label.split(separator: " ")
            for count in words.indices.dropFirst() {
                table[words.prefix(count).joined(separator: " "), default: []].insert(kind)
            }
        }
        return table
    }()

    /// The first word of every label of two words or more, lower-case.
    private static let firstWords = Set(prefixes.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// A label split over two lines (`Ondersteunend` / `materiaal: …`, `Feedback (if` /
    /// `applicable):`): the label with the text of both lines, or `nil`.
    static func split(_ line: String, next: String) -> BookLabel? {
        let nextWords = next.trimmingWhitespace().split(separator: " ", omittingEmptySubsequences: true)
        let words = line.trimmingWhitespace().split(separator: " ", omittingEmptySubsequences: true)
        guard !nextWords.isEmpty, let head = words.first, !head.hasSuffix(":"),
            firstWords.contains(head.lowercased())
        else { return nil }
        for tailCount in [1, 2] where tailCount <= nextWords.count {
            let tailWords = nextWords.prefix(tailCount)
            // The tail ends the label: a colon after it, or nothing but the label on that word.
            guard tailCount == 1 || !tailWords[0].hasSuffix(":") else { continue }
            let tail = tailWords.joined(separator: " ").strippingEnds(":")
            let nextValue = nextWords.dropFirst(tailCount).joined(separator: " ")
            for count in (1...min(3, words.count)).reversed() {
                let head = words.prefix(count).joined(separator: " ")
                guard kind(of: head) == nil || count > 1, let kind = kind(of: head + " " + tail) else { continue }
                var rest = words.dropFirst(count).joined(separator: " ")
                while rest.hasPrefix("|") { rest = rest.dropFirst().trimmingWhitespace() }
                let value = [rest, nextValue].filter { !$0.isEmpty }.joined(separator: " ")
                return BookLabel(kind: kind, written: head + " " + tail, value: value)
            }
        }
        return nil
    }
}
