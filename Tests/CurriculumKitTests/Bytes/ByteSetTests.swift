import Testing

@testable import CurriculumKit

/// `ByteSet` and the search it speeds up, against `contains` and `firstIndex(where:)`.
@Suite struct ByteSetTests {
    static let sets: [[UInt8]] = [Array("fFxX".utf8), Array("<fFxX".utf8), Array("<".utf8), Array("a\u{0}Z".utf8)]

    @Test(arguments: sets)
    func membershipIsExact(members: [UInt8]) {
        let set = ByteSet(members)
        for value in 0...255 {
            #expect(set.contains(UInt8(value)) == members.contains(UInt8(value)), "byte \(value)")
        }
    }

    /// Each member at every position of views at every alignment; the padding outside the view is
    /// a member too, so that reading past either end shows.
    @Test(arguments: sets)
    func membersAreFoundAtEveryPositionAndAlignment(members: [UInt8]) {
        let set = ByteSet(members)
        // Bytes that are not members but lie close to them: the other case of a letter, neighbours.
        let background = [UInt8](Array("eEgGwWyY=;`@bY".utf8).filter { !members.contains($0) })
        for offset in AlignedBytes.offsets {
            for length in AlignedBytes.lengths {
                for position in -1..<length {
                    var bytes = (0..<length).map { background[($0 * 7 + offset) % background.count] }
                    if position >= 0 { bytes[position] = members[(position + length) % members.count] }
                    for start in [0, min(length, 5)] {
                        let expected = bytes[start...].firstIndex(where: members.contains)
                        let found = AlignedBytes.withView(of: bytes, at: offset, padding: members[0]) {
                            $0.firstIndex(ofAnyIn: set, in: start..<length)
                        }
                        #expect(found == expected, "offset \(offset), length \(length), member at \(position)")
                    }
                }
            }
        }
    }
}
