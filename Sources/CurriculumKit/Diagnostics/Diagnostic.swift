/// One finding about a curriculum or plan file: what is wrong, where, and how to fix it.
public struct Diagnostic: Error, Hashable, Sendable, Codable {
    public var code: DiagnosticCode
    public var severity: Severity
    /// Lower-case, no trailing period: `unknown field label 'Leerdoell'`.
    public var message: String
    /// `nil` only for findings about a whole run (no curriculum found).
    public var range: SourceRange?
    public var hint: FixHint?
    /// Further places that explain the finding (the first definition of a duplicate ID).
    public var notes: [Note]

    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: SourceLocation?
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public init(
        _ code: DiagnosticCode, _ message: String, at range: SourceRange?, severity: Severity? = nil,
        hint: FixHint? = nil, notes: [Note] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = Self.cut(message)
        self.range = range
        self.hint = hint.map { FixHint(Self.cut($0.message), replacement: $0.replacement) }
        self.notes = notes.map { Note(Self.cut($0.message), at: $0.location) }
    }

    public init(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, length: Int = 1,
        severity: Severity? = nil, hint: FixHint? = nil, notes: [Note] = []
    ) {
        self.init(
            code, message, at: SourceRange(start: location, length: length), severity: severity, hint: hint,
            notes: notes)
    }

    public var location: SourceLocation? { range?.start }

    /// The longest message, hint or note kept whole, in characters.
    public static let maximumMessageLength = 400

    /// A text quoted from a file can be megabytes long (a 2 MB heading): a message keeps its start
    /// and its end, with `…` between, so that one finding stays one readable line (issue 14, item 9).
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
