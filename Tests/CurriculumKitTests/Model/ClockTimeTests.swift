import Testing

@testable import CurriculumKit

/// `ClockTime(_:)` reads ASCII text on bytes; these hold it to the reading by characters it
/// replaced, which still reads every text with a byte above 0x7F.
@Suite struct ClockTimeTests {
    /// Every string of up to five characters from digits, every separator, a letter, white space
    /// and a no-break space: the byte reading and the character reading agree on all of them.
    @Test func theByteReadingAgreesWithTheCharacterReadingOnEveryShortString() {
        let alphabet: [String] = ["0", "1", "2", "5", "9", ":", ".", "u", "H", "x", " ", "\t", "\u{A0}", "-"]
        var strings = [""]
        var all = [""]
        for _ in 1...5 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += strings
        }
        var disagreements: [String] = []
        for text in all where ClockTime(text) != ClockTime(readingCharacters: text) {
            disagreements.append(text)
        }
        #expect(disagreements.isEmpty, "first: \(disagreements.prefix(5).map { $0.debugDescription })")
        #expect(all.count > 500_000)
    }

    @Test(arguments: [
        ("09:00", 540), ("9:00", 540), ("9.30", 570), ("13u30", 810), ("13h30", 810), ("9", 540), ("24:00", 1440),
        ("  9:15\t", 555), ("\u{A0}10:05", 605), ("0", 0),
    ])
    func readsTheFormsTrainersWrite(text: String, minutes: Int) {
        #expect(ClockTime(text)?.minutesSinceMidnight == minutes)
    }

    @Test(arguments: [
        "", " ", "9:5", "9:", ":30", "123", "9 :00", "9:00:00", "24:01", "25:00", "9:60", "١٠:٠٠", "9.3O", "009:00",
    ])
    func refusesWhatIsNoTime(text: String) {
        #expect(ClockTime(text) == nil)
    }
}
