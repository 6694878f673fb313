/// Text that sends the reader to another exercise by ID (`zie oefening 1.B.1.1`, `see exercise
/// 2.A.1.2`, `oefeningen 1.A.1.1 en 1.A.1.2`) must name an exercise that exists. Only an ID right
/// after the word `oefening(en)` or `exercise(s)` counts: `uit de vorige oefening` names no ID and
/// is left alone, and annex references are checked by CUR401. Comments and headings are skipped.
public struct ExerciseCrossReferenceRule: Rule {
    public static let codes: [DiagnosticCode] = [.unresolvedExerciseReference]

    static let keywords: [[UInt8]] = ["oefeningen", "oefening", "exercises", "exercise"].map { Array($0.utf8) }
    static let joiners: [[UInt8]] = [", ", " en ", " and ", " & ", " of ", " or ", "/", " t/m "].map { Array($0.utf8) }

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var known: Set<ExerciseID> = []
        curriculum.forEachExercise { known.insert($0.id) }
        // The IDs as text, for suggestions: built on the first reference that does not resolve.
        var knownTexts: [String]?
        var found: [Diagnostic] = []
        for module in curriculum.modules {
            guard let source = context.sources[module.file] else { continue }
            scan(source, known: known, knownTexts: &knownTexts, into: &found)
        }
        return found
    }

    /// Reports the unresolved references in one file. Runs over every byte of every module file,
    /// so it reads the bytes in place and stops only at the rare bytes that can matter: `<` (a
    /// comment) and the `f` of `oefening` or the `x` of `exercise`, from which it steps back to
    /// where the keyword would start. Comments may span lines; a heading line (`#` first) is skipped
    /// unless a comment is open.
    private func scan(
        _ source: SourceText, known: Set<ExerciseID>, knownTexts: inout [String]?, into found: inout [Diagnostic]
    ) {
        Self.hitBytes.withUnsafeBufferPointer { classes in
            source.bytes.withUnsafeBufferPointer { bytes in
                var inComment = false
                for line in 1...max(source.lineCount, 1) where source.lineCount > 0 {
                    let lineStart = source.lineStarts[line - 1]
                    let end = source.lineEnds[line - 1]
                    var i = lineStart
                    if !inComment, i < end, bytes[i] == UInt8(ascii: "#") { continue }
                    while i < end {
                        if inComment {
                            guard let close = Self.commentEnd(in: bytes, from: i, end: end) else { break }
                            inComment = false
                            i = close + 3
                            continue
                        }
                        guard let hit = Self.nextHit(in: bytes, from: i, end: end, classes: classes) else { break }
                        if bytes[hit] == UInt8(ascii: "<") {
                            if Self.matches(bytes, at: hit, end: end, "<!--") {
                                inComment = true
                                i = hit + 4
                            } else {
                                i = hit + 1
                            }
                            continue
                        }
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
                        else {
                            i = hit + 1
                            continue
                        }
                        i = start
                        var j = i + keyword.count
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
                            guard let id = ExerciseID(utf8: UnsafeBufferPointer(rebasing: bytes[k..<trimmed])) else {
                                break
                            }
                            if !known.contains(id) {
                                let token = String(
                                    decoding: UnsafeBufferPointer(rebasing: bytes[k..<trimmed]), as: UTF8.self)
                                let texts = knownTexts ?? known.map(\.description).sorted()
                                knownTexts = texts
                                let suggestion = EditDistance.suggestion(for: id.description, among: texts)
                                found.append(
                                    .unknownExerciseReference(
                                        token, at: source.location(line: line, byteOffset: k), suggestion: suggestion))
                            }
                            j = trimmed
                            first = false
                            guard
                                let joiner = Self.joiners.first(where: {
                                    Self.matchesLowercased(bytes, at: j, end: end, $0)
                                })
                            else { break }
                            j += joiner.count
                        }
                        i = max(j, i + keyword.count)
                    }
                }
            }
        }
    }

    /// The first offset from `start` on the line that holds `<`, `f`, `F`, `x` or `X`, the bytes
    /// that can begin a comment or lie in a keyword: rare in prose, so sixteen bytes are passed over
    /// with one test where none is among them.
    private static func nextHit(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, classes: UnsafeBufferPointer<Bool>
    ) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = start
        while true {
            while i + 16 <= end {
                let first = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                if mayHoldHit(first) | mayHoldHit(second) != 0 { break }
                i += 16
            }
            let stop = min(i + 16, end)
            while i < stop {
                if classes[Int(bytes[i])] { return i }
                i += 1
            }
            if i >= end { return nil }
        }
    }

    /// Non-zero when one of the eight bytes of `block` is `<`, `f`, `F`, `x` or `X` (`f`/`F` and
    /// `x`/`X` meet once bit 0x20 is set). A byte that is zero after the exclusive or is a match;
    /// `(v - 1) & ~v` has its high bit set for a zero byte, and the result is zero only when there
    /// is none (a borrow can mark a byte above a zero one, never make a match vanish).
    @inline(__always)
    private static func mayHoldHit(_ block: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let lowered = block | 0x20 &* ones
        let f = lowered ^ 0x66 &* ones
        let x = lowered ^ 0x78 &* ones
        let opening = block ^ 0x3C &* ones
        return ((f &- ones) & ~f | (x &- ones) & ~x | (opening &- ones) & ~opening) & high
    }

    /// For each byte value, whether `nextHit` stops at it.
    private static let hitBytes: [Bool] = (0...255).map { (value: Int) -> Bool in
        let byte = UInt8(value)
        return byte == UInt8(ascii: "<") || byte | 0x20 == UInt8(ascii: "f") || byte | 0x20 == UInt8(ascii: "x")
    }

    /// Where the next `-->` on the line starts, from `start`.
    private static func commentEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start
        while i + 3 <= end {
            if bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: ">") {
                return i
            }
            i += 1
        }
        return nil
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    static func isIDByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard i + count <= end else { return false }
        return text.withUTF8Buffer { buffer in
            for k in 0..<count where bytes[i + k] != buffer[k] { return false }
            return true
        }
    }

    static func matchesLowercased(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, _ word: [UInt8]) -> Bool {
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
    ]
}

extension Diagnostic {
    fileprivate static func unknownExerciseReference(_ token: String, at location: SourceLocation, suggestion: String?)
        -> Diagnostic
    {
        Diagnostic(
            .unresolvedExerciseReference,
            "the text refers to exercise \(token), which this curriculum does not have"
                + (suggestion.map { " — did you mean \($0)?" } ?? ""),
            at: location, length: token.scalarCount,
            hint: FixHint(
                suggestion.map { "write \($0)" } ?? "correct the exercise ID, or remove the reference",
                replacement: suggestion))
    }
}
