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

    /// `LabelKey` packs a plainly written label from whole words; that packing gives the key the
    /// byte loop gives, or declines, for labels of every length from 8 to 33 bytes with capitals
    /// at every place (both ends of `A`–`Z` and the bytes beside them), spaces single and doubled at
    /// every place (across a word boundary too), tabs, spaces at the ends and a non-ASCII byte, in
    /// views at every alignment.
    @Test(arguments: AlignedBytes.offsets)
    func plainLabelKeysAgreeWithTheByteLoop(offset: Int) {
        let fillers: [UInt8] = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        let marks: [[UInt8]] = [
            [0x41], [0x5A], [0x40], [0x5B], [0x60], [0x7B], [0x20], [0x20, 0x20], [0x09], [0xC3, 0xA9],
        ]
        var plainCount = 0
        for length in 8...33 {
            for position in 0..<length {
                for mark in marks {
                    var bytes = (0..<length).map { fillers[($0 * 5) % fillers.count] }
                    for (k, byte) in mark.enumerated() where position + k < length { bytes[position + k] = byte }
                    let (plain, looped) = AlignedBytes.withView(of: bytes, at: offset, padding: 0x41) {
                        (LabelKey.plain($0), LabelKey(byteByByte: $0))
                    }
                    if let plain {
                        plainCount += 1
                        #expect(plain == looped, "length \(length), \(mark) at \(position)")
                    }
                }
            }
        }
        #expect(plainCount > 1_000, "the word path is taken")
    }
}
