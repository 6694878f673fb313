import Testing

@testable import CurriculumKit

@Suite struct DurationParserTests {
    /// Every notation docs/format.md promises, with the minutes it means.
    @Test(arguments: [
        ("60 min", 60, 60), ("60 minuten", 60, 60), ("60 minutes", 60, 60), ("60 mins", 60, 60), ("45'", 45, 45),
        ("45’", 45, 45), ("60m", 60, 60), ("45 min.", 45, 45), ("1 minuut", 1, 1),
        ("1 uur", 60, 60), ("1 hour", 60, 60), ("1h", 60, 60), ("1 u", 60, 60), ("2 uren", 120, 120),
        ("2 hours", 120, 120),
        ("3uur", 180, 180), ("1,5 uur", 90, 90), ("1.5 hour", 90, 90), ("1½ uur", 90, 90), ("1,25 uur", 75, 75),
        ("1,75 uur", 105, 105),
        ("1h30", 90, 90), ("1u30", 90, 90), ("1:30", 90, 90), ("1 uur 30", 90, 90), ("1 uur en 20 minuten", 80, 80),
        ("1 hour and 20 minutes", 80, 80), ("1 uur 20 min", 80, 80), ("20 + 30 minuten", 50, 50), ("15+45'", 60, 60),
        ("half uur", 30, 30), ("een half uur", 30, 30), ("half an hour", 30, 30), ("anderhalf uur", 90, 90),
        ("kwartier", 15, 15),
        ("een uur", 60, 60), ("an hour", 60, 60), ("ca. 45 min", 45, 45), ("ongeveer 1 uur", 60, 60),
        ("1,5-2 uur", 90, 120), ("1,5 - 2 uur", 90, 120), ("1,5 tot 2 uur", 90, 120), ("45 mins - 1 hour", 45, 60),
        ("45 mins- 1 hour", 45, 60), ("30 tot 45 minuten", 30, 45), ("1-1,5 uur", 60, 90), ("10-15 min", 10, 15),
        ("1 – 2 uur", 60, 120),
        ("60", 60, 60), ("90 MIN", 90, 90), ("1 UUR", 60, 60),
    ])
    func readsNotation(text: String, minimum: Int, maximum: Int) throws {
        let reading = try DurationParser.parse(text).get()
        #expect(reading.value == Duration(minimum: minimum, maximum: maximum), "\(text)")
        #expect(reading.alternative == nil, "\(text) is not ambiguous")
    }

    @Test(arguments: [("1,30 uur", 78, 90), ("1.45 hour", 87, 105), ("2,15 uur", 129, 135), ("1,10 uur", 66, 70)])
    func ambiguousDecimalsGiveBothReadings(text: String, decimal: Int, clock: Int) throws {
        let reading = try DurationParser.parse(text).get()
        #expect(reading.value == Duration(minutes: decimal))
        #expect(reading.alternative == Duration(minutes: clock))
    }

    @Test func remarkInParenthesesIsKept() throws {
        let reading = try DurationParser.parse("1 uur (afhankelijk van de groep)").get()
        #expect(reading.value == Duration(minutes: 60))
        #expect(reading.remark == "afhankelijk van de groep")
    }

    @Test func unknownWordIsReportedWithItsOffset() {
        #expect(DurationParser.parse("1 dag") == .failure(.unexpected("dag", offset: 2)))
        #expect(DurationParser.parse("twee uur") == .failure(.unexpected("twee", offset: 0)))
    }

    @Test func emptyAndNumberless() {
        #expect(DurationParser.parse("") == .failure(.empty))
        #expect(DurationParser.parse("min") != .failure(.empty))
        #expect(DurationParser.parse("-") == .failure(.missingNumber))
    }

    @Test func invertedRange() {
        #expect(DurationParser.parse("2-1 uur") == .failure(.inverted(Duration(minimum: 120, maximum: 60))))
    }

    @Test(arguments: [(60, "1 uur"), (90, "1,5 uur"), (45, "45 min"), (100, "100 min"), (120, "2 uur")])
    func canonicalNotationReadsBack(minutes: Int, text: String) throws {
        #expect(DurationFormatter.canonical(Duration(minutes: minutes), language: .dutch) == text)
        #expect(try DurationParser.parse(text).get().value == Duration(minutes: minutes))
    }

    @Test func canonicalRanges() throws {
        #expect(DurationFormatter.canonical(Duration(minimum: 90, maximum: 120), language: .dutch) == "1,5-2 uur")
        #expect(DurationFormatter.canonical(Duration(minimum: 45, maximum: 60), language: .english) == "45-60 min")
        #expect(try DurationParser.parse("1,5-2 uur").get().value == Duration(minimum: 90, maximum: 120))
    }

    @Test func aTimeWithARemarkAfterADashAndAFullStopTimesTheStep() {
        let (body, time) = FieldInterpreter.splitTiming("ieder groep benoemt de aspecten. (30' — 10' per groep).")
        #expect(body == "ieder groep benoemt de aspecten.")
        #expect(time == Duration(minutes: 30))
        #expect(FieldInterpreter.splitTiming("Lees verder (zie bijlage 1).").1 == nil)
        #expect(FieldInterpreter.splitTiming("Discussie (10-15 minuten).").1 == Duration(minimum: 10, maximum: 15))
    }

    @Test func stepTimingsAreSplitOff() {
        #expect(FieldInterpreter.splitTiming("Discussie (15')") == ("Discussie", Duration(minutes: 15)))
        #expect(FieldInterpreter.splitTiming("Presentatie (10 min)") == ("Presentatie", Duration(minutes: 10)))
        #expect(
            FieldInterpreter.splitTiming("Groepswerk (10-15 minuten)") == (
                "Groepswerk", Duration(minimum: 10, maximum: 15)
            ))
        #expect(FieldInterpreter.splitTiming("Voorbereiden en spelen (15+45')").1 == Duration(minutes: 60))
        #expect(FieldInterpreter.splitTiming("Vraag (2)").1 == nil)
        #expect(FieldInterpreter.splitTiming("Lees de tekst (zie bijlage)").1 == nil)
        #expect(FieldInterpreter.splitTiming("Geen tijd").1 == nil)
    }
}
