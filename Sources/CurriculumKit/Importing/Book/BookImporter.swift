/// Turns a course book, as `pdftotext` gives it, into a draft curriculum and a report.
///
/// The importer reads the book alone: its structure, its labels in Dutch and English, its table
/// of contents and annex references. Every change it makes to the book's text (a misprinted ID, a
/// page footer removed) and every place it could not decide is a `BookNote`, written to
/// `IMPORT.md` with the book's line number. Text it cannot place stays as text, with a comment.
public enum BookImporter {
    /// One file of the imported curriculum folder.
    public struct File: Equatable, Sendable {
        /// The name inside the folder: `module-1.md`, `IMPORT.md`.
        public var name: String
        public var text: String
    }

    /// What an import produces.
    public struct Outcome: Sendable {
        /// The curriculum's files and `IMPORT.md`, in writing order.
        public var files: [File]
        /// Every repair and doubt, in book order.
        public var notes: [BookNote]
        /// The exercises found, by ID as written in the curriculum.
        public var exerciseIDs: [String]
        /// The language the curriculum was written in (asked for, or read from the book's labels).
        public var language: Language
    }

    /// Imports the book at `path` from its bytes; `language` chooses the labels written, or `nil`
    /// to follow the book's own.
    public static func importBook(_ bytes: [UInt8], path: String, language: Language?) -> Result<Outcome, Diagnostic> {
        let source: SourceText
        switch SourceText.decode(bytes, path: path) {
        case .success(let decoded): source = decoded
        case .failure(.empty): return .failure(.emptyBook(path))
        case .failure(.binary(let line, _)): return .failure(.binaryBook(path, line: line))
        case .failure(.invalidUTF8(let line, let column, _)):
            return .failure(.bookNotUTF8(path, line: line, column: column))
        }
        let cleaned = BookCleaner.clean(source)
        var reader = BookReader(lines: cleaned.lines, notes: cleaned.notes)
        guard let draft = reader.read() else { return .failure(.noExercises(path)) }
        let chosen = language ?? bookLanguage(draft)
        var files = DraftWriter.files(draft, language: chosen).map { File(name: $0.name, text: $0.text) }
        var seen: Set<String> = []
        let notes = draft.notes.filter { seen.insert("\($0.line)|\($0.element)|\($0.says)|\($0.action)").inserted }
            .sorted { ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue) }
        let ids = draft.modules.flatMap { $0.topics.flatMap { $0.exercises.map(\.id.text) } }
        files.append(File(name: "IMPORT.md", text: ImportReport.text(notes: notes, book: path, draft: draft)))
        return .success(Outcome(files: files, notes: notes, exerciseIDs: ids, language: chosen))
    }

    /// Dutch unless most of the book's labels are English.
    private static func bookLanguage(_ draft: DraftCurriculum) -> Language {
        let english: Set<String> = [
            "learning", "objective", "objectives", "objective(s)", "goal", "goals", "time", "duration", "method",
            "activity", "activities", "debrief", "debriefing", "resources", "resource", "handouts", "handout",
            "supporting", "annex", "annexes", "materials", "material", "notes", "note", "preparation", "steps",
        ]
        var votes = 0
        for module in draft.modules {
            for topic in module.topics {
                for exercise in topic.exercises {
                    for case .label(let label, _) in exercise.entries {
                        let first = label.written.lowercased().split(separator: " ").first.map(String.init) ?? ""
                        if label.kind == .procedure || label.kind == .feedback { continue }
                        votes += english.contains(first) ? 1 : -1
                    }
                }
            }
        }
        return votes > 0 ? .english : .dutch
    }
}

extension Diagnostic {
    fileprivate static func emptyBook(_ path: String) -> Diagnostic {
        Diagnostic(
            .bookNotText, en: "the book '\(path)' is empty; there is nothing to import",
            nl: "het boek '\(path)' is leeg; er is niets te importeren",
            at: SourceLocation(file: path, line: 1, column: 1))
    }

    fileprivate static func binaryBook(_ path: String, line: Int) -> Diagnostic {
        Diagnostic(
            .bookNotText,
            en: "the book '\(path)' holds a NUL byte at line \(line): it is binary, not the text pdftotext writes",
            nl:
                "het boek '\(path)' bevat een NUL-byte op regel \(line): het is binair, niet de tekst die pdftotext schrijft",
            at: SourceLocation(file: path, line: line, column: 1),
            hint: FixHint(
                en: "convert the PDF first: pdftotext -enc UTF-8 book.pdf book.txt",
                nl: "zet de PDF eerst om: pdftotext -enc UTF-8 boek.pdf boek.txt"))
    }

    fileprivate static func bookNotUTF8(_ path: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(
            .bookNotText, en: "the book '\(path)' is not UTF-8 text (line \(line))",
            nl: "het boek '\(path)' is geen UTF-8-tekst (regel \(line))",
            at: SourceLocation(file: path, line: line, column: column),
            hint: FixHint(
                en: "convert the PDF with pdftotext -enc UTF-8, or save the text as UTF-8",
                nl: "zet de PDF om met pdftotext -enc UTF-8, of bewaar de tekst als UTF-8"))
    }

    fileprivate static func noExercises(_ path: String) -> Diagnostic {
        Diagnostic(
            .bookWithoutExercises,
            en:
                "no exercise found in '\(path)': no line begins with an exercise ID (1.A.1.1, 0.A.1) followed by field labels",
            nl:
                "geen oefening gevonden in '\(path)': geen regel begint met een oefening-ID (1.A.1.1, 0.A.1) met veldlabels eronder",
            at: SourceLocation(file: path, line: 1, column: 1),
            hint: FixHint(
                en: "check that the right file is named; nothing was written",
                nl: "kijk of je het goede bestand noemt; er is niets geschreven"))
    }
}
