/// Renders diagnostics for people: `path:line:col: error[CUR101]: message`, the source line with a
/// line-number gutter, a caret under the range, then the hint and notes.
///
/// ```
/// module-1.md:12:1: error[CUR104]: 'Duur' appears a second time in exercise 1.A.1.1
///    |
/// 12 | Duur: 2 uur
///    | ^^^^
///    = help: merge it into the first 'Duur' field; this one is ignored
///    = note: first 'Duur' here: module-1.md:9:1
/// ```
public struct HumanRenderer: Sendable {
    public var useColor: Bool
    /// The user's language: the wording of messages, hints and notes, and the words `error`,
    /// `help` and `note` themselves (`fout`, `tip`, `opmerking`).
    public var language: Language
    /// Columns a tab takes when the source line is drawn.
    public var tabWidth = 4

    public init(useColor: Bool, language: Language = .english) {
        self.useColor = useColor
        self.language = language
    }

    /// The words around a finding, in the user's language.
    static func word(_ word: Word, in language: Language) -> String {
        switch (word, language) {
        case (.error, .english): return "error"
        case (.error, .dutch): return "fout"
        case (.warning, .english): return "warning"
        case (.warning, .dutch): return "waarschuwing"
        case (.note, .english): return "note"
        case (.note, .dutch): return "opmerking"
        case (.help, .english): return "help"
        case (.help, .dutch): return "tip"
        }
    }

    enum Word: CaseIterable { case error, warning, note, help }

    /// Renders one diagnostic. `source` gives the text of a file, if it can be shown.
    public func render(_ diagnostic: Diagnostic, source: (String) -> SourceText?) -> String {
        var out = ""
        let severityText: String
        switch diagnostic.severity {
        case .error: severityText = paint("\(Self.word(.error, in: language))[\(diagnostic.code.id)]", "1;31")
        case .warning: severityText = paint("\(Self.word(.warning, in: language))[\(diagnostic.code.id)]", "1;33")
        case .note: severityText = paint("\(Self.word(.note, in: language))[\(diagnostic.code.id)]", "1;36")
        }
        let help = Self.word(.help, in: language)
        let noteWord = Self.word(.note, in: language)
        if let location = diagnostic.location {
            out += paint("\(location.file):\(location.line):\(location.column):", "1") + " "
        }
        out += severityText + paint(": \(Self.clipped(diagnostic.text[language], around: 1).text)", "1") + "\n"
        if let range = diagnostic.range, let text = source(range.file), range.start.line <= text.lineCount {
            // A line of megabytes (a minified or corrupt file) is shown as a window around the caret.
            let (lineText, shift) = Self.clipped(text.line(range.start.line), around: range.start.column)
            let gutter = String(range.start.line)
            let pad = String(repeating: " ", count: gutter.count)
            let (drawn, caretStart, caretWidth) = layout(
                lineText, startColumn: range.start.column - shift,
                endColumn: range.endLine == range.start.line
                    ? min(range.endColumn, range.start.column + Self.window) - shift : nil)
            out += paint(pad + " |", "1;34") + "\n"
            out += paint(gutter + " |", "1;34") + " " + drawn + "\n"
            out +=
                paint(pad + " |", "1;34") + " " + String(repeating: " ", count: caretStart)
                + paint(
                    String(repeating: "^", count: max(1, caretWidth)), diagnostic.severity == .error ? "1;31" : "1;33")
                + "\n"
            if let hint = diagnostic.hint {
                out += paint(pad + " =", "1;34") + " " + paint(help, "1") + ": " + hint.text[language] + "\n"
            }
            for note in diagnostic.notes {
                out +=
                    paint(pad + " =", "1;34") + " " + paint(noteWord, "1") + ": " + note.text[language]
                    + (note.location.map { ": \($0)" } ?? "") + "\n"
            }
        } else {
            if let hint = diagnostic.hint { out += "  = " + paint(help, "1") + ": " + hint.text[language] + "\n" }
            for note in diagnostic.notes {
                out +=
                    "  = " + paint(noteWord, "1") + ": " + note.text[language] + (note.location.map { ": \($0)" } ?? "")
                    + "\n"
            }
        }
        return out
    }

    /// The order people read findings in: causes before consequences. Errors first, then warnings,
    /// then notes, each in reading order; and a finding caused by another (its `subject` is what the
    /// other's fix would write, in the same folder: the unused-annex warning after the broken
    /// reference that meant that annex) comes right after the finding that caused it, whatever its
    /// severity, so fixing from the top never chases a warning that the error above explains.
    public static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let sorted = diagnostics.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        func key(_ text: String, _ diagnostic: Diagnostic) -> String {
            let file = diagnostic.location?.file ?? ""
            let folder = file.lastIndex(of: "/").map { String(file[..<$0]) } ?? ""
            return folder + "\u{0}" + text
        }
        var fixesWriting: [String: Int] = [:]
        for (index, diagnostic) in sorted.enumerated() {
            if let replacement = diagnostic.hint?.replacement, fixesWriting[key(replacement, diagnostic)] == nil {
                fixesWriting[key(replacement, diagnostic)] = index
            }
        }
        var consequences: [Int: [Int]] = [:]
        var isConsequence = Set<Int>()
        for (index, diagnostic) in sorted.enumerated() {
            guard let subject = diagnostic.subject, let cause = fixesWriting[key(subject, diagnostic)], cause != index
            else { continue }
            consequences[cause, default: []].append(index)
            isConsequence.insert(index)
        }
        var out: [Diagnostic] = []
        var shown = Set<Int>()
        func show(_ index: Int) {
            guard shown.insert(index).inserted else { return }
            out.append(sorted[index])
            for next in consequences[index] ?? [] { show(next) }
        }
        for index in sorted.indices where !isConsequence.contains(index) { show(index) }
        for index in sorted.indices { show(index) }  // a cycle of causes: shown in severity order
        return out
    }

    /// How many characters of a source line or message are shown at most.
    static let window = 240

    /// `text` cut to `window` characters around `column` (1-based), with `…` where it was cut, and
    /// the number of columns the cut moved the text left by.
    static func clipped(_ text: String, around column: Int) -> (text: String, shift: Int) {
        let scalars = text.unicodeScalars
        guard scalars.count > window else { return (text, 0) }
        let array = Array(scalars)
        let from = max(0, min(column - 1 - 40, array.count - window))
        let to = min(array.count, from + window)
        var view = String.UnicodeScalarView()
        if from > 0 { view.append("…") }
        view.append(contentsOf: array[from..<to])
        if to < array.count { view.append("…") }
        return (String(view), from > 0 ? from - 1 : 0)
    }

    /// The line as drawn (tabs expanded, control characters shown as `?`), the caret's start in
    /// display columns, and its width.
    func layout(_ line: String, startColumn: Int, endColumn: Int?) -> (String, Int, Int) {
        var drawn = ""
        var width = 0
        var caretStart = 0
        var caretEnd: Int?
        var column = 1
        for scalar in line.unicodeScalars {
            if column == startColumn { caretStart = width }
            if let endColumn, column == endColumn { caretEnd = width }
            if scalar == "\t" {
                let spaces = tabWidth - width % tabWidth
                drawn += String(repeating: " ", count: spaces)
                width += spaces
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                drawn += "?"
                width += 1
            } else {
                drawn.unicodeScalars.append(scalar)
                width += DisplayWidth.of(scalar)
            }
            column += 1
        }
        if startColumn >= column { caretStart = width }
        let end = caretEnd ?? (endColumn.map { $0 >= column ? width + ($0 - column) : width } ?? width)
        let caretWidth = endColumn == nil ? max(1, width - caretStart) : max(1, end - caretStart)
        return (drawn, caretStart, caretWidth)
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
