/// In-file suppressions: `<!-- curriculum-ignore CUR302: de auteurs bedoelen 1 uur 30 -->`.
///
/// A suppression silences the named rules on the element below it: the whole exercise (or topic,
/// level, module) when the next line is a heading, otherwise that one line. A reason after the colon
/// is mandatory, so that whoever reads the file later knows why the finding was accepted; a
/// suppression without one, with an unknown code, or that silences nothing, is itself reported.
public struct Suppressions: Sendable {
    public static let keyword = "curriculum-ignore"

    struct Entry {
        var codes: [DiagnosticCode]
        var comment: Comment
        /// The lines it covers.
        var firstLine: Int
        var lastLine: Int
        var used = false
    }

    private var entries: [Entry] = []
    private var problems: [Diagnostic] = []

    public init(curriculum: Curriculum, sources: [String: SourceText]) {
        for comment in curriculum.comments {
            guard let reading = Self.reading(comment.text) else { continue }
            let at = comment.location
            var codes: [DiagnosticCode] = []
            for word in reading.codeWords {
                if let code = DiagnosticCode.named(String(word)) {
                    codes.append(code)
                } else {
                    let suggestion = EditDistance.suggestion(for: String(word), among: DiagnosticCode.all.map(\.id))
                    problems.append(.unknownRuleCode(word, at: at, suggestion: suggestion))
                }
            }
            if codes.isEmpty && problems.last?.location != at {
                problems.append(.suppressionWithoutCode(at: at))
                continue
            }
            if !reading.hasReason {
                problems.append(.suppressionWithoutReason(of: codes, at: at))
                continue
            }
            guard let line = comment.annotatedLine else { continue }
            let last = Self.span(startingAt: line, in: sources[at.file])
            entries.append(Entry(codes: codes, comment: comment, firstLine: line, lastLine: last))
        }
    }

    /// What a suppression comment says: the words that name rules, and whether a reason follows
    /// the colon.
    struct Reading: Equatable {
        var codeWords: [Substring]
        var hasReason: Bool
    }

    /// The reading of a comment, or `nil` when it is no suppression.
    static func reading(_ text: String) -> Reading? {
        // Only ASCII letters lower-case to the keyword's letters: a comment whose first bytes
        // differ from it (most) is passed without lower-casing its whole text.
        guard mayStartWithKeyword(text) else { return nil }
        return asciiReading(text) ?? characterReading(text)
    }

    /// `characterReading(_:)` on the bytes, for a suppression whose keyword ends before an ASCII byte
    /// and whose codes are ASCII (every one written so far); `nil` for any other, left to the
    /// reading by `Character`. Lower-casing the comment and splitting it by `Character` cost about
    /// 18,000 instructions a suppression, 3% of checking the shipped curriculum, which has 45.
    /// `SuppressionReadingTests` holds the two readings to the same words.
    static func asciiReading(_ text: String) -> Reading? {
        let bytes = Array(text.utf8)
        let start = keyword.utf8.count
        guard bytes.count == start || bytes[start] < 0x80 else { return nil }
        let colon = bytes[start...].firstIndex(of: 0x3A)
        let codeEnd = colon ?? bytes.count
        // A colon followed by a non-ASCII byte may be part of another character (`firstColon`).
        guard bytes[start..<codeEnd].allSatisfy({ $0 < 0x80 }), codeEnd + 1 >= bytes.count || bytes[codeEnd + 1] < 0x80
        else { return nil }
        var words: [Substring] = []
        var wordStart = start
        for i in start...codeEnd {
            if i == codeEnd || bytes[i] == 0x2C || bytes[i] == 0x20 {
                if i > wordStart { words.append(Substring(String(decoding: bytes[wordStart..<i], as: UTF8.self))) }
                wordStart = i + 1
            }
        }
        guard let colon else { return Reading(codeWords: words, hasReason: false) }
        let reason = bytes[(colon + 1)...]
        // A printable ASCII byte starts a character that is no white space; anything else is
        // trimmed as the reading by `Character` trims it.
        let hasReason =
            reason.contains { $0 > 0x20 && $0 < 0x7F }
            || !String(decoding: reason, as: UTF8.self).trimmingWhitespace().isEmpty
        return Reading(codeWords: words, hasReason: hasReason)
    }

    /// The reading of a suppression by `Character`: the keyword in any case, the codes up to the
    /// first colon, split at commas and spaces, and the reason after it.
    static func characterReading(_ text: String) -> Reading? {
        guard text.lowercased().hasPrefix(keyword) else { return nil }
        let rest = text.dropFirst(keyword.count)
        guard let colon = firstColon(in: rest) else {
            return Reading(codeWords: rest.split(whereSeparator: { $0 == "," || $0 == " " }), hasReason: false)
        }
        let reason = String(rest[rest.index(after: colon)...]).trimmingWhitespace()
        return Reading(
            codeWords: rest[..<colon].split(whereSeparator: { $0 == "," || $0 == " " }), hasReason: !reason.isEmpty)
    }

    /// `text.firstIndex(of: ":")`, found on bytes: a suppression's reason is long, and walking it by
    /// `Character` cost more than the rest of reading the suppression. A colon followed by a
    /// non-ASCII byte (which may be a combining mark, making it another character) is left to the
    /// `Character` search.
    static func firstColon(in text: Substring) -> Substring.Index? {
        guard let colon = text.utf8.firstIndex(of: 0x3A) else { return nil }
        let next = text.utf8.index(after: colon)
        if next != text.utf8.endIndex, text.utf8[next] >= 0x80 { return text.firstIndex(of: ":") }
        return colon
    }

    /// Whether the first bytes of `text` are the keyword's, ignoring ASCII case.
    static func mayStartWithKeyword(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for expected in keyword.utf8 {
            guard let byte = bytes.next() else { return false }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != expected { return false }
        }
        return true
    }

    /// Whether a finding of `code` at `location` would be silenced: a rule asks before it spends
    /// work on what only a reader would see (a suggestion), since nobody reads a silenced finding.
    /// The finding itself is still made, so that its suppression counts as used.
    public func silences(_ code: DiagnosticCode, at location: SourceLocation?) -> Bool {
        guard let location else { return false }
        return entries.contains { Self.entry($0, silences: code, at: location) }
    }

    private static func entry(_ entry: Entry, silences code: DiagnosticCode, at location: SourceLocation) -> Bool {
        entry.comment.location.file == location.file && entry.firstLine <= location.line
            && location.line <= entry.lastLine && entry.codes.contains(code)
    }

    /// The findings left after suppression, plus any problem with the suppressions themselves.
    public func apply(to diagnostics: [Diagnostic], options: CheckOptions = CheckOptions()) -> [Diagnostic] {
        var entries = self.entries
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard let location = diagnostic.location,
                let index = entries.firstIndex(where: { Self.entry($0, silences: diagnostic.code, at: location) })
            else {
                kept.append(diagnostic)
                continue
            }
            entries[index].used = true
        }
        for entry in entries where !entry.used {
            // A suppression is only unused if its rules ran: with --select or --ignore leaving them
            // out, it cannot have been used.
            guard entry.codes.contains(where: { options.reports($0) }) else { continue }
            kept.append(.unusedSuppression(of: entry.codes, at: entry.comment.location))
        }
        return kept + problems
    }

    /// The last line covered by a suppression whose element starts at `line`: to the next heading of
    /// the same or a higher rank for a heading, that line alone otherwise.
    static func span(startingAt line: Int, in source: SourceText?) -> Int {
        guard let source, line <= source.lineCount else { return line }
        let depth = headingDepth(line, in: source)
        guard depth > 0 else { return line }
        var next = line + 1
        while next <= source.lineCount {
            let d = headingDepth(next, in: source)
            if d > 0 && d <= depth { return next - 1 }
            next += 1
        }
        return source.lineCount
    }

    /// `headingDepth(_:)` of line `number`, read on its bytes: a suppression on a heading looks at
    /// every line after it, and a `String` per line cost more than the rest of the suppressions.
    /// A space followed by a non-ASCII byte (which may be a combining mark, making the space part of
    /// another character) is left to the reading by `Character`.
    static func headingDepth(_ number: Int, in source: SourceText) -> Int {
        var i = source.lineStarts[number - 1]
        let end = source.lineEnds[number - 1]
        var depth = 0
        while i < end, source.bytes[i] == 0x23 {
            depth += 1
            i += 1
        }
        guard depth > 0, i < end, source.bytes[i] == 0x20 else { return 0 }
        if i + 1 < end, source.bytes[i + 1] >= 0x80 { return headingDepth(source.line(number)) }
        return depth <= 6 ? depth : 0
    }

    static func headingDepth(_ line: String) -> Int {
        var depth = 0
        for character in line {
            if character == "#" { depth += 1 } else { return character == " " && depth <= 6 ? depth : 0 }
        }
        return 0
    }
}

extension Diagnostic {
    fileprivate static func unknownRuleCode(_ word: Substring, at location: SourceLocation, suggestion: String?)
        -> Diagnostic
    {
        Diagnostic(
            .unknownSuppressionCode, en: "'\(word)' is not a rule code", nl: "'\(word)' is geen regelcode",
            at: location,
            length: 4,
            hint: FixHint(
                en: suggestion.map { "did you mean '\($0)'?" } ?? "see docs/rules.md for the codes",
                nl: suggestion.map { "bedoelde je '\($0)'?" } ?? "de codes staan in docs/rules.md"))
    }

    fileprivate static func suppressionWithoutCode(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .suppressionWithoutReason, en: "a suppression must name the rule it silences",
            nl: "een onderdrukking moet de regel noemen die ze stil zet", at: location, length: 4,
            hint: FixHint(
                en: "write `<!-- curriculum-ignore CUR302: why this is accepted -->`",
                nl: "schrijf `<!-- curriculum-ignore CUR302: waarom dit goed is -->`"))
    }

    fileprivate static func suppressionWithoutReason(of codes: [DiagnosticCode], at location: SourceLocation)
        -> Diagnostic
    {
        let list = codes.map(\.id).joined(separator: ", ")
        let first = codes.first?.id ?? "CUR000"
        return Diagnostic(
            .suppressionWithoutReason, en: "the suppression of \(list) gives no reason",
            nl: "de onderdrukking van \(list) zegt niet waarom", at: location, length: 4,
            hint: FixHint(
                en: "say why after a colon: `<!-- curriculum-ignore \(first): why this is accepted -->`",
                nl: "zet na een dubbele punt waarom: `<!-- curriculum-ignore \(first): waarom dit goed is -->`"))
    }

    fileprivate static func unusedSuppression(of codes: [DiagnosticCode], at location: SourceLocation) -> Diagnostic {
        let list = codes.map(\.id).joined(separator: ", ")
        return Diagnostic(
            .unusedSuppression, en: "this suppression of \(list) silences nothing",
            nl: "deze onderdrukking van \(list) zet niets stil", at: location, length: 4,
            hint: FixHint(
                en: "remove it: the finding it was written for is gone",
                nl: "haal haar weg: de melding waarvoor ze geschreven is, is verdwenen"))
    }
}
