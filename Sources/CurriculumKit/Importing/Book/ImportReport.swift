/// `IMPORT.md`: what the import changed and what a person must check, with the book's lines.
///
/// Written in the manner of a transcription's `ERRATA.md`: for each entry where (line and
/// element), what the book says, and what the import did. Doubts come first: they are the list
/// of what to check by hand.
enum ImportReport {
    static func text(notes: [BookNote], book: String, draft: DraftCurriculum) -> String {
        let exercises = draft.modules.reduce(0) { $0 + $1.topics.reduce(0) { $0 + $1.exercises.count } }
        let doubts = notes.filter { $0.kind == .doubt }
        let repairs = notes.filter { $0.kind == .repair }
        var out = [
            "# Import report",
            "",
            "Imported from `\(book)`: \(draft.modules.count) modules, \(exercises) exercises. "
                + "\(doubts.count) places to check by hand, \(repairs.count) repairs. "
                + "Line numbers are the book's. The importer invents nothing: text it could not place "
                + "is in the module files with an `<!-- import: … -->` comment.",
            "",
            "## To check by hand",
            "",
        ]
        out += doubts.isEmpty ? ["Nothing."] : doubts.map(entry)
        out += ["", "## Repairs", ""]
        out += repairs.isEmpty ? ["None."] : repairs.map(entry)
        return out.joined(separator: "\n") + "\n"
    }

    private static func entry(_ note: BookNote) -> String {
        let element = note.element.isEmpty ? "" : " (\(note.element))"
        return "- **Line \(note.line)**\(element): the book says “\(note.says)”; \(note.action)."
    }
}
