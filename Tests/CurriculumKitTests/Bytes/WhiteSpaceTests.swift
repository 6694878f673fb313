import Testing

@testable import CurriculumKit

/// `hasTabOrDoubleSpace` and `mayBeBlank` against the same questions asked of an array.
@Suite struct WhiteSpaceTests {
    static func referenceHasTabOrDoubleSpace(_ bytes: [UInt8]) -> Bool {
        bytes.contains(0x09) || zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
    }

    /// Words with single spaces between them, and a pair of spaces, a tab or a space-tab at every
    /// position, in views at every alignment padded with spaces (which must not be read).
    @Test(arguments: AlignedBytes.offsets)
    func runsAreFoundAtEveryPosition(offset: Int) {
        let gaps: [[UInt8]] = [[], [0x20, 0x20], [0x09], [0x20, 0x09], [0x20], [0xC2, 0xA0, 0x20]]
        for length in AlignedBytes.lengths {
            for position in 0...length {
                for gap in gaps {
                    // "ab cd ef ..." cut to `length`, with the gap written over it at `position`.
                    var bytes = (0..<length).map { $0 % 3 == 2 ? UInt8(0x20) : UInt8(0x61 + $0 % 26) }
                    for (k, byte) in gap.enumerated() where position + k < length { bytes[position + k] = byte }
                    let expected = Self.referenceHasTabOrDoubleSpace(bytes)
                    let found = AlignedBytes.withView(of: bytes, at: offset, padding: 0x20) {
                        $0.hasTabOrDoubleSpace(in: 0..<length)
                    }
                    #expect(found == expected, "offset \(offset), length \(length), gap \(gap) at \(position)")
                }
            }
        }
    }

    @Test func aRangeIsReadWithinItsBounds() {
        let bytes = Array("a  b cd e  ".utf8)
        bytes.withBufferView { view in
            #expect(view.hasTabOrDoubleSpace(in: 0..<3))
            #expect(!view.hasTabOrDoubleSpace(in: 2..<9))
            #expect(!view.hasTabOrDoubleSpace(in: 4..<4))
            #expect(!view.hasTabOrDoubleSpace(in: 4..<40), "a range past the end is refused")
        }
    }

    /// Spaces, tabs and non-ASCII white space, with one other byte at every position, in views at
    /// every alignment padded with a letter (which must not be read).
    @Test(arguments: AlignedBytes.offsets)
    func blankCandidatesHaveNoASCIIButSpaces(offset: Int) {
        let fill = Array(" \t\u{00A0} \u{2003}\t\t  \u{00A0}".utf8)
        for length in 0...fill.count {
            for position in -1..<length {
                for other: UInt8 in [0x61, 0x0A, 0x00, 0xC3] {
                    var bytes = Array(fill.prefix(length))
                    if position >= 0 { bytes[position] = other }
                    let expected = bytes.allSatisfy { $0 >= 0x80 || $0 == 0x20 || $0 == 0x09 }
                    let found = AlignedBytes.withView(of: bytes, at: offset, padding: 0x61) {
                        $0.mayBeBlank(in: 0..<length)
                    }
                    #expect(found == expected, "offset \(offset), \(bytes)")
                }
            }
        }
    }
}
