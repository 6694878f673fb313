/// One finding about a curriculum or plan file: what is wrong, where, and how to fix it.
public struct Diagnostic: Error, Hashable, Sendable, Codable {
    public var code: DiagnosticCode
    public var severity: Severity
    /// The wording in English and Dutch: lower-case, no trailing period.
    public var text: LocalizedText
    /// `nil` only for findings about a whole run (no curriculum found).
    public var range: SourceRange?
    public var hint: FixHint?
    /// Further places that explain the finding (the first definition of a duplicate ID).
    public var notes: [Note]

    /// What the finding is about (an annex ID), when another finding's fix would write it: a
    /// finding about `X` is a consequence of the finding whose fix replacement is `X`, and is shown
    /// right after it (`orderedCausesFirst()`).
    public var subject: String?

    public struct Note: Hashable, Sendable, Codable {
        public var text: LocalizedText
        public var location: SourceLocation?
        public init(en english: String, nl dutch: String, at location: SourceLocation? = nil) {
            self.text = LocalizedText(en: english, nl: dutch)
            self.location = location
        }
        /// The English wording.
        public var message: String { text.english }
    }

    public init(
        _ code: DiagnosticCode, _ text: LocalizedText, at range: SourceRange?, severity: Severity? = nil,
        hint: FixHint? = nil, notes: [Note] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.text = Self.cut(text)
        self.range = range
        self.hint = hint.map { hint in
            var hint = hint
            hint.text = Self.cut(hint.text)
            return hint
        }
        self.notes = notes.map { note in
            var note = note
            note.text = Self.cut(note.text)
            return note
        }
    }

    public init(
        _ code: DiagnosticCode, _ text: LocalizedText, at location: SourceLocation, length: Int = 1,
        severity: Severity? = nil, hint: FixHint? = nil, notes: [Note] = []
    ) {
        self.init(
            code, text, at: SourceRange(start: location, length: length), severity: severity, hint: hint, notes: notes)
    }

    public init(
        _ code: DiagnosticCode, en english: String, nl dutch: String, at range: SourceRange?,
        severity: Severity? = nil, hint: FixHint? = nil, notes: [Note] = []
    ) {
        self.init(
            code, LocalizedText(en: english, nl: dutch), at: range, severity: severity, hint: hint, notes: notes)
    }

    public init(
        _ code: DiagnosticCode, en english: String, nl dutch: String, at location: SourceLocation, length: Int = 1,
        severity: Severity? = nil, hint: FixHint? = nil, notes: [Note] = []
    ) {
        self.init(
            code, LocalizedText(en: english, nl: dutch), at: SourceRange(start: location, length: length),
            severity: severity, hint: hint, notes: notes)
    }

    /// The English wording: what the machine formats print and scripts may match.
    public var message: String { text.english }

    public var location: SourceLocation? { range?.start }

    /// The longest message, hint or note kept whole, in characters.
    public static let maximumMessageLength = 400

    /// A text quoted from a file can be megabytes long (a 2 MB heading): a message keeps its start
    /// and its end, with `…` between, so that one finding stays one readable line (issue 14, item 9).
    static func cut(_ text: LocalizedText) -> LocalizedText {
        LocalizedText(en: cut(text.english), nl: cut(text.dutch))
    }

    static func cut(_ text: String) -> String {
        guard text.utf8.count > maximumMessageLength, text.count > maximumMessageLength else { return text }
        let keep = maximumMessageLength / 2
        return String(text.prefix(keep)) + "…" + String(text.suffix(keep / 2))
    }
}

extension Array where Element == Diagnostic {
    /// Ordered as a reader goes through the files: by file, line, column, then code.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { a, b in
            switch (a.location, b.location) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.code.id < b.code.id
            }
        }
    }

    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
    public var noteCount: Int { filter { $0.severity == .note }.count }
}
