/// Turns what the book prints inside each exercise into fields.
///
/// Inline labels (`Duur: 1 uur`) take the lines up to the next label. Labels printed as a column
/// of their own (`Leerdoel:`, `Duur:`, `Procedure:` one under the other, the values after them)
/// share the text that follows: the title if the exercise has none yet, then the goals up to the
/// line that reads as a duration, the duration, and the rest for the procedure; trailing
/// paragraphs with annex references go to the annexes. A value that cannot be told apart (the
/// feedback printed after the procedure with no label between) stays where it is, reported.
enum BookResolver {
    private typealias Paragraph = [BookLine]

    private struct Run {
        var label: BookLabel
        var line: Int
        var lines: [BookLine] = []
        var hasText: Bool { lines.contains { !$0.isBlank } }
    }

    static func resolve(_ draft: inout DraftCurriculum, notes: inout [BookNote], levels: [Int: Bool]) {
        var positions: [(module: Int, topic: Int, exercise: Int)] = []
        for (m, module) in draft.modules.enumerated() {
            for (t, topic) in module.topics.enumerated() {
                for e in topic.exercises.indices { positions.append((m, t, e)) }
            }
        }
        var previous: (module: Int, topic: Int, exercise: Int)?
        for (order, position) in positions.enumerated() {
            var exercise = draft.modules[position.module].topics[position.topic].exercises[position.exercise]
            var before = previous.map { draft.modules[$0.module].topics[$0.topic].exercises[$0.exercise] }
            let prose = resolve(&exercise, previous: &before, notes: &notes, levels: levels)
            if let previous, let before {
                draft.modules[previous.module].topics[previous.topic].exercises[previous.exercise] = before
            }
            // Prose after the annexes: the introduction of the next level, when one starts there.
            if !prose.isEmpty {
                let next = order + 1 < positions.count ? positions[order + 1] : nil
                let nextExercise = next.map { draft.modules[$0.module].topics[$0.topic].exercises[$0.exercise] }
                if let next, let nextExercise, next.module == position.module, next.topic == position.topic,
                    let level = nextExercise.id.numbers.first, nextExercise.id.numbers.count == 2,
                    level != exercise.id.numbers.first,
                    draft.modules[next.module].topics[next.topic].levelIntros[level, default: []].allSatisfy(\.isBlank)
                {
                    draft.modules[next.module].topics[next.topic].levelIntros[level] = prose
                    notes.append(
                        BookNote(
                            .doubt, line: prose[0].number, element: nextExercise.id.text,
                            says: excerpt(prose[0].text),
                            action: "prose between two exercises, placed as the introduction of level \(level)"))
                } else {
                    var field = DraftField(kind: .notes, label: "", line: prose[0].number, lines: prose)
                    field.comments.append(
                        "import: the text below stands after the annexes in the book (line \(prose[0].number)); its place is unknown"
                    )
                    exercise.fields.append(field)
                    notes.append(
                        BookNote(
                            .doubt, line: prose[0].number, element: exercise.id.text, says: excerpt(prose[0].text),
                            action:
                                "prose after the exercise's annexes that belongs to no field; kept as a note, with a comment"
                        ))
                }
            }
            draft.modules[position.module].topics[position.topic].exercises[position.exercise] = exercise
            previous = position
        }
        settleAmbiguousDurations(&draft, positions: positions, notes: &notes)
        for position in positions {
            reportMissing(
                draft.modules[position.module].topics[position.topic].exercises[position.exercise], notes: &notes)
        }
    }

    /// A doubt for each required part the import did not find, so that the report lists every
    /// exercise `check` will complain about.
    private static func reportMissing(_ exercise: DraftExercise, notes: inout [BookNote]) {
        var missing: [String] = []
        if exercise.title.trimmingWhitespace().isEmpty { missing.append("a title") }
        let filled = { (kind: FieldKind) in
            exercise.fields.contains { $0.kind == kind && $0.lines.contains { !$0.isBlank } }
        }
        if !filled(.goals) { missing.append("learning goals") }
        if !exercise.fields.contains(where: { $0.kind == .duration && $0.duration != nil }) {
            missing.append("a duration")
        }
        if !filled(.procedure) { missing.append("a procedure") }
        guard !missing.isEmpty else { return }
        notes.append(
            BookNote(
                .doubt, line: exercise.line, element: exercise.id.text, says: exercise.id.written,
                action: "not found for this exercise: \(missing.joined(separator: ", ")); look it up in the book"))
    }

    /// `1,30 uur` read as 90 minutes where the steps say so also settles the same notation in
    /// exercises without step timings: the book means one thing by one notation.
    private static func settleAmbiguousDurations(
        _ draft: inout DraftCurriculum, positions: [(module: Int, topic: Int, exercise: Int)], notes: inout [BookNote]
    ) {
        var settled: [String: (duration: BookDuration, exercise: String)] = [:]
        for position in positions {
            let exercise = draft.modules[position.module].topics[position.topic].exercises[position.exercise]
            for field in exercise.fields where field.kind == .duration {
                guard let duration = field.duration, duration.repair != nil, let source = field.lines.first?.text,
                    duration.written != source
                else { continue }
                settled[source] = settled[source] ?? (duration, exercise.id.text)
            }
        }
        guard !settled.isEmpty else { return }
        for position in positions {
            let exercise = draft.modules[position.module].topics[position.topic].exercises[position.exercise]
            for (index, field) in exercise.fields.enumerated() where field.kind == .duration {
                guard let duration = field.duration, duration.doubt != nil, let source = field.lines.first,
                    let known = settled[source.text]
                else { continue }
                var repaired = known.duration
                repaired.repair =
                    "read as \(known.duration.written), as at \(known.exercise), whose step timings settle it"
                draft.modules[position.module].topics[position.topic].exercises[position.exercise].fields[index]
                    .duration =
                    repaired
                notes.removeAll { $0.line == source.number && $0.kind == .doubt && $0.element == exercise.id.text }
                notes.append(
                    BookNote(
                        .repair, line: source.number, element: exercise.id.text, says: source.text,
                        action: repaired.repair ?? ""))
            }
        }
    }

    /// Reads one exercise's fields; returns prose found after its annexes.
    private static func resolve(
        _ exercise: inout DraftExercise, previous: inout DraftExercise?, notes: inout [BookNote], levels: [Int: Bool]
    ) -> [BookLine] {
        var preamble: [BookLine] = []
        var runs: [Run] = []
        for entry in exercise.entries {
            switch entry {
            case .label(let label, let line): runs.append(Run(label: label, line: line))
            case .text(let line):
                if runs.isEmpty { preamble.append(line) } else { runs[runs.count - 1].lines.append(line) }
            case .blank:
                let blank = BookLine(number: 0, text: "")
                if runs.isEmpty { preamble.append(blank) } else { runs[runs.count - 1].lines.append(blank) }
            }
        }
        var leading = split(preamble)
        if exercise.title.isEmpty, giveBack(&leading, to: &previous, notes: &notes, levels: levels) {
            preamble = leading.flatMap { $0 + [BookLine(number: 0, text: "")] }
        }
        readPreamble(preamble, into: &exercise, notes: &notes)
        var index = 0
        while index < runs.count {
            var group = [runs[index]]
            while !group[group.count - 1].hasText, index + 1 < runs.count {
                index += 1
                group.append(runs[index])
            }
            index += 1
            if group.count == 1 {
                let run = group[0]
                exercise.fields.append(
                    DraftField(kind: run.label.kind, label: run.label.written, line: run.line, lines: trim(run.lines)))
            } else {
                distribute(group, into: &exercise, previous: &previous, notes: &notes, levels: levels)
            }
        }
        return finish(&exercise, notes: &notes, levels: levels)
    }

    /// Reads the annex references and the duration of fields already filled; returns the prose
    /// found after the annexes.
    private static func finish(_ exercise: inout DraftExercise, notes: inout [BookNote], levels: [Int: Bool])
        -> [BookLine]
    {
        var prose: [BookLine] = []
        for fieldIndex in exercise.fields.indices {
            switch exercise.fields[fieldIndex].kind {
            case .annexes:
                prose += readAnnexes(&exercise.fields[fieldIndex], of: exercise.id, notes: &notes, levels: levels)
            case .duration: readDuration(&exercise.fields[fieldIndex], of: exercise, notes: &notes)
            default: break
            }
        }
        return prose
    }

    /// Two exercises' label columns printed one after the other, the values of both after them:
    /// the values up to the last paragraph naming the first exercise's annex are the first's.
    private static func giveBack(
        _ paragraphs: inout [Paragraph], to previous: inout DraftExercise?, notes: inout [BookNote], levels: [Int: Bool]
    ) -> Bool {
        guard var before = previous else { return false }
        // The labels the previous exercise printed last with nothing after them.
        var runs: [Run] = []
        for entry in before.entries {
            switch entry {
            case .label(let label, let line): runs.append(Run(label: label, line: line))
            case .text(let line): if !runs.isEmpty { runs[runs.count - 1].lines.append(line) }
            case .blank: break
            }
        }
        let trailing = Array(runs.reversed().prefix { !$0.hasText }.reversed())
        let owner = before.id.text
        let references = { (paragraph: Paragraph) in
            BookAnnexReference.references(in: join(paragraph), levels: { levels[$0] })
        }
        var found = paragraphs.lastIndex { references($0).contains { $0.owner?.text == owner } }
        if found == nil, before.title.isEmpty, runs.allSatisfy({ !$0.hasText }),
            var end = paragraphs.firstIndex(where: { !references($0).isEmpty })
        {
            // Nothing of the previous exercise printed yet: its values end with the first block of
            // annex references, whoever owns them.
            while end + 1 < paragraphs.count, !references(paragraphs[end + 1]).isEmpty { end += 1 }
            found = end
        }
        guard !trailing.isEmpty, let cut = found else { return false }
        var portion = Array(paragraphs[...cut])
        let first = paragraphs[0][0]
        paragraphs.removeFirst(cut + 1)
        // A lower-case start continues the last field the previous exercise did fill.
        while let head = portion.first, head[0].text.first?.isLowercase == true,
            BookTextLayout.bullet(head[0].text) == nil,
            let target = before.fields.lastIndex(where: { $0.kind != .annexes && !$0.lines.isEmpty })
        {
            // Only up to a duration or a bullet: there the next field's column begins.
            let end =
                head.indices.dropFirst().first {
                    BookDuration.isDuration(head[$0].text) || BookTextLayout.bullet(head[$0].text) != nil
                } ?? head.count
            before.fields[target].lines += head[..<end]
            if end == head.count { portion.removeFirst() } else { portion[0] = Array(head[end...]) }
        }
        // Only the annexes label left empty: the text before the references continues the last
        // field the exercise did fill (its procedure or feedback, broken by a page).
        if trailing.allSatisfy({ $0.label.kind == .annexes }),
            let firstReference = portion.firstIndex(where: { !references($0).isEmpty }), firstReference > 0,
            let target = before.fields.lastIndex(where: { $0.kind != .annexes && !$0.lines.isEmpty })
        {
            for paragraph in portion[..<firstReference] {
                before.fields[target].lines += [BookLine(number: 0, text: "")] + paragraph
            }
            portion.removeFirst(firstReference)
        }
        let emptied = Set(trailing.map(\.label.kind))
        before.fields.removeAll { emptied.contains($0.kind) && $0.lines.allSatisfy(\.isBlank) }
        var group = trailing
        group[group.count - 1].lines = portion.flatMap { $0 + [BookLine(number: 0, text: "")] }
        var none: DraftExercise?
        if group.count == 1 {
            let run = group[0]
            before.fields.append(
                DraftField(kind: run.label.kind, label: run.label.written, line: run.line, lines: trim(run.lines)))
        } else {
            distribute(group, into: &before, previous: &none, notes: &notes, levels: levels)
        }
        _ = finish(&before, notes: &notes, levels: levels)
        notes.append(
            BookNote(
                .repair, line: first.number, element: owner, says: excerpt(first.text),
                action:
                    "the values of \(owner) are printed after the labels of the next exercise; given back to \(owner) up to its annex reference"
            ))
        previous = before
        return true
    }

    /// The title at the head of the first paragraph: its lines up to a bullet, a duration or a
    /// label (at most three); the rest of the paragraph stays.
    private static func takeTitle(from paragraphs: inout [Paragraph]) -> String {
        guard let first = paragraphs.first else { return "" }
        var count = 0
        while count < min(first.count, 3) {
            let text = first[count].text
            if count > 0,
                BookTextLayout.bullet(text) != nil || BookDuration.isDuration(text)
                    || !BookLabel.labels(in: text).isEmpty
            {
                break
            }
            count += 1
        }
        let title = join(Array(first.prefix(count)))
        if count == first.count { paragraphs.removeFirst() } else { paragraphs[0] = Array(first.dropFirst(count)) }
        return title
    }

    private static func readPreamble(
        _ preamble: [BookLine], into exercise: inout DraftExercise, notes: inout [BookNote]
    ) {
        var paragraphs = split(preamble)
        if exercise.title.isEmpty, !paragraphs.isEmpty {
            exercise.title = takeTitle(from: &paragraphs)
        } else if !paragraphs.isEmpty, preamble.first?.isBlank == false {
            // A title that runs on to the next line.
            exercise.title += " " + takeTitle(from: &paragraphs)
        }
        let rest = paragraphs.flatMap { $0 + [BookLine(number: 0, text: "")] }
        if let first = rest.first {
            exercise.description = trim(rest)
            notes.append(
                BookNote(
                    .doubt, line: first.number, element: exercise.id.text, says: excerpt(first.text),
                    action: "text between the title and the first field; kept as the exercise's introduction"))
        }
    }

    /// Shares the text after a column of labels among them.
    private static func distribute(
        _ group: [Run], into exercise: inout DraftExercise, previous: inout DraftExercise?, notes: inout [BookNote],
        levels: [Int: Bool]
    ) {
        var paragraphs = split(group[group.count - 1].lines)
        let known = levels
        let givenBack = giveBack(&paragraphs, to: &previous, notes: &notes, levels: levels)
        // Text that continues the previous exercise (interleaved columns): a lower-case start, or
        // an annex reference naming the previous exercise while its annexes field is empty.
        if var before = previous, exercise.title.isEmpty, !givenBack {
            while let first = paragraphs.first {
                let flows =
                    paragraphs.count > 1 && paragraphs[1][0].text.first?.isLowercase == true
                    && first.last?.text.last.map { ".!?:".contains($0) } == false
                if let character = first[0].text.first, character.isLowercase || flows,
                    BookTextLayout.bullet(first[0].text) == nil,
                    let target = before.fields.lastIndex(where: { $0.kind != .annexes })
                {
                    before.fields[target].lines += [BookLine(number: 0, text: "")] + first
                    notes.append(
                        BookNote(
                            .repair, line: first[0].number, element: before.id.text, says: excerpt(first[0].text),
                            action: "printed after the next exercise's labels; moved back to \(before.id.text)"))
                } else if BookAnnexReference.references(in: join(first), levels: { known[$0] }).contains(where: {
                    $0.owner?.text == before.id.text
                }),
                    let target = before.fields.lastIndex(where: {
                        $0.kind == .annexes && $0.lines.allSatisfy(\.isBlank)
                    })
                {
                    before.fields[target].lines = first
                    _ = readAnnexes(&before.fields[target], of: before.id, notes: &notes, levels: levels)
                    notes.append(
                        BookNote(
                            .repair, line: first[0].number, element: before.id.text, says: excerpt(first[0].text),
                            action: "an annex of \(before.id.text) printed after the next exercise's labels; moved back"
                        ))
                } else {
                    break
                }
                paragraphs.removeFirst()
            }
            previous = before
        }
        if exercise.title.isEmpty, !paragraphs.isEmpty {
            exercise.title = takeTitle(from: &paragraphs)
        }
        var labels = group
        var fields: [DraftField] = []
        if let annexes = labels.firstIndex(where: { $0.label.kind == .annexes }) {
            // The block of paragraphs around the last reference: references, and short lines
            // between them (a title run on); prose after it is split off with the annexes.
            var taken: [Paragraph] = []
            let hasReference = { (paragraph: Paragraph) in
                !BookAnnexReference.references(in: join(paragraph), levels: { known[$0] }).isEmpty
            }
            if let last = paragraphs.lastIndex(where: hasReference) {
                var first = last
                while first > 0,
                    hasReference(paragraphs[first - 1])
                        || (paragraphs[first - 1].count == 1 && first - 1 > 0
                            && hasReference(paragraphs[first - 2]))
                {
                    first -= 1
                }
                taken = Array(paragraphs[first...])
                paragraphs.removeSubrange(first...)
            }
            let run = labels.remove(at: annexes)
            var field = DraftField(kind: .annexes, label: run.label.written, line: run.line)
            field.lines = taken.flatMap { $0 + [BookLine(number: 0, text: "")] }
            fields.append(field)
        }
        let hasDuration = labels.contains { $0.label.kind == .duration }
        for (position, run) in labels.enumerated() {
            var field = DraftField(kind: run.label.kind, label: run.label.written, line: run.line)
            let isLast = position == labels.count - 1
            switch run.label.kind {
            case .goals where hasDuration:
                while var first = paragraphs.first {
                    // `… in IGMA. 2 uur`: the duration column printed on the goal's line.
                    if let split = first.firstIndex(where: { trailingDuration($0.text) != nil }),
                        !BookDuration.isDuration(first[split].text),
                        let (text, duration) = trailingDuration(first[split].text)
                    {
                        let number = first[split].number
                        first[split] = BookLine(number: number, text: text)
                        first.insert(BookLine(number: number, text: duration), at: split + 1)
                        paragraphs[0] = first
                    }
                    if let stop = first.firstIndex(where: { BookDuration.isDuration($0.text) }) {
                        field.lines += first[..<stop]
                        paragraphs[0] = Array(first[stop...])
                        break
                    }
                    field.lines += first + [BookLine(number: 0, text: "")]
                    paragraphs.removeFirst()
                }
            case .duration:
                // The first line that reads as a duration, among the first few; what stands
                // before it (OCR debris, a goal's last word) stays for the fields that follow.
                var found: (Int, Int)?
                for (p, paragraph) in paragraphs.prefix(3).enumerated() where found == nil {
                    if let l = paragraph.prefix(3).firstIndex(where: { BookDuration.isDuration($0.text) }) {
                        found = (p, l)
                    }
                }
                if let (p, l) = found {
                    field.lines = [paragraphs[p][l]]
                    paragraphs[p].remove(at: l)
                    if paragraphs[p].isEmpty { paragraphs.remove(at: p) }
                }
            default:
                if isLast
                    || labels[(position + 1)...].allSatisfy({ $0.label.kind != .duration && $0.label.kind != .goals })
                {
                    field.lines = paragraphs.flatMap { $0 + [BookLine(number: 0, text: "")] }
                    paragraphs = []
                    let rest = labels[(position + 1)...]
                    if !rest.isEmpty {
                        let names = rest.map(\.label.written).joined(separator: ", ")
                        let lines = rest.map { String($0.line) }.joined(separator: ", ")
                        field.comments.append(
                            "import: the book prints \(names) (line \(lines)) beside this text; its value could not be told apart, so all of it is here"
                        )
                        notes.append(
                            BookNote(
                                .doubt, line: run.line, element: exercise.id.text, says: "\(names) (line \(lines))",
                                action:
                                    "printed in a column of labels; its text is not separated from \(run.label.written) and stays there"
                            ))
                    }
                } else if let first = paragraphs.first {
                    field.lines = first
                    paragraphs.removeFirst()
                }
            }
            field.lines = trim(field.lines)
            if !field.lines.isEmpty { fields.append(field) }
            if isLast || !paragraphs.isEmpty || field.lines.isEmpty { continue }
        }
        fields.sort { order($0.kind) < order($1.kind) }
        exercise.fields += fields
    }

    private static func order(_ kind: FieldKind) -> Int {
        FieldKind.exerciseFields.firstIndex(of: kind) ?? FieldKind.exerciseFields.count
    }

    /// Reads the references of an annexes field; returns the prose that follows them.
    private static func readAnnexes(
        _ field: inout DraftField, of owner: BookID, notes: inout [BookNote], levels: [Int: Bool]
    ) -> [BookLine] {
        field.annexes = []
        var prose: [BookLine] = []
        var kept: [BookLine] = []
        for paragraph in split(field.lines).flatMap({ items(of: $0, levels: levels) }) {
            let text = join(paragraph)
            // A long paragraph is running text that mentions an annex, not an item naming one.
            let references = text.count > 240 ? [] : BookAnnexReference.references(in: text, levels: { levels[$0] })
            if references.isEmpty {
                let links = paragraph.allSatisfy { $0.text.hasPrefix("http") || $0.text.hasPrefix("www.") }
                if !kept.isEmpty, !links, paragraph.count >= 2 || paragraph.contains(where: { $0.text.count >= 70 }) {
                    prose += paragraph + [BookLine(number: 0, text: "")]
                } else if prose.isEmpty {
                    kept += paragraph + [BookLine(number: 0, text: "")]
                } else {
                    prose += paragraph + [BookLine(number: 0, text: "")]
                }
                continue
            }
            guard prose.isEmpty else {
                prose += paragraph + [BookLine(number: 0, text: "")]
                continue
            }
            kept += paragraph + [BookLine(number: 0, text: "")]
            var title = text
            for reference in references { title = title.replacingFirst(reference.written, with: " ") }
            title = title.collapsingWhitespace().strippingEnds(" |:-–.,;")
            for reference in references {
                let ownerText = reference.owner?.text ?? owner.text
                if let written = reference.owner, written.repaired {
                    notes.append(
                        BookNote(
                            .repair, line: paragraph[0].number, element: owner.text, says: reference.written,
                            action: "read the annex owner \"\(written.written)\" as \(written.text)"))
                }
                if reference.owner == nil {
                    notes.append(
                        BookNote(
                            .repair, line: paragraph[0].number, element: owner.text, says: reference.written,
                            action: "a reference without an ID; read as \(owner.text)'s annex \(reference.number)"))
                }
                field.annexes.append(
                    DraftAnnex(owner: ownerText, number: reference.number, title: title, line: paragraph[0].number))
            }
        }
        field.lines = trim(kept)
        return trim(prose)
    }

    private static func readDuration(_ field: inout DraftField, of exercise: DraftExercise, notes: inout [BookNote]) {
        let text = field.lines.first { !$0.isBlank }
        let steps = stepMinutes(
            exercise.fields.filter { $0.kind == .procedure || $0.kind == .feedback }.flatMap(\.lines))
        guard let text, let duration = BookDuration.read(text.text, stepMinutes: steps) else {
            notes.append(
                BookNote(
                    .doubt, line: field.line, element: exercise.id.text,
                    says: field.lines.map(\.text).joined(separator: " "),
                    action: "no duration could be read here; kept as printed, for check to report"))
            return
        }
        if let repair = duration.repair {
            notes.append(
                BookNote(.repair, line: text.number, element: exercise.id.text, says: text.text, action: repair))
        }
        if let doubt = duration.doubt {
            notes.append(BookNote(.doubt, line: text.number, element: exercise.id.text, says: text.text, action: doubt))
        }
        field.duration = duration
    }

    /// The sum of the step timings (`(15')`, `(10 min)`) at the ends of lines, or `nil`.
    static func stepMinutes(_ lines: [BookLine]) -> Int? {
        var total = 0
        var found = false
        for line in lines {
            guard line.text.last == ")" || line.text.last == "." || line.text.last == " " else { continue }
            let text = line.text.strippingEnds(" .")
            guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { continue }
            // OCR reads the minute mark ' as ’, ", ” or °.
            let inside = String(
                text[text.index(after: open)..<text.index(before: text.endIndex)].map {
                    "’‘\"”°".contains($0) ? "'" : $0
                })
            guard inside.first?.isNumber == true, case .success(let reading) = DurationParser.parse(inside) else {
                continue
            }
            total += reading.value.maximum
            found = true
        }
        return found ? total : nil
    }

    // MARK: Helpers

    /// A paragraph of annex lines split into one item per reference: a line without a reference
    /// continues the item above it (a title run on), or opens the paragraph's first item.
    private static func items(of paragraph: Paragraph, levels: [Int: Bool]) -> [Paragraph] {
        var items: [Paragraph] = []
        var current: Paragraph = []
        var currentHasReference = false
        for line in paragraph {
            let hasReference = !BookAnnexReference.references(in: line.text, levels: { levels[$0] }).isEmpty
            if hasReference, currentHasReference {
                items.append(current)
                current = []
            }
            current.append(line)
            currentHasReference = currentHasReference || hasReference
        }
        if !current.isEmpty { items.append(current) }
        return items
    }

    /// A line that ends in a duration after a full stop: `… in IGMA. 2 uur` → the text and `2 uur`.
    private static func trailingDuration(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ")
        guard words.count >= 3 else { return nil }
        for count in [2, 3, 4] where count < words.count {
            let tail = words.suffix(count).joined(separator: " ")
            let head = words.dropLast(count).joined(separator: " ")
            guard head.hasSuffix("."), BookDuration.isDuration(tail) else { continue }
            return (head, tail)
        }
        return nil
    }

    private static func split(_ lines: [BookLine]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var current: Paragraph = []
        for line in lines {
            if line.isBlank {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    private static func join(_ paragraph: Paragraph) -> String {
        paragraph.map(\.text).joined(separator: " ").collapsingWhitespace()
    }

    private static func trim(_ lines: [BookLine]) -> [BookLine] {
        var result = ArraySlice(lines)
        while result.first?.isBlank == true { result = result.dropFirst() }
        while result.last?.isBlank == true { result = result.dropLast() }
        return Array(result)
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        let characters = Array(self)
        let pattern = Array(target)
        guard !pattern.isEmpty, pattern.count <= characters.count else { return self }
        for start in 0...(characters.count - pattern.count)
        where characters[start..<start + pattern.count].elementsEqual(pattern) {
            return String(characters[..<start]) + replacement + String(characters[(start + pattern.count)...])
        }
        return self
    }
}
