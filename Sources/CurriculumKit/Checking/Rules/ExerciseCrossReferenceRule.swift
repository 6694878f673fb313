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
        let knownTexts = known.map(\.description).sorted()
        var found: [Diagnostic] = []
        for module in curriculum.modules {
            guard let source = context.sources[module.file] else { continue }
            found += scan(source, known: known, knownTexts: knownTexts)
        }
        return found
    }

    private func scan(_ source: SourceText, known: Set<ExerciseID>, knownTexts: [String]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let bytes = source.bytes
        var inComment = false
        for line in 1...max(source.lineCount, 1) where source.lineCount > 0 {
            var i = source.lineStarts[line - 1]
            let end = source.lineEnds[line - 1]
            if !inComment, i < end, bytes[i] == UInt8(ascii: "#") { continue }
            while i < end {
                if inComment {
                    if Self.matches(bytes, at: i, end: end, "-->") { inComment = false; i += 3 } else { i += 1 }
                    continue
                }
                if Self.matches(bytes, at: i, end: end, "<!--") { inComment = true; i += 4; continue }
                let byte = bytes[i] | 0x20
                guard byte == UInt8(ascii: "o") || byte == UInt8(ascii: "e"), i == source.lineStarts[line - 1] || !Self.isWordByte(bytes[i - 1]),
                      let keyword = Self.keywords.first(where: { Self.matchesLowercased(bytes, at: i, end: end, $0) }),
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
                    let token = source.string(from: k, to: trimmed)
                    guard let id = ExerciseID(token) else { break }
                    if !known.contains(id) {
                        let suggestion = EditDistance.suggestion(for: id.description, among: knownTexts)
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
        return found
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    static func isIDByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    static func matches(_ bytes: [UInt8], at i: Int, end: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard i + count <= end else { return false }
        return text.withUTF8Buffer { buffer in
            for k in 0..<count where bytes[i + k] != buffer[k] { return false }
            return true
        }
    }

    static func matchesLowercased(_ bytes: [UInt8], at i: Int, end: Int, _ word: [UInt8]) -> Bool {
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
