/// Parses one module file into a `Module`, reporting every problem it meets and going on.
///
/// The parser never stops at the first mistake: a misplaced heading, a field outside an exercise,
/// a repeated field each produce a diagnostic, and parsing resumes at the next line that makes
/// sense, so that one run of `check` shows every problem in the file.
public struct ModuleParser {
    /// What parsing one module file yields.
    public struct Result: Sendable {
        public var module: Module?
        public var comments: [Comment]
        public var diagnostics: [Diagnostic]
        /// The file's bytes with every comment blanked (spaces; line ends kept), as the parser read
        /// them: a rule that reads running text outside comments takes them instead of finding and
        /// blanking the comments again (`nil` when the file could not be read). The file's own
        /// bytes, not a copy, when it has no comment.
        public var commentFreeBytes: [UInt8]? = nil
    }

    /// Parses a decoded file.
    public static func parse(_ source: SourceText) -> Result {
        parse(LineScanner(source: source))
    }

    /// Parses a file already split into lines (`fmt` shares one scan between its steps).
    static func parse(_ scanner: LineScanner) -> Result {
        var parser = ModuleParser(scanner: scanner)
        parser.run()
        return Result(
            module: parser.module, comments: parser.scanner.comments,
            diagnostics: parser.scanner.diagnostics + parser.diagnostics, commentFreeBytes: scanner.bytes)
    }

    /// Parses text in memory (tests, editors).
    public static func parse(_ text: String, path: String) -> Result {
        switch SourceText.decode(text, path: path) {
        case .success(let source): return parse(source)
        case .failure(let failure):
            return Result(module: nil, comments: [], diagnostics: [failure.diagnostic(path: path)])
        }
    }

    private let scanner: LineScanner
    private var diagnostics: [Diagnostic] = []
    private var module: Module?
    private var topic: Topic?
    private var level: Level?
    private var exercise: Exercise?
    /// Content under a heading that could not be placed is read (for diagnostics) but not kept.
    private var detached = false
    private var introduction = BlockBuilder()
    /// The open field, when `fieldOpen`. Kept as a plain value with a flag beside it: testing or
    /// reading an optional field on every line copied the whole field each time. Its builder,
    /// emptied when the field closes, passes its storage on to the next field.
    private var field = FieldContent(
        kind: .notes, label: "", labelLocation: SourceLocation(file: "", line: 0, column: 0), labelLength: 0,
        valueLocation: SourceLocation(file: "", line: 0, column: 0), ignored: true)
    private var fieldOpen = false
    /// Whether a module, exercise, level or topic is open, asked on every line. Matching the case
    /// reads no payload; comparing the optional with `nil` copied the module or level with
    /// everything in it.
    private var hasModule: Bool {
        if case .none = module { return false }
        return true
    }
    private var hasExercise: Bool {
        if case .none = exercise { return false }
        return true
    }
    private var hasLevel: Bool {
        if case .none = level { return false }
        return true
    }
    private var hasTopic: Bool {
        if case .none = topic { return false }
        return true
    }
    /// Whether the open field's occurrence in the exercise still has no text.
    private var openOccurrenceEmpty = false
    private var reportedTextBeforeHeading = false

    private init(scanner: LineScanner) {
        self.scanner = scanner
    }

    private var path: String { scanner.source.path }

    private mutating func run() {
        for line in scanner.lines {
            switch line.kind {
            case .heading(let depth) where depth <= 4:
                heading(line, depth: depth)
            case .heading(5) where HeadingParser.exercise(scanner.content(of: line)).id != nil:
                // An exercise heading one `#` too deep is still an exercise: read it, and let
                // `HeadingDepthRule` say that it is too deep, rather than losing it in the
                // exercise above.
                heading(line, depth: 5)
            case .field(let kind):
                startField(kind, line: line)
            case .labelLike where (hasModule || detached) && reportUnknownLabel(line):
                // A mistyped label starts a field of its own that nothing reads, so that its text
                // does not spill into the field above it.
                closeField()
                fieldOpen = true
                openOccurrenceEmpty = false
                field = FieldContent(
                    kind: .notes, label: "", labelLocation: scanner.location(line, at: line.markerStart),
                    labelLength: 0,
                    valueLocation: scanner.location(line, at: line.contentStart), ignored: true)
            default:
                content(line)
            }
        }
        closeExercise()
        closeLevel()
        closeTopic()
        closeContainerIntroduction()
    }

    // MARK: Headings

    private mutating func heading(_ line: ScannedLine, depth: Int) {
        let text = scanner.content(of: line)
        let location = scanner.location(line, at: line.markerStart)
        let textLocation = scanner.location(line, at: line.contentStart)
        let width = scanner.width(from: line.markerStart, to: line.contentEnd)
        switch depth {
        case 1:
            closeExercise()
            closeLevel()
            closeTopic()
            closeContainerIntroduction()
            guard let (number, title) = HeadingParser.module(text) else {
                diagnostics.append(.moduleHeadingWithoutNumber(text, at: location, length: width))
                detached = !hasModule
                return
            }
            if let existing = module {
                diagnostics.append(.secondModule(number, after: existing, at: location, length: width))
                detached = true
                return
            }
            module = Module(number: number, title: title, file: path, location: location)
            detached = false
        case 2:
            closeExercise()
            closeLevel()
            closeTopic()
            closeContainerIntroduction()
            guard let (id, title) = HeadingParser.topic(text) else {
                diagnostics.append(.topicHeadingWithoutID(text, in: module, at: textLocation))
                detached = true
                return
            }
            guard hasModule else {
                diagnostics.append(.topicBeforeModule(id, at: location, length: width))
                detached = true
                return
            }
            detached = false
            topic = Topic(id: id, title: title, location: location)
        case 3 where HeadingParser.level(text) != nil:
            closeExercise()
            closeLevel()
            closeContainerIntroduction()
            guard let (number, name) = HeadingParser.level(text) else { return }
            guard hasTopic else {
                diagnostics.append(.levelOutsideTopic(number, in: module, at: location, length: width))
                detached = true
                return
            }
            detached = false
            level = Level(number: number, name: name, location: location)
        case 3, 4, 5:
            closeExercise()
            closeContainerIntroduction()
            if depth == 4, HeadingParser.level(text) != nil {
                diagnostics.append(.levelHeadingWithFourHashes(text, at: location, length: width))
                detached = true
                return
            }
            let (written, id, title) = HeadingParser.exercise(text)
            guard let id else {
                if HeadingParser.looksLikeID(text) {
                    diagnostics.append(.invalidExerciseID(written, at: textLocation))
                } else if depth == 3 {
                    diagnostics.append(.levelOrExerciseHeadingWithoutID(at: location, length: width))
                } else {
                    diagnostics.append(.exerciseHeadingWithoutID(at: location, length: width))
                }
                detached = true
                return
            }
            guard hasTopic else {
                diagnostics.append(.exerciseOutsideTopic(id, at: location, length: width))
                detached = true
                return
            }
            detached = false
            if !hasLevel { level = Level(number: nil, location: location) }
            exercise = Exercise(
                id: id, writtenID: written, title: title, location: location, idLocation: textLocation,
                headingDepth: depth)
            // Room for the usual fields at once, rather than growing the list four times.
            exercise?.fields.reserveCapacity(8)
        default:
            content(line)
        }
    }

    // MARK: Fields

    private mutating func startField(_ kind: FieldKind, line: ScannedLine) {
        closeField()
        let label = scanner.text(from: line.markerStart, to: line.labelEnd)
        let labelLocation = scanner.location(line, at: line.markerStart)
        let valueLocation = scanner.location(line, at: line.contentStart)
        // The closed field is rewritten in place, its builder (emptied by `closeField`) passing its
        // storage on: a new `FieldContent` assigned over it copied and destroyed every part of it.
        field.kind = kind
        field.label = label
        field.labelLocation = labelLocation
        field.labelLength = label.scalarCount
        field.valueLocation = valueLocation
        field.ignored = false
        if !hasModule && !detached {
            reportTextBeforeHeading(line)
            field.ignored = true
        } else if hasExercise {
            if !FieldKind.exerciseFields.contains(kind) {
                diagnostics.append(.manifestFieldInExercise(field))
                field.ignored = true
            } else if let first = exercise?.fields.first(where: { $0.kind == kind }) {
                diagnostics.append(.repeatedExerciseField(field, in: exercise, first: first))
                field.ignored = true
            }
        } else if kind != .goals && !detached {
            if FieldKind.exerciseFields.contains(kind) {
                let topicID = topic.map { "\($0.id)" } ?? ""
                let place =
                    level.map {
                        $0.number.map { LocalizedText(en: "level \($0)", nl: "niveau \($0)") }
                            ?? LocalizedText(en: "topic", nl: "onderwerp")
                    }
                    ?? (hasTopic
                        ? LocalizedText(en: "topic \(topicID)", nl: "onderwerp \(topicID)")
                        : LocalizedText(en: "module", nl: "module"))
                diagnostics.append(.exerciseFieldInIntroduction(field, of: place, topic: topic))
            } else {
                diagnostics.append(.manifestFieldInModule(field))
            }
            field.ignored = true
        }
        openOccurrenceEmpty = false
        if hasExercise, !field.ignored {
            exercise?.fields.append(
                FieldOccurrence(
                    kind: kind, label: label, location: labelLocation, isEmpty: line.contentStart == line.contentEnd))
            openOccurrenceEmpty = line.contentStart == line.contentEnd
        }
        field.builder.addInline(line, scanner: scanner, at: valueLocation)
        fieldOpen = true
    }

    private mutating func content(_ line: ScannedLine) {
        if !hasModule && !detached {
            if !line.isBlankOrComment { reportTextBeforeHeading(line) }
            return
        }
        if fieldOpen {
            if openOccurrenceEmpty, !line.isBlankOrComment, let index = exercise?.fields.indices.last {
                exercise?.fields[index].isEmpty = false
                openOccurrenceEmpty = false
            }
            field.builder.add(line, scanner: scanner)
        } else {
            introduction.add(line, scanner: scanner)
        }
    }

    private mutating func closeField() {
        guard fieldOpen else { return }
        fieldOpen = false
        openOccurrenceEmpty = false
        let blocks = field.finish()
        field.builder.reset()
        guard !field.ignored, !detached else { return }
        if hasExercise {
            // The kind and place only: passing `field` to a mutating method copied all of it.
            apply(field.kind, valueLocation: field.valueLocation, blocks: blocks)
        } else if field.kind == .goals {
            // A container's goals: list items (or paragraphs when there is no list); prose after the
            // list belongs to the introduction.
            var goals: [Goal] = []
            var trailing: [TextBlock] = []
            let hasList = blocks.contains {
                if case .list = $0 { return true }
                return false
            }
            for block in blocks {
                if hasList, case .paragraph = block, !goals.isEmpty {
                    trailing.append(block)
                    continue
                }
                goals += FieldInterpreter.goals(from: [block])
            }
            if hasLevel {
                level?.goals += goals
            } else if hasTopic {
                topic?.goals += goals
            } else {
                module?.goals += goals
            }
            if !trailing.isEmpty { appendIntroduction(trailing) }
        }
    }

    private mutating func apply(_ kind: FieldKind, valueLocation: SourceLocation, blocks: [TextBlock]) {
        guard hasExercise else { return }
        switch kind {
        case .goals:
            exercise?.goals = FieldInterpreter.goals(from: blocks)
        case .duration:
            let written = duration(from: blocks, valueLocation: valueLocation)
            exercise?.duration = written
        case .procedure:
            exercise?.procedure = FieldInterpreter.steps(from: blocks)
        case .feedback:
            exercise?.feedback = blocks
        case .annexes:
            var annexes: [AnnexReference] = []
            var otherSupport: [ListItem] = []
            annexes.reserveCapacity(
                blocks.reduce(0) { count, block in
                    if case .list(let items) = block { return count + items.count }
                    return count + 1
                })
            let file = path
            FieldInterpreter.forEachItem(in: blocks) { text, itemLocation in
                let parsed = AnnexReferenceParser.item(text)
                if parsed.references.isEmpty {
                    otherSupport.append(ListItem(marker: .bullet, text: text, location: itemLocation))
                    return
                }
                for match in parsed.references {
                    let location = SourceLocation(
                        file: file, line: itemLocation.line, column: itemLocation.column + match.offset)
                    annexes.append(
                        AnnexReference(
                            id: match.id, title: parsed.references.count == 1 ? parsed.title : nil,
                            target: parsed.target, written: match.written, location: location))
                }
            }
            exercise?.annexes += annexes
            exercise?.otherSupport += otherSupport
        case .materials:
            exercise?.materials = FieldInterpreter.materials(from: blocks)
        case .preparation:
            exercise?.preparation = blocks
        case .groupSize:
            let text = blocks.plainText
            exercise?.groupSize = text.isEmpty ? nil : text
        case .notes:
            exercise?.notes = blocks
        case .formerIDs:
            var ids: [ExerciseID] = []
            var found: [Diagnostic] = []
            FieldInterpreter.forEachItem(in: blocks) { text, itemLocation in
                for token in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
                    let start = text.unicodeScalars.distance(
                        from: text.unicodeScalars.startIndex, to: token.startIndex)
                    let written = String(token)
                    var trimmed = Substring(written)
                    while trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
                    if let id = ExerciseID(trimmed) {
                        ids.append(id)
                    } else {
                        let location = SourceLocation(
                            file: itemLocation.file, line: itemLocation.line, column: itemLocation.column + start)
                        found.append(.malformedFormerID(written, at: location))
                    }
                }
            }
            exercise?.formerIDs = ids
            diagnostics += found
        default:
            break
        }
    }

    private mutating func duration(from blocks: [TextBlock], valueLocation: SourceLocation) -> WrittenDuration? {
        var text = blocks.plainText
        if text.utf8.contains(0x0A) { text = text.replacing("\n", with: " ") }
        let location = blocks.first?.location ?? valueLocation
        guard !text.isEmpty else { return nil }
        let length = text.unicodeScalars.count
        switch DurationParser.parse(text) {
        case .success(let reading):
            let written = reading.remark.map { text.replacing("(\($0))", with: "").trimmingWhitespace() } ?? text
            if reading.value.maximum == 0 {
                diagnostics.append(.zeroDuration(text, at: location, length: length))
            }
            if let alternative = reading.alternative {
                diagnostics.append(
                    .ambiguousDuration(written, read: reading.value, alternative: alternative, at: location))
            }
            return WrittenDuration(
                text: written, value: reading.value, remark: reading.remark, alternative: reading.alternative,
                location: location)
        case .failure(let failure):
            diagnostics.append(DurationFormatter.diagnostic(for: failure, text: text, at: location))
            return WrittenDuration(text: text, value: nil, location: location)
        }
    }

    // MARK: Closing elements

    private mutating func closeContainerIntroduction() {
        closeField()
        let blocks = introduction.finish()
        introduction.reset()
        guard !blocks.isEmpty, !detached else { return }
        appendIntroduction(blocks)
    }

    private mutating func appendIntroduction(_ blocks: [TextBlock]) {
        if hasExercise {
            exercise?.description += blocks
        } else if hasLevel {
            level?.introduction += blocks
        } else if hasTopic {
            topic?.introduction += blocks
        } else {
            module?.introduction += blocks
        }
    }

    private mutating func closeExercise() {
        closeField()
        guard let finished = exercise else {
            closeContainerIntroduction()
            return
        }
        closeContainerIntroduction()
        exercise = nil
        level?.exercises.append(finished)
    }

    private mutating func closeLevel() {
        closeExercise()
        guard let finished = level else { return }
        level = nil
        topic?.levels.append(finished)
    }

    private mutating func closeTopic() {
        closeLevel()
        guard let finished = topic else { return }
        topic = nil
        module?.topics.append(finished)
    }

    // MARK: Reports

    private mutating func reportTextBeforeHeading(_ line: ScannedLine) {
        guard !reportedTextBeforeHeading else { return }
        reportedTextBeforeHeading = true
        diagnostics.append(
            .textBeforeModuleHeading(
                at: scanner.location(line, at: line.markerStart),
                length: scanner.width(from: line.markerStart, to: line.contentEnd)))
    }

    /// Reports a line that looks like a mistyped label; false when it reads as prose instead.
    private mutating func reportUnknownLabel(_ line: ScannedLine) -> Bool {
        let label = scanner.text(from: line.markerStart, to: line.labelEnd)
        guard let suggestion = LabelTable.suggestion(for: label) else { return false }
        diagnostics.append(
            .unknownLabel(label, at: scanner.location(line, at: line.markerStart), suggestion: suggestion))
        return true
    }
}

extension Diagnostic {
    /// A line that looks like a mistyped field label. Shared by the module and manifest parsers,
    /// which read labels alike.
    static func unknownLabel(_ label: String, at location: SourceLocation, suggestion: String) -> Diagnostic {
        Diagnostic(
            .unknownLabel, en: "unknown field label '\(label)'", nl: "onbekend veld '\(label)'", at: location,
            length: label.unicodeScalars.count,
            hint: FixHint(
                en: "did you mean '\(suggestion)'?", nl: "bedoelde je '\(suggestion)'?", replacement: suggestion,
                isSafe: LabelTable.hasSingleSuggestion(for: label)))
    }

    fileprivate static func malformedFormerID(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidFieldValue, en: "cannot read '\(text)' as a former exercise ID",
            nl: "'\(text)' is niet te lezen als vorig oefeningnummer", at: location, length: text.unicodeScalars.count,
            hint: FixHint(
                en: "write the exercise's earlier or printed ID, as in `Eerder: 0.C.1.2`",
                nl: "schrijf het eerdere of gedrukte nummer van de oefening, zoals `Eerder: 0.C.1.2`"))
    }

    fileprivate static func moduleHeadingWithoutNumber(_ text: String, at location: SourceLocation, length: Int)
        -> Diagnostic
    {
        Diagnostic(
            .malformedHeading, en: "a module heading needs a number: `# Module N: title`",
            nl: "een modulekop heeft een nummer nodig: `# Module N: titel`", at: location, length: length,
            hint: FixHint(
                en: "write the heading as `# Module 1: \(text.isEmpty ? "title" : text)`",
                nl: "schrijf de kop als `# Module 1: \(text.isEmpty ? "titel" : text)`"))
    }

    fileprivate static func secondModule(
        _ number: Int, after existing: Module, at location: SourceLocation, length: Int
    ) -> Diagnostic {
        Diagnostic(
            .secondModule,
            en:
                "a second module heading in one file; module \(existing.number) already started at line \(existing.location.line)",
            nl:
                "een tweede modulekop in één bestand; module \(existing.number) begon al op regel \(existing.location.line)",
            at: location, length: length,
            hint: FixHint(
                en: "move module \(number) to a file of its own and list it in curriculum.md",
                nl: "zet module \(number) in een eigen bestand en noem dat in curriculum.md"),
            notes: [
                .init(
                    en: "module \(existing.number) starts here", nl: "hier begint module \(existing.number)",
                    at: existing.location)
            ])
    }

    fileprivate static func topicHeadingWithoutID(_ text: String, in module: Module?, at location: SourceLocation)
        -> Diagnostic
    {
        let number = module.map { "\($0.number)" } ?? "1"
        return Diagnostic(
            .malformedHeading, en: "a topic heading starts with its ID: `## \(number).A title`",
            nl: "de kop van een onderwerp begint met het nummer: `## \(number).A titel`",
            at: location, length: max(1, text.unicodeScalars.count),
            hint: FixHint(
                en: "give the topic an ID made of the module number and a letter, like `1.A`",
                nl: "geef het onderwerp een nummer uit het modulenummer en een letter, zoals `1.A`"))
    }

    fileprivate static func topicBeforeModule(_ id: TopicID, at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .misplacedHeading, en: "topic \(id) comes before any module heading",
            nl: "onderwerp \(id) staat vóór elke modulekop", at: location, length: length,
            hint: FixHint(
                en: "start the file with `# Module \(id.module): title`",
                nl: "begin het bestand met `# Module \(id.module): titel`"))
    }

    fileprivate static func levelOutsideTopic(
        _ number: Int, in module: Module?, at location: SourceLocation, length: Int
    ) -> Diagnostic {
        Diagnostic(
            .misplacedHeading, en: "level \(number) is not under a topic",
            nl: "niveau \(number) staat niet onder een onderwerp",
            at: location, length: length,
            hint: FixHint(
                en: "put a topic heading (`## \(module?.number ?? 1).A title`) above it",
                nl: "zet er een onderwerpkop (`## \(module?.number ?? 1).A titel`) boven"))
    }

    fileprivate static func levelHeadingWithFourHashes(_ text: String, at location: SourceLocation, length: Int)
        -> Diagnostic
    {
        Diagnostic(
            .malformedHeading, en: "a level heading is written with three `#`",
            nl: "de kop van een niveau schrijf je met drie `#`", at: location, length: length,
            hint: FixHint(en: "write `### \(text)`", nl: "schrijf `### \(text)`", replacement: "### \(text)"))
    }

    fileprivate static func invalidExerciseID(_ written: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .malformedHeading, en: "'\(written)' is not a valid exercise ID",
            nl: "'\(written)' is geen geldig oefeningnummer", at: location, length: written.unicodeScalars.count,
            hint: FixHint(
                en:
                    "exercise IDs are module.topic.level.number (`1.A.1.1`) or, without levels, module.topic.number (`0.A.1`)",
                nl:
                    "een oefeningnummer is module.onderwerp.niveau.nummer (`1.A.1.1`) of, zonder niveaus, module.onderwerp.nummer (`0.A.1`)"
            ))
    }

    private static var startWithID: FixHint {
        FixHint(en: "start the heading with the exercise's ID", nl: "begin de kop met het nummer van de oefening")
    }

    fileprivate static func levelOrExerciseHeadingWithoutID(at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .malformedHeading,
            en:
                "a `###` heading is either a level (`### Niveau 1`) or, in a module without levels, an exercise (`### 0.A.1 title`)",
            nl:
                "een `###`-kop is een niveau (`### Niveau 1`) of, in een module zonder niveaus, een oefening (`### 0.A.1 titel`)",
            at: location, length: length, hint: startWithID)
    }

    fileprivate static func exerciseHeadingWithoutID(at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .malformedHeading, en: "an exercise heading starts with its ID: `#### 1.A.1.1 title`",
            nl: "de kop van een oefening begint met het nummer: `#### 1.A.1.1 titel`", at: location, length: length,
            hint: startWithID)
    }

    fileprivate static func exerciseOutsideTopic(_ id: ExerciseID, at location: SourceLocation, length: Int)
        -> Diagnostic
    {
        Diagnostic(
            .misplacedHeading, en: "exercise \(id) is not under a topic",
            nl: "oefening \(id) staat niet onder een onderwerp",
            at: location, length: length,
            hint: FixHint(
                en: "put the topic heading `## \(id.topicID) title` above it",
                nl: "zet de onderwerpkop `## \(id.topicID) titel` erboven"))
    }

    fileprivate static func manifestFieldInExercise(_ field: FieldContent) -> Diagnostic {
        Diagnostic(
            .fieldNotAllowedHere, en: "'\(field.label)' is a manifest field and has no meaning in an exercise",
            nl: "'\(field.label)' is een veld van curriculum.md en betekent niets in een oefening",
            at: field.labelLocation, length: field.labelLength,
            hint: FixHint(
                en: "move it to curriculum.md, or write the text as a list item if it is prose",
                nl: "verplaats het naar curriculum.md, of zet de tekst in een opsomming als het lopende tekst is"
            ))
    }

    fileprivate static func repeatedExerciseField(
        _ field: FieldContent, in exercise: Exercise?, first: FieldOccurrence
    ) -> Diagnostic {
        let id = exercise.map { "\($0.id)" } ?? ""
        return Diagnostic(
            .repeatedField, en: "'\(field.label)' appears a second time in exercise \(id)",
            nl: "'\(field.label)' staat een tweede keer in oefening \(id)", at: field.labelLocation,
            length: field.labelLength,
            hint: FixHint(
                en: "merge it into the first '\(first.label)' field; this one is ignored",
                nl: "voeg het samen met het eerste veld '\(first.label)'; dit veld telt niet mee"),
            notes: [
                .init(
                    en: "first '\(first.label)' here", nl: "de eerste '\(first.label)' staat hier", at: first.location)
            ])
    }

    /// An exercise field in the introduction of a module, topic or level (`place` names which).
    fileprivate static func exerciseFieldInIntroduction(_ field: FieldContent, of place: LocalizedText, topic: Topic?)
        -> Diagnostic
    {
        let id = topic.map { "\($0.id)" } ?? "1.A"
        return Diagnostic(
            .fieldOutsideExercise,
            en: "'\(field.label)' is an exercise field, but this is the \(place.english) introduction, not an exercise",
            nl:
                "'\(field.label)' is een veld van een oefening, maar dit is de inleiding van \(place.dutch), geen oefening",
            at: field.labelLocation, length: field.labelLength,
            hint: FixHint(
                en: "put it under an exercise heading (`#### \(id).1.1 title`), or write it as prose",
                nl: "zet het onder een oefeningkop (`#### \(id).1.1 titel`), of schrijf het als lopende tekst"))
    }

    fileprivate static func manifestFieldInModule(_ field: FieldContent) -> Diagnostic {
        Diagnostic(
            .fieldNotAllowedHere, en: "'\(field.label)' is a manifest field and has no meaning in a module file",
            nl: "'\(field.label)' is een veld van curriculum.md en betekent niets in een modulebestand",
            at: field.labelLocation, length: field.labelLength,
            hint: FixHint(en: "move it to curriculum.md", nl: "verplaats het naar curriculum.md"))
    }

    fileprivate static func zeroDuration(_ text: String, at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .zeroDuration, en: "the duration '\(text)' is zero minutes", nl: "de duur '\(text)' is nul minuten",
            at: location, length: length,
            hint: FixHint(
                en: "give the time the exercise takes, for example `30 min`",
                nl: "geef de tijd die de oefening kost, bijvoorbeeld `30 min`"))
    }

    /// A decimal duration that reads as hours or as minutes: `1.30 uur`.
    fileprivate static func ambiguousDuration(
        _ written: String, read value: Duration, alternative: Duration, at location: SourceLocation
    ) -> Diagnostic {
        let other = DurationFormatter.hoursAndMinutes(alternative.minimum, language: .dutch)
        return Diagnostic(
            .ambiguousDuration,
            en:
                "'\(written)' is ambiguous: \(value.minimum) min if the decimal is a fraction of an hour, \(alternative.minimum) min if it counts minutes; read as \(value)",
            nl:
                "'\(written)' is dubbelzinnig: \(value.minimum) min als de decimalen een deel van een uur zijn, \(alternative.minimum) min als ze minuten tellen; gelezen als \(value)",
            at: location, length: written.unicodeScalars.count,
            hint: FixHint(
                en:
                    "write `\(other)` for \(alternative.minimum) minutes, or `\(value.minimum) min` for \(value.minimum) minutes",
                nl:
                    "schrijf `\(other)` voor \(alternative.minimum) minuten, of `\(value.minimum) min` voor \(value.minimum) minuten"
            ))
    }

    fileprivate static func textBeforeModuleHeading(at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .textBeforeHeading, en: "text before the module heading", nl: "er staat tekst vóór de modulekop",
            at: location, length: length,
            hint: FixHint(
                en: "start the file with `# Module N: title`; text above it belongs to no module",
                nl: "begin het bestand met `# Module N: titel`; tekst daarboven hoort bij geen enkele module"))
    }
}
