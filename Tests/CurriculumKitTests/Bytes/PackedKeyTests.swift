import Testing

@testable import CurriculumKit

/// `Stem` and `LabelKey` pack bytes into words; packing must keep exactly what comparing the bytes
/// would tell.
@Suite struct PackedKeyTests {
    static let words = ["", "a", "begele", "begeleiding", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "éénduidige"]

    @Test(arguments: AlignedBytes.offsets)
    func stemsOrderAsTheirBytes(offset: Int) {
        for a in Self.words {
            for b in Self.words {
                let x = AlignedBytes.withView(of: Array(a.utf8), at: offset, padding: 0x7A) { Stem($0) }
                let y = AlignedBytes.withView(of: Array(b.utf8), at: offset, padding: 0x7A) { Stem($0) }
                let (first, second) = (Array(a.utf8.prefix(16)), Array(b.utf8.prefix(16)))
                #expect((x == y) == (first == second), "\(a) \(b)")
                #expect((x < y) == first.lexicographicallyPrecedes(second), "\(a) \(b)")
                #expect(x.text == String(decoding: first, as: UTF8.self))
            }
        }
    }

    @Test(arguments: AlignedBytes.offsets)
    func labelKeysAreEqualExactlyWhenTheNormalisedLabelsAre(offset: Int) {
        let labels = [
            "Duur", "duur", " DUUR ", "Du ur", "Group  size", "group size", "groupsize", "Feedback (if applicable)",
        ]
        for a in labels {
            for b in labels {
                let x = AlignedBytes.withView(of: Array(a.utf8), at: offset, padding: 0x41) { LabelKey($0) }
                let y = AlignedBytes.withView(of: Array(b.utf8), at: offset, padding: 0x41) { LabelKey($0) }
                #expect((x == y) == (LabelTable.normalise(a) == LabelTable.normalise(b)), "\(a) \(b)")
            }
        }
        #expect(AlignedBytes.withView(of: Array("Procédure".utf8), at: offset, padding: 0x41) { LabelKey($0) } == nil)
    }
}
