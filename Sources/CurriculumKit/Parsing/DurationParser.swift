/// Reads durations the way trainers write them, in Dutch and English.
///
/// `60 min`, `45'`, `1 uur`, `1,5 uur`, `1h30`, `1u30`, `1 uur en 20 minuten`, `3uur`, `half uur`,
/// ranges `1,5-2 uur` and `45 mins - 1 hour`. A number without a unit counts as minutes. A decimal
/// with two digits that could also be minutes (`1,30 uur`) is read as a decimal and reported as
/// ambiguous, with both readings.
public enum DurationParser {
    /// The outcome of reading one duration.
    public struct Reading: Equatable, Sendable {
        public var value: Duration
        /// The other reading of an ambiguous notation: `1,30 uur` is 78 min, or 90.
        public var alternative: Duration?
        /// Text in parentheses after the duration, kept as a remark.
        public var remark: String?
    }

    /// Why a duration could not be read.
    public enum Failure: Error, Equatable, Sendable {
        case empty
        /// A word or sign the parser does not understand, and its character offset in the text.
        case unexpected(String, offset: Int)
        case missingNumber
        /// A range whose first value is larger than its second.
        case inverted(Duration)
        /// More than `maximumMinutes`: no course takes that long, and the number would not fit.
        case tooLarge
    }

    /// The longest duration read: 100,000 hours. Anything longer is a typo (or a fuzzer's number).
    public static let maximumMinutes = 6_000_000

    enum Unit { case hours, minutes }

    enum Token: Equatable {
        /// A number with how it was written: digits after the decimal separator, if any.
        case number(Double, fractionDigits: String?)
        case unit(Unit)
        case rangeSeparator
        case and
        case half  // "half" as in "half uur" / "half an hour"
        case oneAndHalf  // "anderhalf"
        case quarter  // "kwartier"
        case filler  // "een", "an", "a", "ca.", "about": ignored
    }

    /// Reads `text`. A parenthesised tail (`1 uur (bij 12 deelnemers)`) becomes the remark.
    public static func parse(_ text: String) -> Result<Reading, Failure> {
        if let minutes = quickMinutes(text) {
            return .success(Reading(value: Duration(minutes: minutes), alternative: nil, remark: nil))
        }
        var body = text.trimmingWhitespace()
        var remark: String?
        if body.hasSuffix(")"), let open = body.firstIndex(of: "("), open != body.startIndex {
            remark = String(body[body.index(after: open)..<body.index(before: body.endIndex)]).trimmingWhitespace()
            body = String(body[..<open]).trimmingWhitespace()
        }
        guard !body.isEmpty else { return .failure(.empty) }
        let tokens: [(Token, Int)]
        switch Self.tokens(lowerCasing: body) {
        case .success(let t): tokens = t
        case .failure(let failure): return .failure(failure)
        }
        let parts = tokens.split { $0.0 == .rangeSeparator }.map { Array($0.map(\.0)) }
        let separators = tokens.filter { $0.0 == .rangeSeparator }
        guard parts.count == separators.count + 1, parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else {
            if let extra = separators.dropFirst().first { return .failure(.unexpected("-", offset: extra.1)) }
            return .failure(.missingNumber)
        }
        if parts.count == 1 {
            let evaluated: (minutes: Int, alternative: Int?)?
            do { evaluated = try evaluate(parts[0], defaultUnit: .minutes) } catch { return .failure(error) }
            guard let single = evaluated else { return .failure(.missingNumber) }
            return .success(
                Reading(
                    value: Duration(minutes: single.minutes),
                    alternative: single.alternative.map { Duration(minutes: $0) }, remark: remark))
        }
        // In a range, a side without a unit takes the other side's unit: `1,5-2 uur`, `30 tot 45 min`.
        let rightUnit = lastUnit(parts[1]) ?? .minutes
        let leftUnit = lastUnit(parts[0]) ?? rightUnit
        let sides: [(minutes: Int, alternative: Int?)?]
        do {
            sides = [try evaluate(parts[0], defaultUnit: leftUnit), try evaluate(parts[1], defaultUnit: rightUnit)]
        } catch { return .failure(error) }
        guard let low = sides[0], let high = sides[1] else {
            return .failure(.missingNumber)
        }
        let value = Duration(minimum: low.minutes, maximum: high.minutes)
        if low.minutes > high.minutes { return .failure(.inverted(value)) }
        var alternative: Duration?
        if low.alternative != nil || high.alternative != nil {
            alternative = Duration(minimum: low.alternative ?? low.minutes, maximum: high.alternative ?? high.minutes)
        }
        return .success(Reading(value: value, alternative: alternative, remark: remark))
    }

    /// Units of the common forms `60 min`, `45'`, `2 uur`, `1 hour`, read on the bytes; `true` for hours.
    /// Taken from the tokenizer's own table (plus `'`, which the tokenizer reads as a sign), so
    /// that both paths know the same units.
    private static let quickUnits: [(bytes: [UInt8], hours: Bool)] =
        words.compactMap { word, token in
            guard case .unit(let unit) = token else { return nil }
            return (Array(word.utf8), unit == .hours)
        } + [(Array("'".utf8), false)]

    /// The minutes of a duration written as 1-5 digits, an optional space and one unit, which is how
    /// nearly every exercise gives its time; `nil` for anything else, which the tokenizer reads.
    /// Gives the same value as the general path for these forms.
    private static func quickMinutes(_ text: String) -> Int? {
        text.withByteView { bytes -> Int? in
            var i = 0
            var n = bytes.count
            while i < n, bytes[i] == 0x20 { i += 1 }
            while n > i, bytes[n - 1] == 0x20 { n -= 1 }
            var value = 0
            let start = i
            while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39, i - start < 6 {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            guard i > start, i - start <= 5 else { return nil }
            if i < n, bytes[i] == 0x20 { i += 1 }
            let unit = bytes.extracting(i..<n)
            for candidate in quickUnits where candidate.bytes.count == unit.count {
                var equal = true
                for k in 0..<unit.count {
                    let byte = unit[k]
                    if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != candidate.bytes[k] {
                        equal = false
                        break
                    }
                }
                if equal { return candidate.hours ? value * 60 : value }
            }
            return nil
        }
    }

    private static func lastUnit(_ tokens: [Token]) -> Unit? {
        for token in tokens.reversed() { if case .unit(let unit) = token { return unit } }
        if tokens.contains(.quarter) { return .minutes }
        if tokens.contains(.half) || tokens.contains(.oneAndHalf) { return .hours }
        return nil
    }

    /// Adds up one side: `1 uur en 20 minuten`, `1h30`, `1,5`, `half uur`.
    private static func evaluate(_ tokens: [Token], defaultUnit: Unit) throws(Failure) -> (
        minutes: Int, alternative: Int?
    )? {
        var minutes = 0.0
        var ambiguity = 0.0
        var sawNumber = false
        var i = 0
        var previousUnit: Unit?
        while i < tokens.count {
            switch tokens[i] {
            case .number(let value, let fraction):
                sawNumber = true
                var unit: Unit
                var consumedUnit = false
                if i + 1 < tokens.count, case .unit(let next) = tokens[i + 1] {
                    unit = next
                    consumedUnit = true
                } else if previousUnit == .hours {
                    unit = .minutes  // the 30 in `1h30`, `1 uur 30`
                } else if i + 1 < tokens.count, tokens[i + 1] == .half {
                    // "2 en een half uur": handled by the half token.
                    unit = lastUnit(Array(tokens[(i + 1)...])) ?? defaultUnit
                } else {
                    unit = defaultUnit
                }
                if unit == .hours {
                    minutes += value * 60
                    if let fraction, fraction.count == 2, let digits = Int(fraction), digits < 60,
                        ![25, 50, 75].contains(digits)
                    {
                        // `1,30 uur`: 1.3 hours, or 1 hour 30?
                        ambiguity += value.rounded(.down) * 60 + Double(digits) - value * 60
                    }
                } else {
                    minutes += value
                }
                previousUnit = unit
                i += consumedUnit ? 2 : 1
                continue
            case .half:
                // `half uur` = 30 min; `2 en een half uur` = 150.
                minutes += 30
                sawNumber = true
                if i + 1 < tokens.count, case .unit = tokens[i + 1] { i += 1 }
                previousUnit = .hours
            case .oneAndHalf:
                minutes += 90
                sawNumber = true
                if i + 1 < tokens.count, case .unit = tokens[i + 1] { i += 1 }
                previousUnit = .hours
            case .quarter:
                minutes += 15
                sawNumber = true
            case .unit(let unit):
                // A unit without a number: `uur` alone, as in `een uur`.
                if !sawNumber {
                    minutes += unit == .hours ? 60 : 1
                    sawNumber = true
                }
                previousUnit = unit
            case .and, .filler, .rangeSeparator:
                break
            }
            i += 1
        }
        guard sawNumber else { return nil }
        // `99999999999999999999 min` must be an error, not a crash converting to Int.
        let limit = Double(maximumMinutes)
        guard abs(minutes) <= limit, abs(minutes + ambiguity) <= limit else { throw .tooLarge }
        let other = Int((minutes + ambiguity).rounded())
        let value = Int(minutes.rounded())
        return (value, other == value ? nil : other)
    }

    private static let words: [String: Token] = [
        "min": .unit(.minutes), "mins": .unit(.minutes), "minute": .unit(.minutes), "minutes": .unit(.minutes),
        "minuut": .unit(.minutes), "minuten": .unit(.minutes), "m": .unit(.minutes), "min.": .unit(.minutes),
        "uur": .unit(.hours), "uren": .unit(.hours), "u": .unit(.hours), "h": .unit(.hours), "hr": .unit(.hours),
        "hrs": .unit(.hours), "hour": .unit(.hours), "hours": .unit(.hours), "std": .unit(.hours),
        "tot": .rangeSeparator, "to": .rangeSeparator, "à": .rangeSeparator, "a": .filler, "tot.": .rangeSeparator,
        "en": .and, "and": .and, "+": .and,
        "half": .half, "halfuur": .half, "anderhalf": .oneAndHalf, "kwartier": .quarter,
        "een": .filler, "an": .filler, "ca.": .filler, "ca": .filler, "circa": .filler, "ongeveer": .filler,
        "about": .filler, "approx.": .filler, "approximately": .filler, "maximaal": .filler, "max.": .filler,
        "minimaal": .filler, "totaal": .filler, "total": .filler, "ruim": .filler,
    ]

    /// The tokens of `text` lower-cased, each with its offset in characters. An ASCII text (the
    /// usual `1,5 uur`) is lower-cased and read on its bytes, which are its characters (`A`-`Z` are
    /// all that `lowercased()` changes there); any other on `Character`s. One reading for both:
    /// reading every text on `Character`s cost about 22,000 instructions a duration
    /// (docs/performance.md), and `ByteReadingTests` holds the two to the same tokens.
    static func tokens(lowerCasing text: String) -> Result<[(Token, Int)], Failure> {
        var bytes = Array(text.utf8)
        for index in bytes.indices {
            let byte = bytes[index]
            // A CR LF is one `Character` but two bytes: such a text is read on `Character`s.
            if byte >= 0x80 || byte == 0x0D { return characterTokens(text.lowercased()) }
            if byte >= 0x41, byte <= 0x5A { bytes[index] = byte | 0x20 }
        }
        return tokenize(bytes)
    }

    /// The tokens of a lower-cased text read on `Character`s, whatever it holds: the reference
    /// reading.
    static func characterTokens(_ text: String) -> Result<[(Token, Int)], Failure> {
        tokenize(Array(text))
    }

    private static func tokenize<TextUnit: DurationTextUnit>(_ characters: [TextUnit]) -> Result<
        [(Token, Int)], Failure
    > {
        var tokens: [(Token, Int)] = []
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c.isWhitespace {
                i += 1
                continue
            }
            if c.isMinuteSign {
                tokens.append((.unit(.minutes), i))
                i += 1
                continue
            }
            if c.isRangeSign {
                tokens.append((.rangeSeparator, i))
                i += 1
                continue
            }
            if c.isOneHalf {
                tokens.append((.number(0.5, fractionDigits: "5"), i))
                tokens.append((.unit(.hours), i))
                i += 1
                continue
            }
            if c.isASCIIDigit {
                let start = i
                while i < characters.count, characters[i].isASCIIDigit { i += 1 }
                let whole = TextUnit.string(characters[start..<i])
                var fraction: String?
                if i + 1 < characters.count, characters[i].isDecimalSeparator, characters[i + 1].isASCIIDigit {
                    i += 1
                    let fractionStart = i
                    while i < characters.count, characters[i].isASCIIDigit { i += 1 }
                    fraction = TextUnit.string(characters[fractionStart..<i])
                }
                // `1:30` is an hour and thirty minutes.
                if fraction == nil, i + 2 < characters.count, characters[i].isColon, characters[i + 1].isASCIIDigit,
                    characters[i + 2].isASCIIDigit
                {
                    let minutes = Int(TextUnit.string(characters[(i + 1)...(i + 2)])) ?? 0
                    tokens.append((.number(Double(whole) ?? 0, fractionDigits: nil), start))
                    tokens.append((.unit(.hours), start))
                    tokens.append((.number(Double(minutes), fractionDigits: nil), i + 1))
                    tokens.append((.unit(.minutes), i + 1))
                    i += 3
                    continue
                }
                if i < characters.count, characters[i].isOneHalf {
                    tokens.append((.number((Double(whole) ?? 0) + 0.5, fractionDigits: "5"), start))
                    i += 1
                    continue
                }
                let value = Double(whole + (fraction.map { "." + $0 } ?? "")) ?? 0
                tokens.append((.number(value, fractionDigits: fraction), start))
                continue
            }
            if c.isLetter || c.isDot {
                let start = i
                while i < characters.count, characters[i].isLetter || characters[i].isDot { i += 1 }
                let word = TextUnit.string(characters[start..<i])
                if word == "a", case .number? = tokens.last?.0, nextIsDigit(characters, after: i) {
                    // `10 a 15 minuten`: Dutch writes `à` without its accent between two numbers.
                    tokens.append((.rangeSeparator, start))
                } else if let token = words[word] ?? words[String(word.drop { $0 == "." })] {
                    tokens.append((token, start))
                } else if word.hasSuffix("."), let token = words[String(word.dropLast())] {
                    tokens.append((token, start))
                } else {
                    return .failure(.unexpected(word, offset: start))
                }
                continue
            }
            if c.isPlusSign {
                tokens.append((.and, i))
                i += 1
                continue
            }
            if c.isListSeparator {
                i += 1
                continue
            }
            return .failure(.unexpected(TextUnit.string(characters[i...i]), offset: i))
        }
        return .success(tokens)
    }

    /// Whether the first character after `index` that is not a space is a digit.
    private static func nextIsDigit<TextUnit: DurationTextUnit>(_ characters: [TextUnit], after index: Int) -> Bool {
        var i = index
        while i < characters.count, characters[i].isSpace { i += 1 }
        return i < characters.count && characters[i].isASCIIDigit
    }
}
