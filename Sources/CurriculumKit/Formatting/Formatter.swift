/// Rewrites a curriculum file in its canonical layout without changing what it says.
///
/// Works line by line on the source text, so that every word, comment and unknown line is carried
/// over as written; only constructs the parser recognises are rewritten:
///
/// * field labels take the canonical spelling of the curriculum's language (`Leerdoel:` →
///   `Leerdoelen:`); a qualifier in parentheses stays (`Feedback (indien van toepassing):`);
/// * a duration on its label's line takes the canonical notation (`60 minuten` → `1 uur`); an
///   ambiguous (CUR302) or unreadable one stays exactly as written, a remark stays;
/// * bullets `*` and `+` become `-` (numbered and lettered markers stay);
/// * headings get one space after the hashes and lose closing hashes (`#  Titel ##` → `# Titel`);
/// * annex references in annex lists are spelled `OWNER word N` (`0.C.1annex 1` → `0.C.1 annex 1`,
///   `1.a.1.1. Bijlage 1` → `1.A.1.1 bijlage 1`), keeping the author's word; with the notation
///   as written only their spacing is settled;
/// * one blank line before every field and around every structural heading, never two in a row,
///   none at the start or end, no trailing white space, LF line ends and a final newline.
///
/// Plan files (`*.plan.md`) get only the rewrites every file shares: bullets, heading spacing,
/// runs of blank lines, trailing white space and line ends; their labels and layout are the plan
/// parser's business.
///
/// A line that shares bytes with a comment keeps its content exactly (only trailing white space
/// goes), so a comment can never be cut or moved. The result is idempotent: formatting it again
/// gives the same text. `FormatVerifier` proves the meaning is unchanged before anything is written.
public struct Formatter: Sendable {
    /// The language whose labels are written.
    public var language: Language
    /// With `.asWritten` (the manifest's `Notatie: zoals geschreven`), labels and durations keep
    /// the author's spelling and only the layout is settled.
    public var notation: Notation

    public init(language: Language, notation: Notation = .canonical) {
        self.language = language
        self.notation = notation
    }

    /// The canonical text of `source`, read as a file of the given role.
    public func format(_ source: SourceText, role: FileRole) -> String {
        String(decoding: format(LineScanner(source: source), role: role, recording: false).bytes, as: UTF8.self)
    }

    /// The canonical text, and (with `recording`) what was decided for each line, so that the
    /// stability check can format the result again reusing every decision about a line it did not
    /// change (`reusing`).
    ///
    /// A line's rendering is a function of its bytes, its scan (kind and offsets) and the few facts
    /// about its surroundings in `LineContext`; nothing else. So when a line of the text formatted
    /// again has the same bytes, scan and context as the line it came from, its rendering is the
    /// one already made. The lines formatting changed (their bytes differ) are rendered anew, the
    /// blank lines are settled anew, and the whole result is still compared with the first.
    ///
    /// The text is UTF-8 bytes: most of its lines are the source's bytes as written
    /// (`Rendered.Text.source`), copied once into the result, so that no line becomes a `String` of
    /// its own (a string per line, appended to the result, was a third of what `fmt --check` spent
    /// beyond parsing; docs/performance.md).
    func format(_ scanner: LineScanner, role: FileRole, recording: Bool = false, reusing earlier: LineDecisions? = nil)
        -> (bytes: [UInt8], decisions: LineDecisions?)
    {
        let (rendered, decisions) = renderLines(scanner, role: role, recording: recording, reusing: earlier)
        return (Self.layOut(rendered, of: scanner.source, mayInsert: blankRule(scanner, role: role)), decisions)
    }

    /// Whether formatting the text gives exactly the bytes of `expected`, found without building
    /// the text (the stability check: a second text built line by line was 22 M of 548 M).
    func formats(
        _ scanner: LineScanner, role: FileRole, reusing earlier: LineDecisions?, toBytesOf expected: [UInt8]
    ) -> Bool {
        let rendered = renderLines(scanner, role: role, recording: false, reusing: earlier).rendered
        var offset = 0
        var same = true
        expected.withBufferView { bytes in
            scanner.source.bytes.withBufferView { source in
                Self.layOut(rendered, mayInsert: blankRule(scanner, role: role)) { text in
                    guard same else { return }
                    if let text {
                        let matches: Bool
                        switch text {
                        case .source(let range):
                            matches =
                                offset + range.count <= bytes.count
                                && bytes.extracting(offset..<(offset + range.count)).elementsEqual(
                                    source.extracting(range))
                            offset += range.count
                        case .made(let made):
                            let count = made.utf8.count
                            matches =
                                offset + count <= bytes.count
                                && made.withByteView { bytes.extracting(offset..<(offset + count)).elementsEqual($0) }
                            offset += count
                        }
                        guard matches else {
                            same = false
                            return
                        }
                    }
                    guard offset < bytes.count, bytes[offset] == 0x0A else {
                        same = false
                        return
                    }
                    offset += 1
                }
            }
            same = same && offset == bytes.count
        }
        return same
    }

    /// Where a blank line may be added: anywhere but inside the catalogue's list.
    func blankRule(_ scanner: LineScanner, role: FileRole) -> (Int) -> Bool {
        let lines = scanner.lines
        return role == .catalogue ? { Self.catalogueAllowsBlank(before: $0, in: lines) } : { _ in true }
    }

    /// Every line rendered, with the decisions recorded (`recording`) or reused (`earlier`).
    func renderLines(_ scanner: LineScanner, role: FileRole, recording: Bool, reusing earlier: LineDecisions?)
        -> (rendered: [Rendered], decisions: LineDecisions?)
    {
        let source = scanner.source
        let lines = scanner.lines
        var rendered: [Rendered] = []
        rendered.reserveCapacity(lines.count)
        var decisions = recording ? LineDecisions(source: source) : nil
        decisions?.lines.reserveCapacity(lines.count)
        var nextEarlier = 0
        var currentField: FieldKind?
        var sawManifestTitle = false
        let insideComment = Self.linesStartingInsideComments(source)
        // A file gives a handful of durations many times (`Duur: 60 min`): each is made canonical once.
        var durations: [String: String?] = [:]
        for (index, line) in lines.enumerated() {
            // The line's surroundings, and the state the following lines read, as before.
            var context = LineContext()
            if line.kind == .comment || Self.touchesComment(line, scanner: scanner, source: source) {
                context.commentLike = true
                context.startsInsideComment = insideComment.contains(line.number)
            } else {
                switch line.kind {
                case .heading(let depth):
                    switch role {
                    case .module: context.structural = depth <= 4
                    case .manifest: context.structural = depth == 1 && !sawManifestTitle
                    case .catalogue: context.structural = true
                    case .plan: context.structural = false
                    }
                    if role == .manifest, depth == 1 { sawManifestTitle = true }
                    if context.structural { currentField = nil }
                case .field where role == .plan:
                    break
                case .field(let kind):
                    currentField = kind
                    context.valueOnLabelLine =
                        kind == .duration && role == .module && notation == .canonical
                        && Self.valueEndsOnLabelLine(after: index, in: lines)
                case .listItem:
                    context.referenceList = (role == .module && currentField == .annexes) || role == .catalogue
                default:
                    break
                }
            }
            var made: Rendered?
            // The formatted text's lines that are not empty are the first text's non-empty
            // renderings, in order: the candidate is the next of those. A candidate is only taken
            // when bytes, scan and context all match, so a wrong pairing costs a rendering, never
            // a wrong line.
            if let earlier, line.lineStart < source.lineEnds[line.number - 1], nextEarlier < earlier.lines.count {
                let candidate = earlier.lines[nextEarlier]
                nextEarlier += 1
                if candidate.context == context, candidate.isSame(as: line, in: source, earlier: earlier.source) {
                    // The same bytes at another offset: a rendering that is bytes of the line moves with it.
                    made = candidate.rendered.moved(by: line.lineStart - candidate.line.lineStart)
                }
            }
            let result =
                made
                ?? render(line, context: context, role: role, source: source, durations: &durations)
            if decisions != nil, !result.text.isEmpty {
                decisions?.lines.append(LineDecision(line: line, context: context, rendered: result))
            }
            rendered.append(result)
        }
        return (rendered, decisions)
    }

    /// One line in its canonical form, from its bytes, its scan and its context only; `durations`
    /// holds the canonical forms of the durations the file gave before (a pure function, kept).
    func render(
        _ line: ScannedLine, context: LineContext, role: FileRole, source: SourceText,
        durations: inout [String: String?]
    ) -> Rendered {
        // The line as written without trailing white space.
        var raw: Rendered.Text {
            .source(Self.trimmedRange(from: line.lineStart, to: source.lineEnds[line.number - 1], in: source))
        }
        if context.commentLike {
            return Rendered(
                text: raw, layout: line.kind == .comment ? .comment : .other,
                startsInsideComment: context.startsInsideComment)
        }
        switch line.kind {
        case .blank:
            return Rendered(text: .made(""), layout: .blank)
        case .heading(let depth):
            let content = source.string(from: line.contentStart, to: line.contentEnd)
            let hashes = String(repeating: "#", count: depth)
            return Rendered(
                text: .made(content.isEmpty ? hashes : hashes + " " + content),
                layout: context.structural ? .heading : .other)
        case .field where role == .plan:
            // Plan labels are the plan parser's own (docs/plans.md): kept as written.
            return Rendered(text: raw, layout: .other)
        case .field(let kind):
            let value = source.string(from: line.contentStart, to: line.contentEnd)
            let label = source.string(from: line.markerStart, to: line.labelEnd)
            var newValue = value
            if context.valueOnLabelLine {
                if let known = durations[value] {
                    newValue = known ?? value
                } else {
                    let canonical = canonicalDuration(value)
                    durations[value] = canonical
                    newValue = canonical ?? value
                }
            } else if kind == .annexes, role == .module {
                newValue = Self.canonicalReferences(in: value, keepSpelling: notation == .asWritten)
            }
            let newLabel = notation == .canonical ? canonicalLabel(label, kind: kind) : label
            if newLabel == label, newValue == value, !value.isEmpty, line.lineStart == line.markerStart,
                line.contentStart == line.labelEnd + 2, source.bytes[line.labelEnd] == 0x3A,
                source.bytes[line.labelEnd + 1] == 0x20
            {
                // Already `Label: value`: the line up to the end of its value, as written.
                let text = line.lineStart..<line.contentEnd
                // Nothing after the value: the text is the line as written, which `raw` is too.
                if line.contentEnd == source.lineEnds[line.number - 1] {
                    return Rendered(text: .source(text), layout: .field)
                }
                return Rendered(
                    text: Self.kind(of: text, in: source) == line.kind ? .source(text) : raw, layout: .field)
            }
            let text = newValue.isEmpty ? newLabel + ":" : newLabel + ": " + newValue
            return Rendered(text: Self.kind(of: text) == line.kind ? .made(text) : raw, layout: .field)
        case .listItem(let marker):
            // Most items are already as fmt writes them: a `-` (or a number) and no reference list
            // to settle. Their text is the line up to the end of its content, made as one string
            // instead of three joined.
            if !context.referenceList, line.contentStart < line.contentEnd,
                marker != .bullet || source.bytes[line.markerStart] == 0x2D
            {
                let text = line.lineStart..<line.contentEnd
                // Nothing after the content: the text is the line as written, which `raw` is too.
                if line.contentEnd == source.lineEnds[line.number - 1] {
                    return Rendered(text: .source(text), layout: .other)
                }
                return Rendered(
                    text: Self.kind(of: text, in: source) == line.kind ? .source(text) : raw, layout: .other)
            }
            let indent = source.string(from: line.lineStart, to: line.markerStart)
            var markerText = source.string(from: line.markerStart, to: line.contentStart)
            if marker == .bullet, let first = markerText.first, first == "*" || first == "+" {
                markerText = "-" + markerText.dropFirst()
            }
            var content = source.string(from: line.contentStart, to: line.contentEnd)
            if context.referenceList {
                content = Self.canonicalReferences(in: content, keepSpelling: notation == .asWritten)
            }
            if content.isEmpty { markerText = markerText.trimmingTrailingWhitespace() }
            let text = indent + markerText + content
            // `* -` must not become `- -`, which is a rule, not an item: a rewrite that reads
            // differently is dropped.
            return Rendered(text: Self.kind(of: text) == line.kind ? .made(text) : raw, layout: .other)
        default:
            return Rendered(text: raw, layout: .other)
        }
    }

    /// The bytes from `start` to `end` without trailing spaces and tabs: the same as
    /// `trimmingTrailingWhitespace()` of the whole line, which is kept as the reading for a line
    /// whose white space follows a non-ASCII byte (a space can join a `Character` only there)
    /// (`TrimmingTests`). The trimmed line is always a prefix of the line.
    static func trimmedRange(from start: Int, to end: Int, in source: SourceText) -> Range<Int> {
        var stop = end
        source.bytes.withBufferView { bytes in
            while stop > start, bytes[stop - 1] == 0x20 || bytes[stop - 1] == 0x09 { stop -= 1 }
        }
        if stop == end || stop == start || source.bytes[stop - 1] < 0x80 { return start..<stop }
        return start..<(start + source.string(from: start, to: end).trimmingTrailingWhitespace().utf8.count)
    }

    // MARK: Layout

    /// One output line before blank lines are settled.
    struct Rendered {
        enum Layout { case blank, comment, heading, field, other }

        /// A line's text: bytes of the text being formatted, as written (most lines), or text made
        /// for the line by a rewrite.
        enum Text {
            case source(Range<Int>)
            case made(String)

            var isEmpty: Bool {
                switch self {
                case .source(let range): range.isEmpty
                case .made(let text): text.isEmpty
                }
            }

            /// The number of UTF-8 bytes.
            var count: Int {
                switch self {
                case .source(let range): range.count
                case .made(let text): text.utf8.count
                }
            }
        }

        var text: Text
        var layout: Layout
        /// The line continues a comment opened on an earlier line: no blank line may go before it.
        var startsInsideComment = false

        /// The rendering of the same line `distance` bytes further on in another text.
        func moved(by distance: Int) -> Rendered {
            guard case .source(let range) = text else { return self }
            var moved = self
            moved.text = .source((range.lowerBound + distance)..<(range.upperBound + distance))
            return moved
        }
    }

    /// Settles blank lines: one before every field and around every structural heading (a comment
    /// directly above one stays attached to it), runs of blank lines collapsed, none at either end.
    /// `mayInsert(i)` says whether a blank line may be added before source line `i` (0-based) where
    /// there was none; existing blank lines are only collapsed.
    static func layOut(_ lines: [Rendered], of source: SourceText, mayInsert: (Int) -> Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(lines.reduce(0) { $0 + $1.text.count + 1 })
        source.bytes.withBufferView { bytes in
            layOut(lines, mayInsert: mayInsert) { text in
                switch text {
                case .source(let range)?: bytes.append(range, to: &output)
                case .made(let made)?: output.append(contentsOf: made.utf8)
                case nil: break
                }
                output.append(0x0A)
            }
        }
        return output
    }

    /// The same, handing out the lines in order: `nil` for a blank line, else a line's text (each
    /// ends with a line feed).
    static func layOut(_ lines: [Rendered], mayInsert: (Int) -> Bool, emit: (Rendered.Text?) -> Void) {
        // Content lines (everything but blanks), each with whether a blank line preceded it.
        var items: [(line: Rendered, blankBefore: Bool, index: Int)] = []
        var sawBlank = false
        for (index, line) in lines.enumerated() {
            if line.layout == .blank {
                sawBlank = true
                continue
            }
            items.append((line, sawBlank, index))
            sawBlank = false
        }
        guard !items.isEmpty else { return }
        var needsBlank = items.map(\.blankBefore)
        for index in items.indices {
            let layout = items[index].line.layout
            if layout == .heading || layout == .field {
                // Before it, or before the comments written directly above it (never inside one).
                var start = index
                while start > 0, !items[start].blankBefore,
                    items[start].line.startsInsideComment || items[start - 1].line.layout == .comment
                { start -= 1 }
                // Walking back through a comment that was opened on a line of text lands on that
                // text: a blank line there would split its paragraph, so none is added.
                let landed = items[start].line
                if start == index || (landed.layout == .comment && !landed.startsInsideComment) {
                    needsBlank[start] = true
                }
            }
            if layout == .heading, index + 1 < items.count {
                needsBlank[index + 1] = true
            }
        }
        for index in items.indices {
            if index > 0, needsBlank[index], items[index].blankBefore || mayInsert(items[index].index) {
                emit(nil)
            }
            emit(items[index].line.text)
        }
    }

    // MARK: Rewrites

    /// The canonical spelling of a label; a qualifier in parentheses is kept.
    func canonicalLabel(_ label: String, kind: FieldKind) -> String {
        var canonical = LabelTable.canonicalLabel(for: kind, in: language)
        // No `(` byte, no `(` character: most labels are looked at without a `Character` search.
        if label.withByteView({ $0.firstIndex(of: 0x28, in: 0..<$0.count) != nil }),
            let open = label.firstIndex(of: "(")
        {
            canonical += " " + label[open...].collapsingWhitespace()
        }
        // The byte lookup (held to `LabelTable.kind(of:)` by `ByteReadingTests`): the `String`
        // lookup lower-cased and hashed the label again for every field, 17 M of 556 M.
        let readsBack = canonical.withByteView { LabelTable.kind(ofUTF8: $0) } == kind
        return readsBack ? canonical : label.collapsingWhitespace()
    }

    /// The canonical notation of a duration, or `nil` when it must stay as written: unreadable,
    /// ambiguous, or not read back as the same value.
    func canonicalDuration(_ text: String) -> String? {
        guard case .success(let reading) = DurationParser.parse(text), reading.alternative == nil else { return nil }
        var canonical = DurationFormatter.canonical(reading.value, language: language)
        if let remark = reading.remark { canonical += " (\(remark))" }
        // Already canonical (every duration on the stability pass, most on the first): reading the
        // same text again can only give the same reading.
        if canonical == text { return canonical }
        guard case .success(let again) = DurationParser.parse(canonical), again == reading else { return nil }
        return canonical
    }

    /// `0.C.1annex 1` → `0.C.1 annex 1`; `1.a.1.1. Bijlage 1` → `1.A.1.1 bijlage 1`. The text is
    /// returned unchanged unless the rewritten item reads as the same references, title and location.
    /// With `keepSpelling` (a transcription, `Notatie: zoals geschreven`) only the spacing is
    /// settled: `0.C.1annex 1` → `0.C.1 annex 1`, but `1.a.1.1. Bijlage 1` stays.
    static func canonicalReferences(in text: String, keepSpelling: Bool = false) -> String {
        let matches = AnnexReferenceParser.references(in: text)
        guard !matches.isEmpty else { return text }
        // The parser's offsets count Unicode scalars.
        // Each reference's canonical text, or `nil` where it is already written so: then the text
        // stays (most items, once formatted), and no canonical text is built to find that out.
        var canonicals: [String?] = []
        canonicals.reserveCapacity(matches.count)
        for match in matches {
            guard let keyword = Self.keyword(of: match.written) else { return text }
            let canonical: String
            if keepSpelling {
                guard let spaced = Self.spaced(match.written, keywordLength: keyword.unicodeScalars.count) else {
                    return text
                }
                canonical = spaced
            } else if Self.isWritten(match.written, owner: match.id.owner, keyword: keyword, number: match.id.number) {
                canonicals.append(nil)
                continue
            } else {
                canonical = "\(match.id.owner) \(keyword) \(match.id.number)"
            }
            canonicals.append(match.written.hasSameBytes(as: canonical) ? nil : canonical)
        }
        if canonicals.allSatisfy({ $0 == nil }) { return text }
        var scalars = Array(text.unicodeScalars)
        guard matches.allSatisfy({ $0.offset >= 0 && $0.offset + $0.length <= scalars.count }) else { return text }
        for (match, canonical) in zip(matches, canonicals).reversed() {
            guard let canonical else { continue }
            scalars.replaceSubrange(match.offset..<(match.offset + match.length), with: Array(canonical.unicodeScalars))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let rewritten = String(view)
        guard rewritten != text else { return text }
        let before = AnnexReferenceParser.item(text)
        let after = AnnexReferenceParser.item(rewritten)
        guard before.references.map(\.id) == after.references.map(\.id), before.title == after.title,
            before.target == after.target
        else { return text }
        return rewritten
    }

    /// Whether `written` is `owner keyword number`, byte for byte: `canonicalReferences`' test of
    /// every reference, made without building the canonical text (four appends a reference, 7% of
    /// `fmt --check` on a generated corpus).
    static func isWritten(_ written: String, owner: String, keyword: String, number: Int) -> Bool {
        guard number >= 0 else { return written.hasSameBytes(as: "\(owner) \(keyword) \(number)") }
        return written.withByteView { bytes in
            var i = 0
            func take(_ part: String) -> Bool {
                part.withByteView { part in
                    guard i + part.count < bytes.count, bytes[i + part.count] == 0x20 else { return false }
                    for k in 0..<part.count where bytes[i + k] != part[k] { return false }
                    i += part.count + 1
                    return true
                }
            }
            guard take(owner), take(keyword), i < bytes.count, bytes[i] != 0x30 || i + 1 == bytes.count else {
                return false
            }
            // The number in decimal, as `String(number)` writes it: no sign, no leading zero.
            var value = 0
            while i < bytes.count, bytes[i] &- 0x30 < 10, value <= Int.max / 10 - 9 {
                value = value * 10 + Int(bytes[i] &- 0x30)
                i += 1
            }
            return i == bytes.count && value == number
        }
    }

    /// A written reference with one space between owner, word and number, each as written:
    /// `1.a.1.1.  Bijlage1` → `1.a.1.1. Bijlage 1`.
    static func spaced(_ written: String, keywordLength: Int) -> String? {
        var scalars = Array(written.unicodeScalars)
        var number: [Unicode.Scalar] = []
        while let last = scalars.last, last.properties.numericType != nil, last.isASCII {
            number.insert(scalars.removeLast(), at: 0)
        }
        while let last = scalars.last, last == " " || last == "\u{A0}" { scalars.removeLast() }
        guard scalars.count >= keywordLength, !number.isEmpty else { return nil }
        let word = scalars.suffix(keywordLength)
        var owner = Array(scalars.dropLast(keywordLength))
        while let last = owner.last, last == " " || last == "\u{A0}" { owner.removeLast() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: owner)
        view.append(" ")
        view.append(contentsOf: word)
        view.append(" ")
        view.append(contentsOf: number)
        return String(view)
    }

    /// The annex word of a written reference, lower-cased: `0.C.1annex 1` → `annex`.
    ///
    /// A reference written in ASCII (nearly all) is read on its bytes; `characterKeyword(of:)`, the
    /// reference reading, lower-cased a copy of every reference and compared `Character`s: about
    /// 10,000 instructions a reference, 80 M of the 784 M of `fmt --check` on 10 × 100.
    static func keyword(of written: String) -> String? {
        return written.withByteView { bytes in
            for byte in bytes where byte >= 0x80 { return characterKeyword(of: written) }
            var end = bytes.count
            while end > 0, bytes[end - 1] >= 0x30, bytes[end - 1] <= 0x39 { end -= 1 }
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            return keywordBytesLongestFirst.first { keyword in
                guard keyword.bytes.count <= end else { return false }
                let start = end - keyword.bytes.count
                for (offset, byte) in keyword.bytes.enumerated() {
                    let written = bytes[start + offset]
                    let lower = written >= 0x41 && written <= 0x5A ? written | 0x20 : written
                    if lower != byte { return false }
                }
                return true
            }?.text
        }
    }

    /// The annex words as `keywordsLongestFirst`, with their bytes.
    static let keywordBytesLongestFirst = keywordsLongestFirst.map { (text: $0, bytes: Array($0.utf8)) }

    /// `keyword(of:)` on `Character`s, for any reference: the reference reading.
    static func characterKeyword(of written: String) -> String? {
        var body = Substring(written.lowercased())
        while let last = body.last, last.isASCIIDigit { body.removeLast() }
        while let last = body.last, last == " " || last == "\u{A0}" { body.removeLast() }
        return keywordsLongestFirst.first { body.hasSuffix($0) }
    }

    /// The annex words, longest first, so that the longest that ends a reference wins.
    static let keywordsLongestFirst = AnnexReferenceParser.keywords.sorted { $0.count > $1.count }

    // MARK: Line facts

    /// How the scanner classifies a line of text on its own.
    static func kind(of text: String) -> ScannedLine.Kind {
        // The string's bytes in place (a copy into a new array for every rewritten line was 8 M).
        let text = text.isEmpty ? " " : text
        return text.withByteView { LineScanner.classify($0, number: 1, start: 0, end: $0.count).kind }
    }

    /// `kind(of:)` of the bytes in `range` of `source`, read where they are.
    static func kind(of range: Range<Int>, in source: SourceText) -> ScannedLine.Kind {
        guard !range.isEmpty else { return kind(of: "") }
        return source.bytes.withBufferView {
            LineScanner.classify($0.extracting(range), number: 1, start: 0, end: range.count).kind
        }
    }

    /// Whether any byte of the line belongs to a comment (the scanner blanked it).
    static func touchesComment(_ line: ScannedLine, scanner: LineScanner, source: SourceText) -> Bool {
        let range = line.lineStart..<source.lineEnds[line.number - 1]
        // `memcmp` of the line in both (a byte loop was 18 M of the 696 M of `fmt --check`).
        return !scanner.bytes.withBufferView { blanked in
            source.bytes.withBufferView { blanked.extracting(range).elementsEqual($0.extracting(range)) }
        }
    }

    /// The numbers of the lines that begin inside a comment opened on an earlier line, found the way
    /// the scanner finds comments (`<!--` up to the next `-->`, or the end of the file).
    static func linesStartingInsideComments(_ source: SourceText) -> Set<Int> {
        // `memchr` to each `<` and each `-`: a byte loop over every file was a twentieth of `fmt`.
        source.bytes.withBufferView { bytes in
            let n = bytes.count
            var result: Set<Int> = []
            var lineIndex = 0
            var i = 0
            while i + 3 < n {
                guard let open = bytes.firstIndex(of: 0x3C, in: i..<(n - 3)) else { break }
                i = open
                guard bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D else {
                    i += 1
                    continue
                }
                var j = i + 4
                var end = n
                while j + 2 < n {
                    guard let dash = bytes.firstIndex(of: 0x2D, in: j..<(n - 2)) else { break }
                    j = dash
                    if bytes[j + 1] == 0x2D, bytes[j + 2] == 0x3E {
                        end = j + 3
                        break
                    }
                    j += 1
                }
                while lineIndex < source.lineCount, source.lineStarts[lineIndex] <= i { lineIndex += 1 }
                while lineIndex < source.lineCount, source.lineStarts[lineIndex] < end {
                    result.insert(lineIndex + 1)
                    lineIndex += 1
                }
                i = end
            }
            return result
        }
    }

    /// Whether a blank line may be added before line `index` of the annex catalogue. The catalogue
    /// reads one list across headings, so a text line after a heading continues the list item above;
    /// a blank line in between would cut the item in two. A field (`Locatie:`, or one the catalogue
    /// reports and ignores) takes the lines after it up to the next item, heading or field. The
    /// blank may go in when the next line the list reads is an item, or nothing.
    static func catalogueAllowsBlank(before index: Int, in lines: [ScannedLine]) -> Bool {
        var next = index
        while next < lines.count {
            switch lines[next].kind {
            case .blank, .comment, .heading:
                next += 1
            case .field:
                next += 1
                while next < lines.count, !lines[next].endsCatalogueFieldText { next += 1 }
            case .listItem:
                return true
            default:
                return false
            }
        }
        return true
    }

    /// Whether a field's value is all on its label's line: nothing but blank lines and comments
    /// until the next field, heading or the end of the file.
    static func valueEndsOnLabelLine(after index: Int, in lines: [ScannedLine]) -> Bool {
        var next = index + 1
        while next < lines.count {
            switch lines[next].kind {
            case .blank, .comment: next += 1
            case .field, .heading: return true
            default: return false
            }
        }
        return true
    }
}

extension String {
    /// The string without trailing spaces and tabs (only those: the scanner counts a form feed as
    /// text, so removing it would turn a text line into a blank one).
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" else { break }
            end = previous
        }
        return String(self[..<end])
    }
}
