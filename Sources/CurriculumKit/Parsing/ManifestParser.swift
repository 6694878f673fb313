/// Parses `curriculum.md`: the curriculum's title, language, defaults and list of module files.
public enum ManifestParser {
    public struct Result: Sendable {
        public var manifest: Manifest?
        public var comments: [Comment]
        public var diagnostics: [Diagnostic]
    }

    public static func parse(_ text: String, path: String) -> Result {
        switch SourceText.decode(text, path: path) {
        case .success(let source): return parse(source)
        case .failure(let failure):
            return Result(manifest: nil, comments: [], diagnostics: [failure.diagnostic(path: path)])
        }
    }

    public static func parse(_ source: SourceText) -> Result {
        parse(LineScanner(source: source))
    }

    /// Parses a file already split into lines (`fmt` shares one scan between its steps).
    static func parse(_ scanner: LineScanner) -> Result {
        let source = scanner.source
        var diagnostics = scanner.diagnostics
        var title: (String, SourceLocation)?
        var fields: [(FieldContent, [TextBlock])] = []
        var current: FieldContent?
        var reportedText = false

        func close() {
            if var field = current { fields.append((field, field.finish())) }
            current = nil
        }

        for line in scanner.lines {
            switch line.kind {
            case .heading(1) where title == nil:
                close()
                title = (scanner.content(of: line), scanner.location(line, at: line.markerStart))
            case .field(let kind):
                close()
                let label = scanner.text(from: line.markerStart, to: line.labelEnd)
                var field = FieldContent(
                    kind: kind, label: label, labelLocation: scanner.location(line, at: line.markerStart),
                    labelLength: label.unicodeScalars.count,
                    valueLocation: scanner.location(line, at: line.contentStart))
                if title == nil, !reportedText {
                    reportedText = true
                    diagnostics.append(.fieldBeforeManifestTitle(at: field.labelLocation, length: field.labelLength))
                }
                if let earlier = fields.first(where: {
                    $0.0.kind == kind || (kind.isAnnexFile && $0.0.kind.isAnnexFile)
                }) {
                    diagnostics.append(.repeatedManifestField(field, first: earlier.0))
                    field.ignored = true
                } else if !(FieldKind.manifestFields.contains(kind) || kind == .annexes) {
                    diagnostics.append(.notAManifestField(field))
                    field.ignored = true
                }
                field.builder.addInline(line, scanner: scanner, at: field.valueLocation)
                current = field
            case .labelLike:
                let label = scanner.text(from: line.markerStart, to: line.labelEnd)
                if let suggestion = LabelTable.suggestion(for: label) {
                    diagnostics.append(
                        .unknownLabel(label, at: scanner.location(line, at: line.markerStart), suggestion: suggestion))
                }
                fallthrough
            default:
                if current != nil {
                    current?.builder.add(line, scanner: scanner)
                } else if title == nil, !line.isBlankOrComment, !reportedText {
                    reportedText = true
                    diagnostics.append(
                        .textBeforeManifestTitle(
                            at: scanner.location(line, at: line.markerStart),
                            length: scanner.width(from: line.markerStart, to: line.contentEnd)))
                }
            }
        }
        close()

        guard let (titleText, titleLocation) = title else {
            diagnostics.append(.noManifestTitle(in: source.path))
            return Result(manifest: nil, comments: scanner.comments, diagnostics: diagnostics)
        }
        var manifest = Manifest(file: source.path, title: titleText, language: .dutch, location: titleLocation)
        var sawLanguage = false
        for (field, blocks) in fields where !field.ignored {
            manifest.fields.append(
                FieldOccurrence(
                    kind: field.kind, label: field.label, location: field.labelLocation, isEmpty: blocks.isBlank))
            let text = blocks.plainText.trimmingWhitespace()
            let at = blocks.first?.location ?? field.valueLocation
            switch field.kind {
            case .language:
                sawLanguage = true
                if let language = Language(code: text) {
                    manifest.language = language
                } else {
                    diagnostics.append(.unknownLanguage(text, at: at))
                }
            case .description:
                manifest.description = blocks
            case .levels:
                for item in FieldInterpreter.items(from: blocks) {
                    let parts = item.text.split(maxSplits: 1) { $0 == ":" || $0 == "=" }
                    if parts.count == 2, let number = Int(parts[0].trimmingWhitespace().filter(\.isASCIIDigit)),
                        !parts[0].filter(\.isASCIIDigit).isEmpty
                    {
                        manifest.levelNames[number] = parts[1].trimmingWhitespace()
                    } else {
                        diagnostics.append(.unreadableLevelName(item.text, at: item.location))
                    }
                }
            case .dayFrame, .lunchWindow:
                if let frame = DayFrame(text), frame.minutes > 0 {
                    if field.kind == .dayFrame { manifest.dayFrame = frame } else { manifest.lunchWindow = frame }
                } else {
                    diagnostics.append(.unreadableTimeWindow(text, at: at))
                }
            case .maximumStretch:
                if case .success(let reading) = DurationParser.parse(text), reading.value.minimum > 0 {
                    manifest.maximumStretch = reading.value
                } else {
                    diagnostics.append(.unreadableStretch(text, at: at))
                }
            case .breakMinutes, .lunchMinutes:
                if case .success(let reading) = DurationParser.parse(text), !reading.value.isRange,
                    reading.value.minimum > 0
                {
                    if field.kind == .breakMinutes {
                        manifest.breakMinutes = reading.value.minimum
                    } else {
                        manifest.lunchMinutes = reading.value.minimum
                    }
                } else {
                    diagnostics.append(.unreadableStretch(text, at: at))
                }
            case .participantsPerTrainer:
                if let count = Int(text), count > 0 {
                    manifest.participantsPerTrainer = count
                } else {
                    diagnostics.append(.unreadableParticipantsPerTrainer(text, at: at))
                }
            case .modules:
                var references: [FileReference] = []
                for block in blocks {
                    switch block {
                    case .paragraph(let line, let location):
                        var column = location.column
                        for part in line.split(separator: ",", omittingEmptySubsequences: false) {
                            let name = part.trimmingWhitespace()
                            if !name.isEmpty {
                                references.append(
                                    FileReference(
                                        path: name,
                                        location: SourceLocation(
                                            file: location.file, line: location.line,
                                            column: column + part.prefix { $0 == " " }.count)))
                            }
                            column += part.unicodeScalars.count + 1
                        }
                    case .list(let items):
                        for item in items {
                            references.append(
                                FileReference(path: Self.linkTarget(item.text), location: item.textLocation))
                        }
                    }
                }
                manifest.moduleFiles = references
            case .notation:
                if let notation = Notation(written: text) {
                    manifest.notation = notation
                } else {
                    diagnostics.append(.unreadableNotation(text, at: at))
                }
            case .annexFile, .annexes:
                if !text.isEmpty { manifest.annexFile = Self.linkTarget(text) }
            default:
                break
            }
        }
        if !sawLanguage {
            diagnostics.append(.noLanguage(title: titleText, at: titleLocation))
        }
        return Result(manifest: manifest, comments: scanner.comments, diagnostics: diagnostics)
    }

    /// `[Module 1](module-1.md)` → `module-1.md`; plain names stay as they are.
    static func linkTarget(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("["), trimmed.hasSuffix(")"), let open = trimmed.firstRange(of: "](") {
            return String(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]).trimmingWhitespace()
        }
        return trimmed
    }
}

extension FieldKind {
    var isAnnexFile: Bool { self == .annexFile || self == .annexes }
}

extension Diagnostic {
    fileprivate static func fieldBeforeManifestTitle(at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .textBeforeHeading, en: "the manifest starts without its title heading",
            nl: "curriculum.md begint niet met de titelkop", at: location, length: length, hint: startWithTitle)
    }

    private static var startWithTitle: FixHint {
        FixHint(
            en: "start curriculum.md with `# Title of the curriculum`",
            nl: "begin curriculum.md met `# Titel van het curriculum`")
    }

    fileprivate static func repeatedManifestField(_ field: FieldContent, first earlier: FieldContent) -> Diagnostic {
        Diagnostic(
            .repeatedField, en: "'\(field.label)' appears a second time in the manifest",
            nl: "'\(field.label)' staat een tweede keer in curriculum.md", at: field.labelLocation,
            length: field.labelLength,
            hint: FixHint(
                en: "keep one '\(earlier.label)' field; this one is ignored",
                nl: "houd één veld '\(earlier.label)' over; dit veld telt niet mee"),
            notes: [
                .init(
                    en: "first '\(earlier.label)' here", nl: "de eerste '\(earlier.label)' staat hier",
                    at: earlier.labelLocation)
            ])
    }

    fileprivate static func notAManifestField(_ field: FieldContent) -> Diagnostic {
        Diagnostic(
            .fieldNotAllowedHere, en: "'\(field.label)' is not a manifest field",
            nl: "'\(field.label)' is geen veld van curriculum.md", at: field.labelLocation, length: field.labelLength,
            hint: FixHint(
                en:
                    "the manifest takes Taal, Beschrijving, Niveaus, Dagindeling, Lunch, Maximale sessie, Modules, Bijlagen and Notatie (docs/format.md)",
                nl:
                    "curriculum.md kent de velden Taal, Beschrijving, Niveaus, Dagindeling, Lunch, Maximale sessie, Modules, Bijlagen en Notatie (docs/format.md)"
            ))
    }

    fileprivate static func textBeforeManifestTitle(at location: SourceLocation, length: Int) -> Diagnostic {
        Diagnostic(
            .textBeforeHeading, en: "text before the manifest's title heading",
            nl: "er staat tekst vóór de titelkop van curriculum.md", at: location, length: length, hint: startWithTitle)
    }

    fileprivate static func noManifestTitle(in path: String) -> Diagnostic {
        Diagnostic(
            .missingManifestTitle, en: "the manifest has no title heading", nl: "curriculum.md heeft geen titelkop",
            at: SourceLocation(file: path, line: 1, column: 1), hint: startWithTitle)
    }

    fileprivate static func unknownLanguage(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .unknownLanguage, en: "unknown language '\(text)'", nl: "onbekende taal '\(text)'", at: location,
            length: max(1, text.unicodeScalars.count),
            hint: FixHint(en: "write `nl` (Dutch) or `en` (English)", nl: "schrijf `nl` (Nederlands) of `en` (Engels)"))
    }

    fileprivate static func unreadableLevelName(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidFieldValue, en: "cannot read level name '\(text)'", nl: "niveaunaam '\(text)' is niet te lezen",
            at: location, length: max(1, text.unicodeScalars.count),
            hint: FixHint(en: "write each level as `- 1: Kennis`", nl: "schrijf elk niveau als `- 1: Kennis`"))
    }

    fileprivate static func unreadableTimeWindow(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidFieldValue, en: "cannot read '\(text)' as a time window",
            nl: "'\(text)' is niet te lezen als tijdvak", at: location,
            length: max(1, text.unicodeScalars.count),
            hint: FixHint(
                en: "write the start and end as `09:00-16:30`, the end after the start",
                nl: "schrijf begin en eind als `09:00-16:30`, het eind na het begin"))
    }

    fileprivate static func unreadableStretch(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidFieldValue, en: "cannot read '\(text)' as a duration", nl: "'\(text)' is niet te lezen als duur",
            at: location, length: max(1, text.unicodeScalars.count),
            hint: FixHint(en: "write a duration such as `90 min`", nl: "schrijf een duur als `90 min`"))
    }

    fileprivate static func unreadableParticipantsPerTrainer(_ text: String, at location: SourceLocation)
        -> Diagnostic
    {
        Diagnostic(
            .invalidFieldValue, en: "cannot read '\(text)' as a number of participants per trainer",
            nl: "'\(text)' is geen aantal deelnemers per trainer", at: location,
            length: max(1, text.unicodeScalars.count),
            hint: FixHint(en: "write a whole number such as `10`", nl: "schrijf een heel getal, zoals `10`"))
    }

    fileprivate static func unreadableNotation(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidFieldValue, en: "cannot read '\(text)' as a notation", nl: "'\(text)' is niet te lezen als notatie",
            at: location, length: max(1, text.unicodeScalars.count),
            hint: FixHint(
                en: "write `Notatie: zoals geschreven` (fmt keeps label and duration spellings) or `Notatie: canoniek`",
                nl:
                    "schrijf `Notatie: zoals geschreven` (fmt laat labels en tijden zoals ze staan) of `Notatie: canoniek`"
            ))
    }

    fileprivate static func noLanguage(title: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .missingManifestTitle, en: "the manifest does not say which language the curriculum is in",
            nl: "curriculum.md zegt niet in welke taal het curriculum is geschreven", at: location,
            length: title.unicodeScalars.count + 2, severity: .warning,
            hint: FixHint(
                en: "add `Taal: nl` or `Language: en` below the title; Dutch is assumed",
                nl: "zet `Taal: nl` of `Language: en` onder de titel; zonder taal geldt Nederlands"))
    }
}
