import Testing

@testable import CurriculumKit

/// `ByteCounts.editsAtLeast` rules candidates out of a did-you-mean search before their distance is
/// computed, so it must never exceed the real edit distance: if it did, a suggestion would be lost.
@Suite struct ByteCountsTests {
    @Test func theBoundNeverExceedsTheDistance() throws {
        // Every string of up to four letters over a, b, c (EditDistanceTests.words), plus letters
        // that share a bucket (`a` 0x61 and `A` 0x41) and a space.
        let words = EditDistanceTests.words + ["A", "aA", "Aa", " a", "a ", "ab c", "ëa", "aë"]
        for a in words {
            for b in words {
                // The search compares bytes, so the bound is held to the distance between bytes.
                let distance = try #require(EditDistance.bounded(Array(a.utf8), Array(b.utf8), limit: 64))
                let bound = ByteCounts(a.utf8).editsAtLeast(to: ByteCounts(b.utf8))
                #expect(bound <= distance, "\(a) \(b)")
            }
        }
    }

    @Test func theBoundIsTightForInsertionsDeletionsAndSubstitutions() {
        #expect(ByteCounts("leerdoelen".utf8).editsAtLeast(to: ByteCounts("leerdoel".utf8)) == 1)
        #expect(ByteCounts("abc".utf8).editsAtLeast(to: ByteCounts("abd".utf8)) == 1)
        #expect(ByteCounts("abc".utf8).editsAtLeast(to: ByteCounts("bac".utf8)) == 0)
        #expect(ByteCounts("materialen".utf8).editsAtLeast(to: ByteCounts("doel".utf8)) >= 3)
    }

    @Test func countsPastTheLimitOfAByteStillGiveABound() {
        let long = String(repeating: "a", count: 300)
        #expect(ByteCounts(long.utf8).editsAtLeast(to: ByteCounts("".utf8)) <= 300)
        #expect(ByteCounts(long.utf8).editsAtLeast(to: ByteCounts("".utf8)) >= 128)
    }
}
