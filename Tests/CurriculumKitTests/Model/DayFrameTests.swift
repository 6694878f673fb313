import Testing

@testable import CurriculumKit

/// `DayFrame` reads ASCII text on its bytes: the same parts, and so the same frame, as the
/// `Character` reading it replaced.
@Suite struct DayFrameTests {
    @Test(arguments: ["09:00-16:30", "9:00 - 16:30", "9:00 tot 16:30", "9:00 to 16:30", "9.00-16.30"])
    func readsAFrame(text: String) {
        #expect(DayFrame(text)?.minutes == 450, "\(text)")
    }

    @Test func theByteReadingSplitsAsTheCharacterReading() {
        let pieces = ["9", ":", "00", "16", ".", "30", " ", "-", " tot ", " to ", "t", "o", " tot", "to ", "x", "\n"]
        var random = SeededRandom(seed: 11)
        var frames = 0
        for round in 0..<20_000 {
            let text =
                round.isMultiple(of: 2)
                ? (0..<random.int(below: 8)).map { _ in random.pick(pieces) }.joined()
                : random.pick(["9:00", "09.15", " 8:30"])
                    + random.pick(["-", " - ", " tot ", " to ", "  to ", "tot", " tot  "])
                    + random.pick(["16:30", "17.00 ", "x"])
            #expect(DayFrame.asciiParts(Array(text.utf8)) == DayFrame.parts(text), "round \(round): \(text)")
            if DayFrame(text) != nil { frames += 1 }
        }
        #expect(frames > 2_000)
    }

    @Test func otherTextIsReadByCharacter() {
        #expect(DayFrame.asciiParts(Array("9:00 – 16:30".utf8)) == nil)
        #expect(DayFrame.asciiParts(Array("9:00\r\n-16:30".utf8)) == nil)
        #expect(DayFrame("9:00 – 16:30")?.minutes == 450)
    }
}
