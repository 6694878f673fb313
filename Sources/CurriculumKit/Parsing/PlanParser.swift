/// Parses a plan file (`*.plan.md`): its fields, its day separators and its items.
///
/// A plan is Markdown-compatible text read with the same line scanner as curriculum files, so
/// every finding carries the exact `file:line:col`. Labels come in Dutch and English
/// (docs/plans.md). The parser needs no curriculum: it checks what the text alone can tell
/// (times, dates, durations, duplicate items); `Scheduler` checks the rest against the curriculum.
public enum PlanParser {
    public struct Result: Sendable {
        /// `nil` only when the file could not be decoded at all.
        public var plan: Plan?
        public var diagnostics: [Diagnostic]
    }

    /// The extension plan files carry.
    public static let fileSuffix = ".plan.md"

    /// The fields a plan knows, by normalised label.
    enum Field: String, Sendable {
        case curriculum, title, dates, place, trainers, participants, dayFrame, lunchWindow, lunchMinutes,
            maximumStretch, breakMinutes, transition, buffer, participantsPerTrainer
    }

    static let labels: [String: Field] = {
        var table: [String: Field] = [:]
        func add(_ field: Field, _ words: String...) { for word in words { table[word] = field } }
        add(.curriculum, "curriculum", "leerplan")
        add(.title, "titel", "title")
        add(.dates, "datum", "data", "datums", "date", "dates")
        add(.place, "locatie", "plaats", "place", "location", "venue")
        add(.trainers, "trainers", "trainer", "docenten", "docent")
        add(.participants, "deelnemers", "aantal deelnemers", "participants")
        add(.dayFrame, "dagindeling", "dag", "day", "day frame", "tijden", "hours")
        add(.lunchWindow, "lunch", "lunchvenster", "lunch window")
        add(.lunchMinutes, "lunchduur", "lunch duration", "lunch length")
        add(.maximumStretch, "maximale sessie", "maximum stretch", "max stretch", "maximale blokduur")
        add(.breakMinutes, "pauzeduur", "break length", "break duration")
        add(.transition, "overgang", "wisseltijd", "transition")
        add(.buffer, "buffer", "reserve", "marge")
        add(.participantsPerTrainer, "deelnemers per trainer", "participants per trainer")
        return table
    }()

    /// Words that make an item a short break or lunch.
    static let pauseWords: Set<String> = [
        "pauze", "pause", "break", "koffiepauze", "theepauze", "koffie", "thee", "coffee break", "tea break",
        "korte pauze", "short break", "koffie- en theepauze", "coffee",
    ]
    static let lunchWords: Set<String> = ["lunch", "lunchpauze", "lunch break", "middagpauze"]

    public static func parse(_ text: String, path: String) -> Result {
        switch SourceText.decode(text, path: path) {
        case .success(let source): return parse(source)
        case .failure(let failure): return Result(plan: nil, diagnostics: [failure.diagnostic(path: path)])
        }
    }

    public static func parse(_ source: SourceText) -> Result {
        parse(LineScanner(source: source))
    }

    /// Parses a file already split into lines (`fmt` shares one scan between its steps).
    static func parse(_ scanner: LineScanner) -> Result {
        var state = State(scanner: scanner)
        state.run()
        return Result(plan: state.plan, diagnostics: state.diagnostics)
    }

    /// A word of an item's text with its offset in characters from the text's start.
    struct Token {
        var text: String
        var offset: Int
    }

    /// The words of `text` (the first `limit` of them), split at spaces and tabs; offsets count
    /// Unicode scalars, as columns do. Read on UTF-8 bytes: a space or a tab is one byte and never
    /// part of another scalar.
    static func tokens(_ text: String, limit: Int = .max) -> [Token] {
        var result: [Token] = []
        let utf8 = text.utf8
        var startByte: String.Index?
        var startScalar = 0
        var scalar = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || byte == 0x09 {
                if let start = startByte {
                    result.append(Token(text: String(text[start..<index]), offset: startScalar))
                    startByte = nil
                    if result.count == limit { return result }
                }
            } else if startByte == nil {
                startByte = index
                startScalar = scalar
            }
            if byte & 0xC0 != 0x80 { scalar += 1 }
            utf8.formIndex(after: &index)
        }
        if let start = startByte { result.append(Token(text: String(text[start...]), offset: startScalar)) }
        return result
    }

    /// Whether the words from `first` to `last` may read as a duration by the test in `readItem`
    /// (a digit, `½`, `half` or `anderhalf` first, inside the parentheses if they enclose the
    /// words): `false` only when that test fails, so that the words are joined for it only when
    /// it may pass. Joining every suffix of every free item cost more than reading it.
    static func mayStartDuration(_ first: String, last: String) -> Bool {
        let start = first.hasPrefix("(") && last.hasSuffix(")") ? first.dropFirst() : first[...]
        guard let character = start.first else { return true }
        return character.isASCIIDigit || character == "½" || start.hasPrefix("half") || start.hasPrefix("anderhalf")
    }

    /// Whether a word is meant as a time of day: `13:30`, `9.30`, `13u30`, `9:7`, `25:00`.
    static func looksLikeTime(_ word: String) -> Bool {
        // Every form is ASCII: digits around one of `:`, `u`, `h`, `.`.
        let bytes = Array(word.utf8)
        guard let separator = bytes.firstIndex(where: { $0 == 0x3A || $0 == 0x75 || $0 == 0x68 || $0 == 0x2E }) else {
            return false
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        let hours = bytes[..<separator]
        let minutes = bytes[(separator + 1)...]
        guard (1...2).contains(hours.count), hours.allSatisfy(isDigit), minutes.allSatisfy(isDigit) else {
            return false
        }
        return bytes[separator] == 0x2E ? minutes.count == 2 : (1...2).contains(minutes.count)
    }

    private struct State {
        let scanner: LineScanner
        var diagnostics: [Diagnostic]
        var plan: Plan
        var currentDay = PlanDay()
        var seenFields: [Field: SourceLocation] = [:]
        var seenExercises: [ExerciseID: SourceLocation] = [:]
        var headingTitle: String?
        var lastItemIndent = 0
        var sawItem = false

        init(scanner: LineScanner) {
            self.scanner = scanner
            self.diagnostics = scanner.diagnostics
            self.plan = Plan(file: scanner.source.path)
        }

        var path: String { scanner.source.path }

        mutating func run() {
            var language: Language?
            for line in scanner.lines {
                reportMisplacedActual(on: line)
                switch line.kind {
                case .heading(let depth):
                    let text = scanner.content(of: line)
                    if depth == 1 {
                        if headingTitle == nil { headingTitle = text }
                    } else {
                        startDay(heading: text, at: scanner.location(line, at: line.markerStart))
                        if language == nil {
                            language =
                                text.lowercased().hasPrefix("day")
                                ? .english : (text.lowercased().hasPrefix("dag") ? .dutch : nil)
                        }
                    }
                case .text where Self.isRule(scanner.content(of: line)):
                    startDay(heading: nil, at: scanner.location(line, at: line.markerStart))
                case .field, .labelLike:
                    let label = scanner.text(from: line.markerStart, to: line.labelEnd)
                    let normalised = label.lowercased().collapsingWhitespace()
                    guard let field = PlanParser.labels[normalised] else {
                        if let suggestion = EditDistance.suggestion(for: normalised, among: PlanParser.labels.keys) {
                            diagnostics.append(
                                .unknownPlanField(
                                    label, at: scanner.location(line, at: line.markerStart), suggestion: suggestion))
                        }
                        continue
                    }
                    if language == nil {
                        language =
                            ["dagindeling", "datum", "titel", "deelnemers", "locatie", "plaats"].contains(normalised)
                            ? .dutch
                            : (["day", "date", "dates", "title", "participants", "place"].contains(normalised)
                                ? .english : nil)
                    }
                    // The value starts after the colon.
                    var start = line.labelEnd
                    let bytes = scanner.bytes
                    while start < line.contentEnd, bytes[start] != 0x3A { start += 1 }
                    start += 1
                    while start < line.contentEnd, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                    let labelAt = scanner.location(line, at: line.markerStart)
                    if let first = seenFields[field] {
                        diagnostics.append(.repeatedPlanField(label, at: labelAt, first: first))
                        continue
                    }
                    seenFields[field] = labelAt
                    plan.fieldLocations[field.rawValue] = labelAt
                    let raw =
                        start < line.contentEnd ? String(decoding: bytes[start..<line.contentEnd], as: UTF8.self) : ""
                    readField(
                        field, raw: raw, label: label, labelAt: labelAt,
                        valueAt: scanner.location(line, at: min(start, line.contentEnd)))
                case .listItem:
                    if sawItem, line.indent > lastItemIndent { continue }  // a note under an item
                    sawItem = true
                    lastItemIndent = line.indent
                    let raw = String(decoding: scanner.bytes[line.contentStart..<line.contentEnd], as: UTF8.self)
                    let location = scanner.location(line, at: line.contentStart)
                    let reading = PlanActualParser.read(raw, at: location)
                    diagnostics += reading.diagnostics
                    let count = currentDay.items.count
                    readItem(reading.rest, at: location)
                    if currentDay.items.count > count { currentDay.items[count].actual = reading.actual }
                default:
                    break
                }
            }
            if !currentDay.items.isEmpty || plan.days.isEmpty { plan.days.append(currentDay) }
            if plan.metadata.title.isEmpty, let headingTitle { plan.metadata.title = headingTitle }
            plan.metadata.language = language ?? .dutch
            if plan.metadata.title.isEmpty {
                diagnostics.append(.noPlanTitle(in: path))
            }
            if plan.items.isEmpty {
                diagnostics.append(
                    .noPlanItems(at: SourceLocation(file: path, line: max(1, scanner.source.lineCount), column: 1)))
            }
        }

        /// An actual (`(werkelijk 75 min)`) anywhere but at the end of an item is a finding: a
        /// note under an item, a field, a heading or a line of text would silently drop it.
        mutating func reportMisplacedActual(on line: ScannedLine) {
            var isItem = false
            if case .listItem = line.kind { isItem = !(sawItem && line.indent > lastItemIndent) }
            guard !isItem, !line.isBlankOrComment, line.markerStart < line.contentEnd else { return }
            let text = String(decoding: scanner.bytes[line.markerStart..<line.contentEnd], as: UTF8.self)
            if let finding = PlanActualParser.misplaced(in: text, at: scanner.location(line, at: line.markerStart)) {
                diagnostics.append(finding)
            }
        }

        static func isRule(_ text: String) -> Bool {
            let compact = text.filter { $0 != " " }
            guard compact.count >= 3, let first = compact.first, first == "-" || first == "*" || first == "_" else {
                return false
            }
            return compact.allSatisfy { $0 == first }
        }

        mutating func startDay(heading: String?, at location: SourceLocation) {
            if currentDay.items.isEmpty {
                currentDay.heading = heading ?? currentDay.heading
                currentDay.location = location
                return
            }
            plan.days.append(currentDay)
            currentDay = PlanDay(heading: heading, location: location)
        }

        func at(_ location: SourceLocation, offset: Int) -> SourceLocation {
            SourceLocation(file: location.file, line: location.line, column: location.column + offset)
        }

        // MARK: Fields

        mutating func readField(
            _ field: Field, raw: String, label: String, labelAt: SourceLocation, valueAt: SourceLocation
        ) {
            let value = raw.trimmingWhitespace()
            if value.isEmpty, field != .curriculum {
                diagnostics.append(.planFieldWithoutValue(label, at: labelAt))
                return
            }
            switch field {
            case .curriculum:
                plan.metadata.curriculum = value.isEmpty ? nil : ManifestParser.linkTarget(value)
            case .title:
                plan.metadata.title = value
            case .place:
                plan.metadata.place = value
            case .dates:
                // `replacing` costs about 10,000 instructions even when there is no comma to replace.
                let dates = raw.utf8.contains(UInt8(ascii: ",")) ? raw.replacing(",", with: " ") : raw
                for token in PlanParser.tokens(dates) {
                    if let date = CalendarDate(token.text) {
                        plan.metadata.dates.append(date)
                    } else {
                        diagnostics.append(.notADate(token.text, at: at(valueAt, offset: token.offset)))
                    }
                }
            case .trainers:
                if let n = Int(value), n > 0 {
                    plan.metadata.trainerCount = n
                } else if value.allSatisfy(\.isASCIIDigit) {
                    diagnostics.append(.notANumberOfTrainers(value, at: valueAt))
                } else {
                    var names = value
                    for word in [" en ", " and ", " & ", ";"] { names = names.replacing(word, with: ",") }
                    plan.metadata.trainers = names.split(separator: ",").map { $0.trimmingWhitespace() }.filter {
                        !$0.isEmpty
                    }
                }
            case .participants:
                if let n = Int(value), n > 0 {
                    plan.metadata.participants = n
                } else {
                    diagnostics.append(.notANumberOfParticipants(value, at: valueAt))
                }
            case .dayFrame, .lunchWindow:
                guard let frame = readFrame(raw, at: valueAt, label: label) else { return }
                if field == .dayFrame { plan.settings.dayFrame = frame } else { plan.settings.lunchWindow = frame }
            case .lunchMinutes, .maximumStretch, .breakMinutes, .transition:
                switch DurationParser.parse(value) {
                case .success(let reading)
                where !reading.value.isRange && (reading.value.minimum > 0 || field == .transition):
                    let minutes = reading.value.minimum
                    switch field {
                    case .lunchMinutes: plan.settings.lunchMinutes = minutes
                    case .maximumStretch: plan.settings.maximumStretch = minutes
                    case .breakMinutes: plan.settings.breakMinutes = minutes
                    default: plan.settings.transitionMinutes = minutes
                    }
                default:
                    diagnostics.append(.notANumberOfMinutes(value, at: valueAt))
                }
            case .participantsPerTrainer:
                if let n = Int(value), n > 0 {
                    plan.settings.participantsPerTrainer = n
                } else {
                    diagnostics.append(.notANumberOfParticipants(value, at: valueAt))
                }
            case .buffer:
                let digits = value.hasSuffix("%") ? String(value.dropLast()).trimmingWhitespace() : value
                if let percent = Int(digits), (0...90).contains(percent) {
                    plan.settings.bufferPercent = percent
                } else {
                    diagnostics.append(.notABufferPercentage(value, at: valueAt))
                }
            }
        }

        /// `09:00-16:30`, with a finding at the exact side that is wrong.
        mutating func readFrame(_ raw: String, at valueAt: SourceLocation, label: String) -> DayFrame? {
            // The replacements only run when their first byte is there (0xE2 starts both dashes, a
            // `t` both words): searched for as characters, they cost more than the rest of the plan.
            var normalised = raw
            if raw.utf8.contains(0xE2) { normalised = normalised.replacing("–", with: "-").replacing("—", with: "-") }
            if raw.utf8.contains(0x74) {
                for word in [" tot ", " to ", " tot", " to"] where normalised.contains(word) {
                    normalised = normalised.replacing(word, with: String(repeating: " ", count: word.count - 1) + "-")
                }
            }
            let parts = normalised.split(separator: "-", omittingEmptySubsequences: false)
            let text = raw.trimmingWhitespace()
            guard parts.count == 2 else {
                diagnostics.append(.notAStartAndEnd(text, at: valueAt))
                return nil
            }
            var times: [ClockTime] = []
            var offset = 0
            for part in parts {
                let lead = part.prefix { $0 == " " }.count
                let word = part.trimmingWhitespace()
                if let time = ClockTime(word), time.minutesSinceMidnight <= 24 * 60 {
                    times.append(time)
                } else {
                    diagnostics.append(
                        .notATimeOfDay(word, at: at(valueAt, offset: offset + lead), startingAnItem: false))
                }
                offset += part.unicodeScalars.count + 1
            }
            guard times.count == 2 else { return nil }
            let frame = DayFrame(start: times[0], end: times[1])
            if frame.minutes < 0 {
                diagnostics.append(.dayEndsBeforeStart(label, frame: text, at: valueAt, start: times[0], end: times[1]))
                return nil
            }
            if frame.minutes == 0 {
                diagnostics.append(.zeroLengthDay(label, frame: text, at: valueAt, time: times[0]))
                return nil
            }
            return frame
        }

        // MARK: Items

        mutating func readItem(_ raw: String, at location: SourceLocation) {
            // An exercise item needs its first two words at most (a start time, the ID): the rest of
            // its title is not split into words unless the item turns out to be something else.
            var words = PlanParser.tokens(raw, limit: 2)
            guard !words.isEmpty else { return }
            var fixed: ClockTime?
            if PlanParser.looksLikeTime(words[0].text) {
                guard let time = ClockTime(words[0].text), time.minutesSinceMidnight <= 24 * 60 else {
                    diagnostics.append(.notATimeOfDay(words[0].text, at: location, startingAnItem: true))
                    return
                }
                fixed = time
                words.removeFirst()
                guard !words.isEmpty else {
                    diagnostics.append(.startTimeWithoutItem(raw, at: location))
                    return
                }
            }
            let textAt = at(location, offset: words[0].offset)
            let text = raw.trimmingWhitespace()
            // An exercise ID.
            if let id = ExerciseID(words[0].text) {
                if let first = seenExercises[id] {
                    diagnostics.append(.exercisePlannedTwice(id, written: words[0].text, at: textAt, first: first))
                    return
                }
                seenExercises[id] = textAt
                currentDay.items.append(
                    PlanItem(.exercise(id), fixedStart: fixed, text: text, location: location, idLocation: textAt))
                return
            }
            if HeadingParser.looksLikeID(words[0].text) {
                diagnostics.append(.notAnExerciseID(words[0].text, at: textAt))
                return
            }
            words = PlanParser.tokens(raw)
            if fixed != nil { words.removeFirst() }
            // A title, then a duration at the end.
            var titleWords = words
            var duration: Duration?
            var durationAt: (Token, Int)?
            let maximum = min(6, words.count)
            if maximum >= 1 {
                for k in stride(from: maximum, through: 1, by: -1) {
                    guard PlanParser.mayStartDuration(words[words.count - k].text, last: words[words.count - 1].text)
                    else { continue }
                    let suffix = words[(words.count - k)...]
                    var joined = suffix.map(\.text).joined(separator: " ")
                    if joined.hasPrefix("("), joined.hasSuffix(")") { joined = String(joined.dropFirst().dropLast()) }
                    guard let first = joined.first,
                        first.isASCIIDigit || first == "½" || joined.hasPrefix("half") || joined.hasPrefix("anderhalf")
                    else { continue }
                    if case .success(let reading) = DurationParser.parse(joined), reading.value.maximum > 0 {
                        duration = reading.value
                        titleWords = Array(words[..<(words.count - k)])
                        durationAt = (suffix.first ?? words[0], k)
                        break
                    }
                }
            }
            var title = titleWords.map(\.text).joined(separator: " ")
            while let last = title.last, [":", "-", "–", ",", "—"].contains(last) {
                title.removeLast()
                title = title.trimmingWhitespace()
            }
            let lowered = title.lowercased()
            if PlanParser.pauseWords.contains(lowered) || PlanParser.lunchWords.contains(lowered) {
                let isLunch = PlanParser.lunchWords.contains(lowered)
                if let duration, duration.isRange, let (token, _) = durationAt {
                    diagnostics.append(
                        .breakWithRange(token.text, at: at(location, offset: token.offset), isLunch: isLunch))
                    return
                }
                let minutes = duration?.minimum
                currentDay.items.append(
                    PlanItem(
                        isLunch ? .lunch(minutes: minutes) : .pause(minutes: minutes), fixedStart: fixed, text: text,
                        location: location))
                return
            }
            guard let duration, !title.isEmpty else {
                let length = max(1, text.unicodeScalars.count - words[0].offset)
                diagnostics.append(
                    title.isEmpty
                        ? .itemWithoutTitle(at: textAt, length: length)
                        : .unreadableItem(title, at: textAt, length: length))
                return
            }
            currentDay.items.append(
                PlanItem(.free(title: title, duration: duration), fixedStart: fixed, text: text, location: location))
        }

    }
}

extension Diagnostic {
    fileprivate static func unknownPlanField(_ label: String, at location: SourceLocation, suggestion: String)
        -> Diagnostic
    {
        let capitalised = suggestion.prefix(1).uppercased() + suggestion.dropFirst()
        return Diagnostic(
            .invalidPlanField, en: "unknown plan field '\(label)'", nl: "onbekend veld '\(label)' in het plan",
            at: location, length: label.unicodeScalars.count,
            hint: FixHint(
                en: "did you mean '\(capitalised)'?", nl: "bedoelde je '\(capitalised)'?", replacement: suggestion))
    }

    fileprivate static func repeatedPlanField(_ label: String, at location: SourceLocation, first: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .repeatedField, en: "'\(label)' appears a second time in the plan",
            nl: "'\(label)' staat een tweede keer in het plan", at: location, length: label.unicodeScalars.count,
            hint: FixHint(en: "keep one; this one is ignored", nl: "houd er één over; deze telt niet mee"),
            notes: [.init(en: "first here", nl: "hier staat de eerste", at: first)])
    }

    fileprivate static func noPlanTitle(in path: String) -> Diagnostic {
        Diagnostic(
            .missingPlanField, en: "the plan has no title", nl: "het plan heeft geen titel",
            at: SourceLocation(file: path, line: 1, column: 1),
            hint: FixHint(
                en: "add `Titel: …` (or `Title: …`) or start with a `# Title` heading",
                nl: "voeg `Titel: …` toe of begin met een kop `# Titel`"))
    }

    fileprivate static func noPlanItems(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingPlanField, en: "the plan lists no items", nl: "het plan noemt geen onderdelen", at: location,
            hint: FixHint(
                en: "list the day's items: `- 1.A.1.1`, `- Pauze 15`, `- Lunch 45 min`",
                nl: "zet de onderdelen van de dag eronder: `- 1.A.1.1`, `- Pauze 15`, `- Lunch 45 min`"))
    }

    fileprivate static func planFieldWithoutValue(_ label: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidPlanField, en: "'\(label)' has no value", nl: "'\(label)' heeft geen waarde", at: location,
            length: label.unicodeScalars.count,
            hint: FixHint(
                en: "write the value after the colon on the same line (docs/plans.md)",
                nl: "zet de waarde op dezelfde regel achter de dubbele punt (docs/plans.md)"))
    }

    fileprivate static func notADate(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidPlanDate, en: "'\(text)' is not a date", nl: "'\(text)' is geen datum", at: location,
            length: text.unicodeScalars.count,
            hint: FixHint(
                en: "write dates as year-month-day, `2027-03-09`; separate several with commas",
                nl: "schrijf een datum als jaar-maand-dag, `2027-03-09`; scheid meer data met komma's"))
    }

    fileprivate static func notANumberOfTrainers(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidPlanField, en: "'\(value)' is not a number of trainers", nl: "'\(value)' is geen aantal trainers",
            at: location, length: max(1, value.unicodeScalars.count),
            hint: FixHint(
                en: "give the names, or a number of at least 1", nl: "geef de namen, of een aantal van minstens 1"))
    }

    fileprivate static func notANumberOfParticipants(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidPlanField, en: "'\(value)' is not a number of participants",
            nl: "'\(value)' is geen aantal deelnemers", at: location, length: max(1, value.unicodeScalars.count),
            hint: FixHint(en: "write a whole number: `Deelnemers: 14`", nl: "schrijf een heel getal: `Deelnemers: 14`"))
    }

    fileprivate static func notANumberOfMinutes(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidPlanField, en: "cannot read '\(value)' as a number of minutes",
            nl: "'\(value)' is niet te lezen als aantal minuten", at: location,
            length: max(1, value.unicodeScalars.count),
            hint: FixHint(
                en: "write one duration such as `15 min` or `1 uur`", nl: "schrijf één duur, zoals `15 min` of `1 uur`")
        )
    }

    fileprivate static func notABufferPercentage(_ value: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidPlanField, en: "cannot read '\(value)' as a buffer percentage",
            nl: "'\(value)' is niet te lezen als bufferpercentage", at: location,
            length: max(1, value.unicodeScalars.count),
            hint: FixHint(
                en: "write a percentage of the day from 0 to 90: `Buffer: 10%`",
                nl: "schrijf een percentage van de dag van 0 tot 90: `Buffer: 10%`"))
    }

    fileprivate static func notAStartAndEnd(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .badPlanTime, en: "cannot read '\(text)' as a start and end time",
            nl: "'\(text)' is niet te lezen als begin- en eindtijd", at: location,
            length: max(1, text.unicodeScalars.count),
            hint: FixHint(en: "write the start and end as `09:00-16:30`", nl: "schrijf begin en eind als `09:00-16:30`")
        )
    }

    /// A time that cannot be read: one side of a day's hours, or an item's fixed start.
    fileprivate static func notATimeOfDay(_ word: String, at location: SourceLocation, startingAnItem: Bool)
        -> Diagnostic
    {
        Diagnostic(
            .badPlanTime, en: "'\(word)' is not a time of day", nl: "'\(word)' is geen tijdstip", at: location,
            length: max(1, word.unicodeScalars.count),
            hint: startingAnItem
                ? FixHint(
                    en: "write a start time as `13:30`: hours 0-24, minutes 00-59",
                    nl: "schrijf een begintijd als `13:30`: uren 0-24, minuten 00-59")
                : FixHint(
                    en: "write times as `09:00`: hours 0-24, minutes 00-59",
                    nl: "schrijf tijden als `09:00`: uren 0-24, minuten 00-59"))
    }

    fileprivate static func dayEndsBeforeStart(
        _ label: String, frame text: String, at location: SourceLocation, start: ClockTime, end: ClockTime
    ) -> Diagnostic {
        Diagnostic(
            .dayEndsBeforeStart, en: "'\(label)' ends at \(end), before it starts at \(start)",
            nl: "'\(label)' eindigt om \(end), vóór het begin om \(start)", at: location,
            length: max(1, text.unicodeScalars.count),
            hint: FixHint(
                en: "write the start first: `\(end)-\(start)`", nl: "zet het begin voorop: `\(end)-\(start)`",
                replacement: "\(end)-\(start)"))
    }

    fileprivate static func zeroLengthDay(
        _ label: String, frame text: String, at location: SourceLocation, time: ClockTime
    ) -> Diagnostic {
        Diagnostic(
            .zeroLengthDay, en: "'\(label)' starts and ends at \(time): it lasts zero minutes",
            nl: "'\(label)' begint en eindigt om \(time): het duurt nul minuten", at: location,
            length: max(1, text.unicodeScalars.count),
            hint: FixHint(
                en: "give the real start and end: `09:00-16:30`", nl: "geef het echte begin en eind: `09:00-16:30`"))
    }

    fileprivate static func startTimeWithoutItem(_ raw: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .unreadablePlanItem, en: "the item gives a start time but nothing to start",
            nl: "het onderdeel noemt een begintijd, maar niet wat er dan begint", at: location,
            length: raw.unicodeScalars.count,
            hint: FixHint(
                en: "write what starts then: `- 13:30 Lunch 45 min`",
                nl: "schrijf wat er dan begint: `- 13:30 Lunch 45 min`"))
    }

    fileprivate static func exercisePlannedTwice(
        _ id: ExerciseID, written: String, at location: SourceLocation, first: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .duplicatePlanItem, en: "exercise \(id) is planned a second time",
            nl: "oefening \(id) staat een tweede keer in het plan", at: location, length: written.unicodeScalars.count,
            hint: FixHint(en: "remove this line, or the first one", nl: "haal deze regel weg, of de eerste"),
            notes: [.init(en: "first planned here", nl: "hier staat ze voor het eerst", at: first)])
    }

    fileprivate static func notAnExerciseID(_ word: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .unreadablePlanItem, en: "'\(word)' is not an exercise ID", nl: "'\(word)' is geen oefeningnummer",
            at: location, length: word.unicodeScalars.count,
            hint: FixHint(
                en: "write IDs as module.topic.level.number: `1.A.1.1` (`0.A.1` in a module without levels)",
                nl:
                    "schrijf nummers als module.onderwerp.niveau.nummer: `1.A.1.1` (`0.A.1` in een module zonder niveaus)"
            ))
    }

    fileprivate static func breakWithRange(_ written: String, at location: SourceLocation, isLunch: Bool) -> Diagnostic
    {
        let example = isLunch ? "Lunch 45 min" : "Pauze 15"
        return Diagnostic(
            .unreadablePlanItem, en: "a break takes a fixed number of minutes, not a range",
            nl: "een pauze duurt een vast aantal minuten, geen marge", at: location,
            length: written.unicodeScalars.count,
            hint: FixHint(en: "write one number: `\(example)`", nl: "schrijf één getal: `\(example)`"))
    }

    fileprivate static func itemWithoutTitle(at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .unreadablePlanItem, en: "the item has a duration but no title",
            nl: "het onderdeel heeft een duur, maar geen titel",
            at: location, length: length,
            hint: FixHint(
                en: "say what happens: `- Welkom en kennismaking 20 min`",
                nl: "zeg wat er gebeurt: `- Welkom en kennismaking 20 min`"))
    }

    fileprivate static func unreadableItem(_ title: String, at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .unreadablePlanItem,
            en: "cannot read '\(title)' as a plan item: it is not an exercise ID, not a break, and has no duration",
            nl:
                "'\(title)' is niet te lezen als onderdeel van het plan: het is geen oefeningnummer, geen pauze en heeft geen duur",
            at: location, length: length,
            hint: FixHint(
                en: "add how long it takes: `- \(title) 20 min`",
                nl: "zet erbij hoe lang het duurt: `- \(title) 20 min`"))
    }
}
