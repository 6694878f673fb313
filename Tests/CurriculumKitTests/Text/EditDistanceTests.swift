import Testing

@testable import CurriculumKit

/// `EditDistance.bounded` computes only a band of the table and reuses its rows; it must agree with
/// the full table of `EditDistance.between` wherever the distance is within the limit, and say `nil`
/// everywhere else.
@Suite struct EditDistanceTests {
    /// Every string of up to four letters over `a`, `b`, `c`: every insertion, deletion, substitution
    /// and transposition of neighbours among them.
    static let words: [String] = {
        var words = [""]
        var level = [""]
        for _ in 0..<4 {
            level = level.flatMap { word in ["a", "b", "c"].map { word + $0 } }
            words += level
        }
        return words
    }()

    @Test(arguments: 0...4)
    func theBandAgreesWithTheFullTable(limit: Int) {
        var rows: [Int] = []
        for a in Self.words {
            let x = Array(a.utf8)
            for b in Self.words {
                let full = EditDistance.between(a, b)
                let expected = full <= limit ? full : nil
                let y = Array(b.utf8)
                #expect(EditDistance.bounded(x, y, limit: limit, rows: &rows) == expected, "\(a) \(b) \(limit)")
            }
        }
        #expect(EditDistance.bounded(Array("chekc".utf8), Array("check".utf8), limit: 1) == 1)
        #expect(EditDistance.bounded(Array("leerdoel".utf8), Array("leerdoelen".utf8), limit: 1) == nil)
    }
}
