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
    /// so it reads the bytes in place and stops only at bytes that can start something: `<` (a
    /// comment) and `o`, `O`, `e`, `E` at the start of a word (a keyword). Comments may span lines;
    /// a heading line (`#` first) is skipped unless a comment is open.
    private func scan(_ source: SourceText, known: Set<ExerciseID>, knownTexts: inout [String]?, into found: inout [Diagnostic]) {
        Self.byteClasses.withUnsafeBufferPointer { classes in source.bytes.withUnsafeBufferPointer { bytes in
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
                    guard let candidate = Self.candidate(in: bytes, from: i, lineStart: lineStart, end: end, classes: classes) else { break }
                    i = candidate
                    if bytes[i] == UInt8(ascii: "<") {
                        if Self.matches(bytes, at: i, end: end, "<!--") { inComment = true; i += 4 } else { i += 1 }
                        continue
                    }
                    guard let keyword = Self.keywords.first(where: { Self.matchesLowercased(bytes, at: i, end: end, $0) }),
                          i + keyword.count >= end || !Self.isWordByte(bytes[i + keyword.count])
                    else { i += 1; continue }
                    var j = i + keyword.count
                    var first = true
                    // One or more IDs, joined by `,`, `en`, `and`, `&`, `/`.
                    while true {
                        var k = j
                        while k < end, bytes[k] == UInt8(ascii: " ") { k += 1 }
                        guard k > j || !first, k < end, bytes[k] >= UInt8(ascii: "0"), bytes[k] <= UInt8(ascii: "9") else { break }
                        var tokenEnd = k
                        while tokenEnd < end, Self.isIDByte(bytes[tokenEnd]) { tokenEnd += 1 }
                        var trimmed = tokenEnd
                        while trimmed > k, bytes[trimmed - 1] == UInt8(ascii: ".") { trimmed -= 1 }
                        let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<trimmed]), as: UTF8.self)
                        guard let id = ExerciseID(token) else { break }
                        if !known.contains(id) {
                            let texts = knownTexts ?? known.map(\.description).sorted()
                            knownTexts = texts
                            let suggestion = EditDistance.suggestion(for: id.description, among: texts)
                            found.append(Diagnostic(.unresolvedExerciseReference, "the text refers to exercise \(token), which this curriculum does not have"
                                                    + (suggestion.map { " — did you mean \($0)?" } ?? ""),
                                                    at: source.location(line: line, byteOffset: k), length: token.scalarCount,
                                                    hint: FixHint(suggestion.map { "write \($0)" } ?? "correct the exercise ID, or remove the reference", replacement: suggestion)))
                        }
                        j = trimmed
                        first = false
                        guard let joiner = Self.joiners.first(where: { Self.matchesLowercased(bytes, at: j, end: end, $0) }) else { break }
                        j += joiner.count
                    }
                    i = max(j, i + keyword.count)
                }
            }
        } }
    }

    /// The first offset from `start` that holds `<`, or `o`/`e` in either case at the start of a
    /// word; `nil` when the line has none. Prose is mostly letters, so eight bytes are tested at a
    /// time, and the rest of the line costs one table look-up and one test per byte.
    private static func candidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, lineStart: Int, end: Int, classes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = start
        if i == lineStart, i < end {
            if classes[Int(bytes[i])] & 6 != 0 { return i }
            i += 1
        }
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= end {
            let current = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let previous = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i - 1, as: UInt64.self))
            let found = candidates(current, after: previous)
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        var mask: UInt8 = isWordByte(bytes[i - 1]) ? 2 : 6
        while i < end {
            let byteClass = classes[Int(bytes[i])]
            if byteClass & mask != 0 { return i }
            mask = byteClass >> 4
            i += 1
        }
        return nil
    }

    /// The candidates among eight bytes, as the high bit of each byte that is `<`, or `o`/`e` in
    /// either case after a byte that is not part of a word (`previous` holds the eight bytes one
    /// position earlier). Each lane is computed exactly: no sum carries into the next byte.
    @inline(__always)
    private static func candidates(_ current: UInt64, after previous: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080, low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        /// The high bit of each byte that is zero.
        func zeros(_ x: UInt64) -> UInt64 { ~(((x & low) &+ low) | x) & high }
        let lowered = current | 0x20 &* ones
        let keyword = zeros(lowered ^ UInt64(UInt8(ascii: "o")) &* ones) | zeros(lowered ^ UInt64(UInt8(ascii: "e")) &* ones)
        let opening = zeros(current ^ UInt64(UInt8(ascii: "<")) &* ones)
        // Word bytes (see `isWordByte`): non-ASCII, letters (0x61...0x7A once lowered), digits.
        let ascii = previous & low
        let folded = ascii | 0x20 &* ones
        let letter = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x7F - 0x7A) &* ones)
        let digit = (ascii &+ (0x80 - 0x30) &* ones) & ~(ascii &+ (0x7F - 0x39) &* ones)
        let word = (previous | letter | digit) & high
        return (keyword & ~word) | opening
    }

    /// For each byte value: 2 for `<`, 4 for `o`, `O`, `e`, `E`; in the high four bits the mask to
    /// test the next byte with, 6 after a byte that is not part of a word (so that a keyword may
    /// start there) and 2 after one that is.
    private static let byteClasses: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        let own: UInt8 = byte == UInt8(ascii: "<") ? 2 : byte | 0x20 == UInt8(ascii: "o") || byte | 0x20 == UInt8(ascii: "e") ? 4 : 0
        return own | (isWordByte(byte) ? 2 : 6) << 4
    }

    /// Where the next `-->` on the line starts, from `start`.
    private static func commentEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start
        while i + 3 <= end {
            if bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: ">") { return i }
            i += 1
        }
        return nil
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    static func isIDByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
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
        RuleExample("a reference to an exercise that does not exist",
                    module: ExampleText.module(ExampleText.exercise(procedure: "1. Gebruik de uitkomst van oefening ↓1.A.1.9 als start.")),
                    triggers: .unresolvedExerciseReference),
        RuleExample("an English reference in a list of two",
                    module: ExampleText.module(ExampleText.exercise() + ExampleText.exercise("1.A.1.2", procedure: "1. See exercises 1.A.1.1 and ↓2.A.1.2 first.")),
                    triggers: .unresolvedExerciseReference),
        RuleExample("references that resolve, and one that names no ID",
                    module: ExampleText.module(ExampleText.exercise() + ExampleText.exercise("1.A.1.2",
                        procedure: "1. Zie oefening 1.A.1.1.\n2. Gebruik de lijst uit de vorige oefening.\n<!-- oefening 9.Z.9.9 staat alleen in een commentaar -->"))),
    ]
}
