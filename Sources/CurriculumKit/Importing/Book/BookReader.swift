/// Reads the structure of a cleaned course book: modules, topics, levels and exercises.
///
/// Three passes. The first finds the exercises: an ID at the start of a line followed, within a
/// few lines, by a field label (an ID with no label near it is a line of the table of contents or
/// a reference). The second finds each module's heading, the nearest line above its first exercise
/// that reads `Module N` or `N. Title`. The third walks the book from the first module heading,
/// putting each line into the module, topic, level or exercise it belongs to.
struct BookReader {
    private let lines: [BookLine]
    private var notes: [BookNote]
    /// Whether each module's IDs have levels (`1.A.1.1`) or not (`0.A.1`), by majority.
    private var levels: [Int: Bool] = [:]
    /// Indices of lines that open an exercise.
    private var exerciseStarts: Set<Int> = []
    /// The table of contents: ID to title, for IDs listed before the body.
    private(set) var contents: [String: (title: String, line: Int)] = [:]

    init(lines: [BookLine], notes: [BookNote]) {
        self.lines = lines
        self.notes = notes
    }

    /// The draft curriculum, or `nil` when the book holds no exercise.
    mutating func read() -> DraftCurriculum? {
        findExercises()
        guard let bodyStart = exerciseStarts.min() else { return nil }
        readContents(before: bodyStart)
        let headings = moduleHeadings()
        let start = headings.keys.min().map { min($0, bodyStart) } ?? bodyStart
        var draft = DraftCurriculum(title: "", titleLine: 1)
        if let first = lines.first(where: { !$0.isBlank }) {
            draft.title = first.text
            draft.titleLine = first.number
        }
        draft.frontMatter = Array(lines[..<start]).filter { !isContentsLine($0.text) }
        walk(from: start, headings: headings, into: &draft)
        BookResolver.resolve(&draft, notes: &notes, levels: levels)
        draft.notes = notes
        return draft
    }

    // MARK: Pass 1: exercises and the table of contents

    private func idLine(_ text: String) -> (id: BookID, rest: String)? {
        guard let token = text.split(separator: " ", maxSplits: 1).first else { return nil }
        let known = levels
        guard let id = BookID.read(token, levels: { known[$0] }) else { return nil }
        let rest = text.dropFirst(token.count).trimmingWhitespace()
        if let next = rest.split(separator: " ").first,
            BookAnnexReference.keywords.contains(next.lowercased().strippingEnds(".,:;()"))
        {
            return nil
        }
        return (id, rest)
    }

    private mutating func findExercises() {
        var candidates: [(index: Int, id: BookID)] = []
        for (index, line) in lines.enumerated() where !line.isBlank {
            // An ID alone on its line may stand before the previous exercise's values, with its
            // own labels a page further on.
            guard let (id, rest) = idLine(line.text), !id.numbers.isEmpty,
                labelFollows(index, within: rest.isEmpty ? 60 : 8)
            else { continue }
            candidates.append((index, id))
        }
        var counts: [Int: (one: Int, two: Int)] = [:]
        for candidate in candidates where !candidate.id.repaired {
            if candidate.id.numbers.count == 2 { counts[candidate.id.module, default: (0, 0)].two += 1 }
            if candidate.id.numbers.count == 1 { counts[candidate.id.module, default: (0, 0)].one += 1 }
        }
        for (module, count) in counts { levels[module] = count.two >= count.one }
        for candidate in candidates {
            guard let (id, _) = idLine(lines[candidate.index].text), !id.numbers.isEmpty else { continue }
            // `2.E.2. Title`: a level heading in a module with levels, not an exercise.
            if id.numbers.count == 1, levels[id.module] == true { continue }
            exerciseStarts.insert(candidate.index)
        }
    }

    /// Whether a field label follows within `limit` non-blank lines, before another exercise ID.
    private func labelFollows(_ index: Int, within limit: Int) -> Bool {
        var seen = 0
        var cursor = index + 1
        while cursor < lines.count, seen < limit {
            defer { cursor += 1 }
            let text = lines[cursor].text
            guard !text.isEmpty else { continue }
            seen += 1
            if !BookLabel.labels(in: text).isEmpty { return true }
            if splitLabel(at: cursor) != nil { return true }
            if let (id, _) = idLine(text), !id.numbers.isEmpty, id.text != idLine(lines[index].text)?.id.text {
                return false
            }
        }
        return false
    }

    private mutating func readContents(before end: Int) {
        for line in lines[..<end] where !line.isBlank {
            guard let (id, rest) = idLine(line.text), !id.numbers.isEmpty else { continue }
            let title = rest.strippingLeaders()
            if contents[id.text] == nil, !title.isEmpty { contents[id.text] = (title, line.number) }
        }
    }

    private func isContentsLine(_ text: String) -> Bool {
        if let (id, _) = idLine(text), !id.numbers.isEmpty { return true }
        let lower = text.lowercased()
        return lower == "inhoud" || lower == "inhoudsopgave" || lower == "contents" || lower == "table of contents"
    }

    // MARK: Pass 2: module headings

    /// Line index of each module's heading.
    private func moduleHeadings() -> [Int: Int] {
        var firstExercise: [Int: Int] = [:]
        var lastExercise: [Int: Int] = [:]
        for index in exerciseStarts.sorted() {
            guard let (id, _) = idLine(lines[index].text) else { continue }
            if firstExercise[id.module] == nil { firstExercise[id.module] = index }
            lastExercise[id.module] = index
        }
        var headings: [Int: Int] = [:]
        for (module, first) in firstExercise {
            let floor = lastExercise.filter { $0.value < first }.map(\.value).max().map { $0 + 1 } ?? 0
            let range = (floor..<first).reversed()
            if let index = range.first(where: { Self.moduleHeading(lines[$0].text, long: true)?.number == module })
                ?? range.first(where: { Self.moduleHeading(lines[$0].text, long: false)?.number == module })
            {
                headings[index] = module
            }
        }
        return headings
    }

    /// `Module 1: title` (`long`), or `1. Title`.
    static func moduleHeading(_ text: String, long: Bool) -> (number: Int, title: String)? {
        let words = text.split(separator: " ")
        guard let first = words.first, words.count <= 16 else { return nil }
        if long {
            guard first.lowercased() == "module", words.count >= 2,
                let number = Int(words[1].strippingEnds(":.")), number < 100
            else { return nil }
            return (number, words.dropFirst(2).joined(separator: " ").strippingEnds(":-– "))
        }
        guard first.count >= 2, first.last == "." || first.last == ":", let number = Int(first.dropLast()),
            number < 100, words.count >= 2, words[1].first?.isUppercase == true, !text.hasSuffix(":")
        else { return nil }
        return (number, words.dropFirst().joined(separator: " "))
    }

    // MARK: Pass 3: the walk

    private enum Place {
        case front, module, topic
        case level(Int)
        case exercise
    }

    private mutating func walk(from start: Int, headings: [Int: Int], into draft: inout DraftCurriculum) {
        var place = Place.front
        var index = start
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index]
            if let module = headings[index] {
                let title =
                    Self.moduleHeading(line.text, long: true)?.title
                    ?? Self.moduleHeading(line.text, long: false)?.title
                draft.modules.append(DraftModule(number: module, title: title, line: line.number))
                place = .module
                continue
            }
            if line.isBlank {
                append(.blank, line, place: place, to: &draft)
                continue
            }
            if let (id, rest) = idLine(line.text), let opened = open(id, rest: rest, at: index, in: &draft) {
                place = opened
                continue
            }
            if let level = Self.levelHeading(line.text), case .some = currentTopic(draft) {
                setLevel(level.number, title: level.title, in: &draft)
                place = .level(level.number)
                continue
            }
            if case .exercise = place {
                var labels: [BookLabel] = []
                if let (split, next) = splitLabel(at: index) {
                    labels = [split]
                    index = next
                } else {
                    labels = BookLabel.labels(in: line.text)
                }
                if !labels.isEmpty {
                    for label in labels {
                        append(.label(label, line: line.number), line, place: place, to: &draft)
                        if !label.value.isEmpty {
                            append(
                                .text(BookLine(number: line.number, text: label.value)), line, place: place, to: &draft)
                        }
                    }
                    continue
                }
            } else if BookLabel.labels(in: line.text).count > 1 {
                notes.append(
                    BookNote(
                        .doubt, line: line.number, element: element(at: place, in: draft), says: line.text,
                        action:
                            "two labels side by side: the lines below interleave two columns; kept as printed, sort them by hand"
                    ))
            }
            append(.text(line), line, place: place, to: &draft)
        }
    }

    /// A label split over this line and the next non-blank one (at most one blank line between),
    /// and the index of that line.
    private func splitLabel(at index: Int) -> (BookLabel, Int)? {
        let first = lines[index].text
        if let kind = BookLabel.prefixKind(first) {
            // `Feedback` / `(indien van` / `toepassing):`: the label's words over several lines.
            var words = first
            var cursor = index
            for _ in 0..<3 {
                var next = cursor + 1
                if next < lines.count, lines[next].isBlank { next += 1 }
                guard next < lines.count, !lines[next].isBlank else { break }
                let text = lines[next].text
                let head = text.firstIndex(of: ":").map { String(text[..<$0]) } ?? text
                let value =
                    text.firstIndex(of: ":").map { text[text.index(after: $0)...].strippingEnds(": |") } ?? ""
                if let found = BookLabel.kind(of: words + " " + head) {
                    return (BookLabel(kind: found, written: words + " " + head, value: value), next)
                }
                guard BookLabel.prefixKind(words + " " + head) != nil else { break }
                words += " " + head
                cursor = next
            }
            var next = index + 1
            if next < lines.count, lines[next].isBlank { next += 1 }
            if next < lines.count, !lines[next].isBlank, let split = BookLabel.split(first, next: lines[next].text) {
                return (split, next)
            }
            return (BookLabel(kind: kind, written: first, value: ""), index)
        }
        var next = index + 1
        if next < lines.count, lines[next].isBlank { next += 1 }
        guard next < lines.count, !lines[next].isBlank else { return nil }
        return BookLabel.split(lines[index].text, next: lines[next].text).map { ($0, next) }
    }

    /// `Niveau 1`, `Niveau 2: Praktijk`, `Level 1`.
    static func levelHeading(_ text: String) -> (number: Int, title: String?)? {
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 6, ["niveau", "level"].contains(words[0].lowercased()),
            let number = Int(words[1].strippingEnds(":."))
        else { return nil }
        let title = words.dropFirst(2).joined(separator: " ").strippingEnds(":- ")
        return (number, title.isEmpty ? nil : title)
    }

    private func currentTopic(_ draft: DraftCurriculum) -> DraftTopic? {
        draft.modules.last?.topics.last
    }

    private func element(at place: Place, in draft: DraftCurriculum) -> String {
        guard let module = draft.modules.last else { return "" }
        guard let topic = module.topics.last else { return "module \(module.number)" }
        if case .exercise = place, let exercise = topic.exercises.last { return exercise.id.text }
        return "\(module.number).\(topic.letter)"
    }

    /// Opens the topic, level or exercise an ID line starts; `nil` when the line is text.
    private mutating func open(_ id: BookID, rest: String, at index: Int, in draft: inout DraftCurriculum) -> Place? {
        let line = lines[index]
        if id.numbers.isEmpty {
            guard !rest.isEmpty, rest.first?.isUppercase == true || rest.first?.isNumber == true else { return nil }
            var title = rest
            let doubled = "\(id.topic). "
            if title.hasPrefix(doubled) || title == "\(id.topic)." {
                title = String(title.dropFirst(doubled.count)).trimmingWhitespace()
                notes.append(
                    BookNote(
                        .repair, line: line.number, element: id.topicText, says: line.text,
                        action: "the topic letter is printed twice; read as \(id.topicText) \(title)"))
            } else if id.repaired {
                notes.append(
                    BookNote(
                        .repair, line: line.number, element: id.topicText, says: line.text,
                        action: "read \"\(id.written)\" as \(id.topicText)"))
            }
            ensureModule(id.module, line: line.number, in: &draft)
            openTopic(id.topic, title: title, line: line.number, in: &draft)
            return .topic
        }
        if levels[id.module] == true, id.numbers.count == 1, !rest.isEmpty {
            guard currentTopic(draft)?.letter == id.topic else { return nil }
            var title = rest
            for suffix in [" NIVEAU \(id.numbers[0])", " LEVEL \(id.numbers[0])"]
            where title.uppercased().hasSuffix(suffix) {
                title = String(title.dropLast(suffix.count)).trimmingWhitespace()
            }
            setLevel(id.numbers[0], title: title, in: &draft)
            return .level(id.numbers[0])
        }
        guard exerciseStarts.contains(index) else { return nil }
        if let last = draft.modules.last?.topics.last?.exercises.last, last.id.text == id.text,
            !last.entries.contains(where: { if case .label = $0 { return true } else { return false } })
        {
            notes.append(
                BookNote(
                    .doubt, line: line.number, element: id.text, says: line.text,
                    action: "a second title line for the same exercise; the first (\"\(last.title)\") is used"))
            let comment = "the book gives a second title here: \"\(rest)\""
            let module = draft.modules.count - 1
            let topic = lastTopicIndex(draft)
            let exercise = draft.modules[module].topics[topic].exercises.count - 1
            draft.modules[module].topics[topic].exercises[exercise].comments.append(comment)
            return .exercise
        }
        var id = id
        if contents[id.text] == nil, !rest.isEmpty,
            let listed = contents.first(where: { Self.sameTitle($0.value.title, rest) && !isUsed($0.key, in: draft) }),
            let byContents = BookID.read(listed.key, levels: { _ in nil })
        {
            // The table of contents lists this title under another ID: the body's ID is a misprint.
            notes.append(
                BookNote(
                    .repair, line: line.number, element: listed.key, says: "\(id.written) \(rest)",
                    action:
                        "read as \(listed.key): the table of contents (line \(listed.value.line)) lists this title under it"
                ))
            id = BookID(
                module: byContents.module, topic: byContents.topic, numbers: byContents.numbers, written: id.written,
                repaired: false)
        } else if id.repaired {
            notes.append(
                BookNote(
                    .repair, line: line.number, element: id.text, says: "\(id.written)",
                    action: "read as \(id.text) (misprinted exercise ID)"))
        }
        if id.numbers.count == 2, levels[id.module] != true {
            notes.append(
                BookNote(
                    .doubt, line: line.number, element: id.text, says: line.text,
                    action:
                        "an ID with a level in module \(id.module), whose other exercises have none; kept as printed"))
        }
        if let listed = contents[id.text], !rest.isEmpty, !Self.sameTitle(listed.title, rest) {
            notes.append(
                BookNote(
                    .doubt, line: line.number, element: id.text, says: rest,
                    action:
                        "the table of contents (line \(listed.line)) gives \"\(listed.title)\"; the body's title is used"
                ))
        }
        if isUsed(id.text, in: draft) {
            notes.append(
                BookNote(
                    .doubt, line: line.number, element: id.text, says: line.text,
                    action: "the ID is used twice in the book; both exercises are kept, give one a new ID"))
        }
        ensureModule(id.module, line: line.number, in: &draft)
        if currentTopic(draft)?.letter != id.topic || draft.modules.last?.number != id.module {
            notes.append(
                BookNote(
                    .doubt, line: line.number, element: id.topicText, says: line.text,
                    action:
                        "no heading for topic \(id.topicText) was found before this exercise; the topic has no title"))
            openTopic(id.topic, title: nil, line: line.number, in: &draft)
        }
        let exercise = DraftExercise(id: id, title: rest, line: line.number)
        draft.modules[draft.modules.count - 1].topics[lastTopicIndex(draft)].exercises.append(exercise)
        return .exercise
    }

    private func isUsed(_ id: String, in draft: DraftCurriculum) -> Bool {
        draft.modules.contains { $0.topics.contains { $0.exercises.contains { $0.id.text == id } } }
    }

    private func lastTopicIndex(_ draft: DraftCurriculum) -> Int {
        max((draft.modules.last?.topics.count ?? 1) - 1, 0)
    }

    private mutating func ensureModule(_ number: Int, line: Int, in draft: inout DraftCurriculum) {
        guard draft.modules.last?.number != number else { return }
        notes.append(
            BookNote(
                .doubt, line: line, element: "module \(number)", says: lines.first { $0.number == line }?.text ?? "",
                action: "no heading for module \(number) was found; the module has no title"))
        draft.modules.append(DraftModule(number: number, title: nil, line: line))
    }

    private func openTopic(_ letter: Character, title: String?, line: Int, in draft: inout DraftCurriculum) {
        draft.modules[draft.modules.count - 1].topics.append(DraftTopic(letter: letter, title: title, line: line))
    }

    private func setLevel(_ number: Int, title: String?, in draft: inout DraftCurriculum) {
        guard let module = draft.modules.indices.last, let topic = draft.modules[module].topics.indices.last else {
            return
        }
        if let title { draft.modules[module].topics[topic].levelTitles[number] = title }
        if draft.modules[module].topics[topic].levelIntros[number] == nil {
            draft.modules[module].topics[topic].levelIntros[number] = []
        }
    }

    private func append(_ entry: DraftExercise.Entry, _ line: BookLine, place: Place, to draft: inout DraftCurriculum) {
        let text = entry == .blank ? BookLine(number: line.number, text: "") : line
        guard let module = draft.modules.indices.last else {
            draft.frontMatter.append(text)
            return
        }
        let topic = draft.modules[module].topics.indices.last
        switch place {
        case .front, .module:
            draft.modules[module].intro.append(text)
        case .topic:
            if let topic { draft.modules[module].topics[topic].intro.append(text) }
        case .level(let number):
            if let topic { draft.modules[module].topics[topic].levelIntros[number, default: []].append(text) }
        case .exercise:
            guard let topic, let exercise = draft.modules[module].topics[topic].exercises.indices.last else { return }
            draft.modules[module].topics[topic].exercises[exercise].entries.append(entry)
        }
    }

    /// Titles that differ only in case, punctuation and spacing.
    static func sameTitle(_ a: String, _ b: String) -> Bool {
        func key(_ text: String) -> String { String(text.lowercased().filter { $0.isLetter || $0.isNumber }) }
        return key(a) == key(b)
    }
}

extension String {
    /// A table-of-contents title without its dot leaders and page number: `Title ..... 12` → `Title`.
    fileprivate func strippingLeaders() -> String {
        var text = Substring(self)
        while let last = text.last, last.isNumber { text = text.dropLast() }
        while let last = text.last, last == "." || last == " " || last == "…" { text = text.dropLast() }
        return String(text)
    }
}
