/// Turning field blocks into model values, shared by the module, manifest and catalogue parsers.
enum FieldInterpreter {
    /// How many values `blocks` will give at most: one per top-level list item, and
    /// `perParagraph` per paragraph; arrays are sized once up front.
    private static func itemCount(of blocks: [TextBlock], perParagraph: Int) -> Int {
        blocks.reduce(0) { count, block in
            if case .list(let items) = block { return count + items.count }
            return count + perParagraph
        }
    }

    /// One goal per paragraph, or per top-level list item (nested items joined to their parent).
    static func goals(from blocks: [TextBlock]) -> [Goal] {
        var goals: [Goal] = []
        goals.reserveCapacity(itemCount(of: blocks, perParagraph: 1))
        for block in blocks {
            switch block {
            case .paragraph(let text, let location):
                goals.append(Goal(text: text, location: location))
            case .list(let items):
                for item in items {
                    let nested = item.children.map(\.plainText).joined(separator: " ")
                    goals.append(
                        Goal(text: nested.isEmpty ? item.text : item.text + " " + nested, location: item.location))
                }
            }
        }
        return goals
    }

    /// Procedure steps; a trailing `(15')` becomes the step's own time, and a lead-in such as
    /// `2 discussies van elk 10 a 15 minuten:` times the untimed steps of the list after it.
    static func steps(from blocks: [TextBlock]) -> [ProcedureStep] {
        var steps: [ProcedureStep] = []
        steps.reserveCapacity(itemCount(of: blocks, perParagraph: 1))
        var shared: SharedTiming?
        for block in blocks {
            switch block {
            case .paragraph(let text, let location):
                let (body, time) = splitTiming(text)
                steps.append(ProcedureStep(kind: .paragraph, text: body, duration: time, location: location))
                shared = time == nil ? SharedTiming(leadIn: text) : nil
            case .list(let items):
                var listSteps = items.map(step(from:))
                if let shared, listSteps.count >= shared.count,
                    listSteps.prefix(shared.count).allSatisfy({ $0.duration == nil })
                {
                    for index in 0..<shared.count { listSteps[index].duration = shared.duration }
                }
                steps += listSteps
                shared = nil
            }
        }
        return steps
    }

    private static func step(from item: ListItem) -> ProcedureStep {
        let kind: ProcedureStep.Kind
        switch item.marker {
        case .bullet: kind = .bullet
        case .number(let n): kind = .numbered(n)
        case .letter(let c): kind = .letter(c)
        }
        var (body, time) = splitTiming(item.text)
        // A time closing the item's first paragraph times the whole item; the note after it stays.
        if time == nil, let lead = item.lead {
            let (leadBody, leadTime) = splitTiming(lead)
            if let leadTime {
                time = leadTime
                body = leadBody + String(item.text.dropFirst(lead.count))
            }
        }
        return ProcedureStep(
            kind: kind, text: body, duration: time, substeps: item.children.map(step(from:)), location: item.location)
    }

    /// `Discussie (15')` → (`Discussie`, 15 min). Only a parenthesis that holds a unit counts, so
    /// `(2)` or `(zie bijlage)` stay part of the text.
    /// The book also writes `(30' — 10' per groep).`: a full stop after the parenthesis, and a
    /// remark after an em dash, which explains the time rather than adding to it.
    static func splitTiming(_ text: String) -> (String, Duration?) {
        guard text.utf8.last == 0x29 else {
            // `….(15').` — rare, so checked only when the text ends in a full stop after a parenthesis.
            if text.utf8.last == 0x2E, text.utf8.dropLast().last == 0x29 {
                let (body, time) = splitTiming(String(text.dropLast()))
                if time != nil { return (body, time) }
            }
            return (text, nil)
        }
        if let quick = quickTiming(text) { return quick }
        if let ascii = asciiTiming(text) { return ascii }
        return characterTiming(text)
    }

    /// `splitTiming` of a text that ends in `)`, read on `Character`s: the reference reading, used
    /// when the byte paths decline.
    static func characterTiming(_ text: String) -> (String, Duration?) {
        guard let open = text.lastIndex(of: "(") else { return (text, nil) }
        var inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        if let dash = inner.firstIndex(of: "—") { inner = String(inner[..<dash]).trimmingWhitespace() }
        guard inner.contains(where: { $0.isLetter || $0 == "'" || $0 == "’" }),
            inner.contains(where: \.isASCIIDigit) || inner.lowercased().contains("half")
                || inner.lowercased().contains("kwartier"),
            case .success(let reading) = DurationParser.parse(inner), reading.remark == nil
        else { return (text, nil) }
        return (String(text[..<open]).trimmingWhitespace(), reading.value)
    }

    /// The common forms `(15')`, `(15’)`, `(15 min)`, `(15 minuten)` read on bytes, without the
    /// general duration parser; `nil` for anything else.
    private static func quickTiming(_ text: String) -> (String, Duration?)? {
        text.withByteView { bytes -> (String, Duration?)? in
            guard let open = bytes.lastIndex(of: 0x28) else { return nil }
            var i = open + 1
            var minutes = 0
            var digits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 4 {
                minutes = minutes * 10 + Int(bytes[i] - 0x30)
                i += 1
                digits += 1
            }
            guard digits > 0, i <= bytes.count - 1 else { return nil }
            let rest = bytes.extracting(i..<(bytes.count - 1))
            guard isTimingUnit(rest) else { return nil }
            var end = open
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            return (
                bytes.string(in: 0..<end),
                Duration(minutes: minutes)
            )
        }
    }

    /// The rest of `splitTiming` on bytes when the parenthesis and what it holds are ASCII (then the
    /// last `(` byte is the last `(` character, and no em dash can occur): `nil` when the text needs
    /// the `Character` reading. Most texts that end in `)` are prose, `(zie bijlage 2)`; the
    /// `Character` reading cost about 140,000 instructions for each (docs/performance.md).
    static func asciiTiming(_ text: String) -> (String, Duration?)? {
        text.withByteView { bytes -> (String, Duration?)? in
            // No `(` byte, no `(` character: nothing to split off.
            guard let open = bytes.lastIndex(of: 0x28) else { return (text, nil) }
            guard open == 0 || bytes[open - 1] < 0x80 else { return nil }
            var letter = false
            var digit = false
            var index = open + 1
            let end = bytes.count - 1
            while index < end {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                if byte >= 0x30, byte <= 0x39 { digit = true }
                let lower = byte | 0x20
                if (lower >= 0x61 && lower <= 0x7A) || byte == 0x27 { letter = true }
                index += 1
            }
            let inner = bytes.extracting((open + 1)..<end)
            guard letter, digit || containsASCIICaseless(inner, "half") || containsASCIICaseless(inner, "kwartier"),
                case .success(let reading) = DurationParser.parse(bytes.string(in: (open + 1)..<end)),
                reading.remark == nil
            else { return (text, nil) }
            return (bytes.string(in: 0..<open).trimmingWhitespace(), reading.value)
        }
    }

    /// Whether ASCII `bytes` contain the lower-case ASCII `word`, ignoring case.
    private static func containsASCIICaseless(_ bytes: ByteView, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return word.withUTF8Buffer { pattern in
            for start in 0...(bytes.count - count) {
                var matched = 0
                while matched < count, bytes[start + matched] | 0x20 == pattern[matched] { matched += 1 }
                if matched == count { return true }
            }
            return false
        }
    }

    /// `'`, `’`, ` min`, ` minuten`, ` minutes` or `min`, compared as static text (no array of
    /// arrays to walk for every timed step).
    private static func isTimingUnit(_ rest: ByteView) -> Bool {
        for unit: StaticString in ["'", "’", " min", " minuten", " minutes", "min"] where rest.elementsEqual(unit) {
            return true
        }
        return false
    }

    /// Inline `flip-over, stiften` or one item per list entry.
    static func materials(from blocks: [TextBlock]) -> [Material] {
        var materials: [Material] = []
        // Each paragraph of an inline list holds a few names; room for eight saves most regrowth.
        materials.reserveCapacity(itemCount(of: blocks, perParagraph: 8))
        for block in blocks {
            switch block {
            case .paragraph(let text, let location):
                // Split at commas on the bytes; a column counts Unicode scalars, as the caret does.
                text.withByteView { bytes in
                    var column = location.column
                    var start = 0
                    while start <= bytes.count {
                        var end = start
                        var scalars = 0
                        while end < bytes.count, bytes[end] != 0x2C {
                            if bytes[end] & 0xC0 != 0x80 { scalars += 1 }
                            end += 1
                        }
                        let name = bytes.string(in: start..<end).trimmingWhitespace()
                        var leading = 0
                        while start + leading < end, bytes[start + leading] == 0x20 { leading += 1 }
                        if !name.isEmpty {
                            materials.append(
                                Material(
                                    name: name,
                                    location: SourceLocation(
                                        file: location.file, line: location.line, column: column + leading)))
                        }
                        column += scalars + 1
                        start = end + 1
                    }
                }
            case .list(let items):
                for item in items { materials.append(Material(name: item.text, location: item.location)) }
            }
        }
        return materials
    }

    /// Calls `body` with each item `items(from:)` lists, in the same order, without gathering them
    /// into an array first.
    static func forEachItem(in blocks: [TextBlock], _ body: (String, SourceLocation) -> Void) {
        for block in blocks {
            switch block {
            case .paragraph(let text, let location): body(text, location)
            case .list(let items):
                for item in items {
                    body(item.text, item.textLocation)
                    for child in item.children { body(child.text, child.textLocation) }
                }
            }
        }
    }

    /// The list items (or inline paragraphs) of an annexes field or catalogue.
    /// Each item's location is where its text starts (after the marker).
    static func items(from blocks: [TextBlock]) -> [(text: String, location: SourceLocation)] {
        var result: [(text: String, location: SourceLocation)] = []
        forEachItem(in: blocks) { result.append(($0, $1)) }
        return result
    }
}
