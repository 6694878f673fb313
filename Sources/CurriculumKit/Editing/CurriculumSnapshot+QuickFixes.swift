extension CurriculumSnapshot {
    /// The fixes for one finding: its hint's replacement, and for an annex the catalogue lacks,
    /// "add it to the catalogue" (an entry in its module's section of the catalogue). The titles
    /// are in the curriculum's language.
    public func quickFixes(for diagnostic: Diagnostic) -> [QuickFix] {
        var fixes: [QuickFix] = []
        if let hint = diagnostic.hint, let replacement = hint.replacement, let range = diagnostic.range {
            fixes.append(
                QuickFix(
                    title: labels.replaceWith(replacement),
                    edits: [TextEdit(range: range, newText: replacement)], diagnostic: diagnostic,
                    isSafe: hint.isSafe))
        }
        if diagnostic.code == .unresolvedAnnex, let start = diagnostic.range?.start,
            case .annexReference(let reference, _) = target(at: start),
            let edit = catalogueEntryEdit(for: reference)
        {
            fixes.append(
                QuickFix(
                    title: labels.addToCatalogue(reference.id.written(in: labels.language)),
                    edits: [edit], diagnostic: diagnostic, isSafe: false))
        }
        return fixes
    }

    /// The fixes for every finding whose range touches the lines `lines` of `path`.
    public func quickFixes(in path: String, lines: ClosedRange<Int>) -> [QuickFix] {
        report.diagnostics.filter { diagnostic in
            guard let range = diagnostic.range, range.file == path else { return false }
            return range.start.line <= lines.upperBound && range.endLine >= lines.lowerBound
        }.flatMap { quickFixes(for: $0) }
    }

    /// The safe fixes for every finding of the check, at most one per finding.
    public var safeFixes: [QuickFix] {
        report.diagnostics.compactMap { diagnostic in quickFixes(for: diagnostic).first { $0.isSafe } }
    }

    /// A new catalogue line for the reference, in ID order among the entries of its module (after
    /// the last entry of the catalogue when its module has none).
    private func catalogueEntryEdit(for reference: AnnexReference) -> TextEdit? {
        guard let catalogue = curriculum?.annexCatalogue, let source = source(catalogue.file) else { return nil }
        let module = reference.id.owner.split(separator: ".").first.map(String.init)
        let sameModule = catalogue.entries.filter { $0.id.owner.split(separator: ".").first.map(String.init) == module }
        let line: Int
        if let before = sameModule.last(where: { $0.id < reference.id }) {
            line = before.location.line + 1
        } else if let first = sameModule.first {
            line = first.location.line
        } else {
            line = (catalogue.entries.last?.location.line ?? source.lineCount) + 1
        }
        let language = curriculum?.language ?? .dutch
        let entry = "- \(reference.id.written(in: language))" + (reference.title.map { ": \($0)" } ?? "") + "\n"
        let position = SourceLocation(file: catalogue.file, line: line, column: 1)
        if line > source.lineCount {
            let end = SourceLocation(
                file: catalogue.file, line: source.lineCount, column: source.line(source.lineCount).scalarCount + 1)
            return TextEdit(range: SourceRange(start: end, length: 0), newText: "\n" + entry.dropLast())
        }
        return TextEdit(range: SourceRange(start: position, length: 0), newText: entry)
    }
}
