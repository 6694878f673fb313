/// A lead-in that gives one time to each of the steps after it: `De trainer faciliteert 2 plenaire
/// discussies van elk 10 a 15 minuten:` or `Run two discussions of 10 to 15 minutes each:`.
///
/// Books time a pair of steps this way instead of at each step; without it the step-sum rule sees
/// those steps as untimed.
struct SharedTiming: Equatable {
    /// How many of the following steps the time is for.
    var count: Int
    /// The time of each of them.
    var duration: Duration

    /// Reads a paragraph that ends in a colon; `nil` for anything else.
    init?(leadIn text: String) {
        let sentence = text.trimmingWhitespace()
        guard sentence.hasSuffix(":") else { return nil }
        let body = String(sentence.dropLast()).trimmingWhitespace()
        let lower = body.lowercased()
        let before: Substring
        let timing: Substring
        if let each = lower.ranges(of: " van elk ").last ?? lower.ranges(of: " elk ").last {
            before = lower[..<each.lowerBound]
            timing = lower[each.upperBound...]
        } else if lower.hasSuffix(" each"), let of = lower.ranges(of: " of ").last {
            before = lower[..<of.lowerBound]
            timing = lower[of.upperBound..<lower.index(lower.endIndex, offsetBy: -" each".count)]
        } else {
            return nil
        }
        guard let count = Self.lastCount(in: before), count > 1,
            case .success(let reading) = DurationParser.parse(String(timing)), reading.remark == nil,
            reading.alternative == nil, reading.value.maximum > 0
        else { return nil }
        self.count = count
        self.duration = reading.value
    }

    /// The last count word before the time: `2` or `twee` in `faciliteert 2 plenaire discussies`.
    private static func lastCount(in text: Substring) -> Int? {
        for word in text.split(separator: " ").reversed() {
            if let number = Int(word), number < 10 { return number }
            if let number = numberWords[String(word)] { return number }
        }
        return nil
    }

    private static let numberWords: [String: Int] = [
        "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    ]
}
