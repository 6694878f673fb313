/// Text that sends the reader to another exercise by ID (`zie oefening 1.B.1.1`, `see exercise
/// 2.A.1.2`, `oefeningen 1.A.1.1 en 1.A.1.2`) must name an exercise that exists. Only an ID right
/// after the word `oefening(en)` or `exercise(s)` counts: `uit de vorige oefening` names no ID and
/// is left alone, and annex references are checked by CUR401. Comments and headings (as the parser
/// reads them) are skipped.
public struct ExerciseCrossReferenceRule: Rule {
    public static let codes: [DiagnosticCode] = [.unresolvedExerciseReference]

    static let keywords: [[UInt8]] = ["oefeningen", "oefening", "exercises", "exercise"].map { Array($0.utf8) }
    static let joiners: [[UInt8]] = [", ", " en ", " and ", " & ", " of ", " or ", "/", " t/m "].map { Array($0.utf8) }

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var known: Set<ExerciseID> = []
        curriculum.forEachExercise { exercise in
            known.insert(exercise.id)
            // A former ID (`Eerder: 0.C.1.2`) still names its exercise: the book's text may use it.
            known.formUnion(exercise.formerIDs)
        }
        // The IDs as text, for suggestions: built on the first reference that does not resolve.
        var knownTexts: [String]?
        var found: [Diagnostic] = []
        for module in curriculum.modules {
            guard let source = context.sources[module.file] else { continue }
            scan(
                source, commentFree: context.commentFreeBytes[module.file], known: known, knownTexts: &knownTexts,
                into: &found)
        }
        return found
    }

    /// Reports the unresolved references in one file. Reads the text as the parser's scanner does:
    /// comments blanked out (`LineScanner.commentSpans`) and headings skipped, a line being a heading
    /// when `LineScanner.classify` says so, so that what counts as a comment or a heading is decided
    /// in one place. Runs over every byte of every module file, so it stops only at the rare bytes
    /// that can matter (`ByteSet`): the `f` of `oefening` or the `x` of `exercise`, from which it
    /// steps back to where the keyword would start.
    private func scan(
        _ source: SourceText, commentFree: [UInt8]?, known: Set<ExerciseID>, knownTexts: inout [String]?,
        into found: inout [Diagnostic]
    ) {
        // The parser's comment-free bytes when the loader kept them (a copy of every file with a
        // comment, and a search for its comments, saved: 2% of `check`); otherwise made here.
        var text = source.bytes
        if let commentFree, commentFree.count == text.count {
            text = commentFree
        } else {
            let comments = text.withBufferView { LineScanner.commentSpans(in: $0) }
            if !comments.isEmpty { LineScanner.blank(comments, in: &text) }
        }
        let letters = Self.keywordLetters
        text.withBufferView { bytes in
            // The whole file is searched at once, not line by line: a line's last bytes, fewer than
            // a word, were read one at a time, and most lines hold no `f` or `x` at all. A hit is
            // placed on its line by walking the line ends forward, as hits come in order.
            var line = 0
            var checkedLine = -1  // the last line whose kind was looked at, and whether it is a heading
            var isHeading = false
            var i = 0
            while let hit = bytes.firstIndex(ofAnyIn: letters, in: i..<bytes.count) {
                while line < source.lineCount, source.lineEnds[line] <= hit { line += 1 }
                guard line < source.lineCount else { break }
                let lineStart = source.lineStarts[line]
                let end = source.lineEnds[line]
                if hit < lineStart {
                    // In a line terminator: never for `f` or `x`, but a hit is read only in its line.
                    i = lineStart
                    continue
                }
                if checkedLine != line {
                    checkedLine = line
                    isHeading = false
                    var first = lineStart
                    while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                    // Only a line whose text starts with `#` can be a heading.
                    if first < end, bytes[first] == UInt8(ascii: "#"),
                        case .heading = LineScanner.classify(bytes, number: line + 1, start: lineStart, end: end).kind
                    {
                        isHeading = true
                    }
                }
                if isHeading {
                    i = end
                    continue
                }
                i = max(i, lineStart)
                i = Self.readReferences(in: bytes, hit: hit, from: i, lineStart: lineStart, end: end) { id, range in
                    guard !known.contains(id) else { return }
                    let token = bytes.string(in: range)
                    let texts = knownTexts ?? known.map(\.description).sorted()
                    knownTexts = texts
                    let suggestion = EditDistance.suggestion(for: id.description, among: texts)
                    found.append(
                        .unknownExerciseReference(
                            token, at: source.location(line: line + 1, byteOffset: range.lowerBound),
                            suggestion: suggestion))
                }
            }
        }
    }

    /// Reads the keyword whose `f` or `x` is at `hit` and the IDs after it, within `i..<end` of a
    /// line that starts at `lineStart`. Calls `body` with each ID and its bytes, and returns where
    /// reading goes on. The rule's scan and `referencedIDs(inLine:)` both read through here, so
    /// that a writer keeping text from reading as a reference reads it as the rule does.
    @inline(__always)
    static func readReferences(
        in bytes: ByteView, hit: Int, from i: Int, lineStart: Int, end: Int, _ body: (ExerciseID, Range<Int>) -> Void
    ) -> Int {
        // Every keyword has an `f` two bytes (`oef…`) or an `x` one byte (`ex…`) after its
        // start; a start before `i` was passed over already.
        let isF = bytes[hit] | 0x20 == UInt8(ascii: "f")
        let start = hit - (isF ? 2 : 1)
        // `oef…` or `ex…`: the letters before the hit rule out most words (`of`, `effect`)
        // before the keyword list is walked.
        guard start >= i, bytes[start] | 0x20 == (isF ? UInt8(ascii: "o") : UInt8(ascii: "e")),
            !isF || bytes[start + 1] | 0x20 == UInt8(ascii: "e"),
            start == lineStart || !Self.isWordByte(bytes[start - 1]),
            let keyword = Self.keywords.first(where: {
                Self.matchesLowercased(bytes, at: start, end: end, $0)
            }),
            start + keyword.count >= end || !Self.isWordByte(bytes[start + keyword.count])
        else { return hit + 1 }
        var j = start + keyword.count
        var first = true
        // One or more IDs, joined by `,`, `en`, `and`, `&`, `/`.
        while true {
            var k = j
            while k < end, bytes[k] == UInt8(ascii: " ") { k += 1 }
            guard k > j || !first, k < end, bytes[k] >= UInt8(ascii: "0"), bytes[k] <= UInt8(ascii: "9")
            else { break }
            var tokenEnd = k
            while tokenEnd < end, Self.isIDByte(bytes[tokenEnd]) { tokenEnd += 1 }
            var trimmed = tokenEnd
            while trimmed > k, bytes[trimmed - 1] == UInt8(ascii: ".") { trimmed -= 1 }
            guard let id = ExerciseID(utf8: bytes.extracting(k..<trimmed)) else { break }
            body(id, k..<trimmed)
            j = trimmed
            first = false
            guard
                let joiner = Self.joiners.first(where: {
                    Self.matchesLowercased(bytes, at: j, end: end, $0)
                })
            else { break }
            j += joiner.count
        }
        return max(j, start + keyword.count)
    }

    /// The UTF-8 byte ranges of the exercise IDs that `line`, read as one line of text in a module
    /// file (not a heading, no comment), refers to: the IDs this rule checks. A writer that must
    /// not leave references behind (the Carpentries importer) finds them here.
    static func referencedIDs(inLine line: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        line.withByteView { bytes in
            var i = 0
            while let hit = bytes.firstIndex(ofAnyIn: keywordLetters, in: i..<bytes.count) {
                i = readReferences(in: bytes, hit: hit, from: i, lineStart: 0, end: bytes.count) { _, range in
                    ranges.append(range)
                }
            }
        }
        return ranges
    }

    /// The bytes the scan stops at: `f`, `F`, `x` and `X`, one of which every keyword holds.
    private static let keywordLetters = ByteSet(Array("fFxX".utf8))

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    static func isIDByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    static func matchesLowercased(_ bytes: ByteView, at i: Int, end: Int, _ word: [UInt8]) -> Bool {
        guard i + word.count <= end else { return false }
        for k in 0..<word.count {
            let b = bytes[i + k]
            let lowered = (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) ? b | 0x20 : b
            if lowered != word[k] { return false }
        }
        return true
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "a reference to an exercise that does not exist",
            module: ExampleText.module(
                ExampleText.exercise(procedure: "1. Gebruik de uitkomst van oefening ↓1.A.1.9 als start.")),
            triggers: .unresolvedExerciseReference),
        RuleExample(
            "an English reference in a list of two",
            module: ExampleText.module(
                ExampleText.exercise()
                    + ExampleText.exercise("1.A.1.2", procedure: "1. See exercises 1.A.1.1 and ↓2.A.1.2 first.")),
            triggers: .unresolvedExerciseReference),
        RuleExample(
            "references that resolve, and one that names no ID",
            module: ExampleText.module(
                ExampleText.exercise()
                    + ExampleText.exercise(
                        "1.A.1.2",
                        procedure:
                            "1. Zie oefening 1.A.1.1.\n2. Gebruik de lijst uit de vorige oefening.\n<!-- oefening 9.Z.9.9 staat alleen in een commentaar -->"
                    ))),
        RuleExample(
            "a line that starts with `#` but is no heading (the parser reads it as text) is read as text",
            module: ExampleText.module(
                ExampleText.exercise(procedure: "1. Start.\n\n#7 zie oefening ↓1.A.1.9 <!-- en niet 9.Z.9.9 -->")),
            triggers: .unresolvedExerciseReference),
    ]
}

extension Diagnostic {
    fileprivate static func unknownExerciseReference(_ token: String, at location: SourceLocation, suggestion: String?)
        -> Diagnostic
    {
        Diagnostic(
            .unresolvedExerciseReference,
            en: "the text refers to exercise \(token), which this curriculum does not have"
                + (suggestion.map { " — did you mean \($0)?" } ?? ""),
            nl: "de tekst verwijst naar oefening \(token), maar die staat niet in dit curriculum"
                + (suggestion.map { " — bedoelde je \($0)?" } ?? ""),
            at: location, length: token.scalarCount,
            hint: FixHint(
                en: suggestion.map { "write \($0)" } ?? "correct the exercise ID, or remove the reference",
                nl: suggestion.map { "schrijf \($0)" } ?? "verbeter het oefeningnummer, of haal de verwijzing weg",
                replacement: suggestion))
    }
}
