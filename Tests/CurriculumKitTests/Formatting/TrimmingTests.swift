import Testing

@testable import CurriculumKit

/// `Formatter.trimmedRange(from:to:in:)` trims trailing spaces and tabs on bytes; it must give what
/// `trimmingTrailingWhitespace()` (on `Character`s) gives for the whole line, whatever comes before
/// the white space.
@Suite struct TrimmingTests {
    static let lines: [String] = {
        let bodies = [
            "", "a", "tekst", "é", "e\u{301}", "\u{0600}", "\u{A0}", "\u{000C}", "a\u{000C}", "👩‍💻", "\r", "x\u{200D}",
        ]
        let tails = ["", " ", "\t", "  \t ", " \u{301}", "\u{A0}", " \u{A0} ", "\u{000C} "]
        return bodies.flatMap { body in tails.map { body + $0 } }
    }()

    @Test(arguments: lines)
    func bytesTrimAsCharactersDo(line: String) throws {
        let text = "voor\n" + line + "\nna"
        guard case .success(let source) = SourceText.decode(text, path: "t.md") else { return }
        for number in 1...source.lineCount {
            let start = source.lineStarts[number - 1]
            let end = source.lineEnds[number - 1]
            let expected = source.string(from: start, to: end).trimmingTrailingWhitespace()
            let range = Formatter.trimmedRange(from: start, to: end, in: source)
            #expect(range.lowerBound == start, "\(line.unicodeScalars.map(\.value))")
            #expect(
                source.string(from: range.lowerBound, to: range.upperBound).hasSameBytes(as: expected),
                "\(line.unicodeScalars.map(\.value))")
        }
    }
}
