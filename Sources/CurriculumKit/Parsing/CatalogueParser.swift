/// Parses the annex catalogue (`annexes.md`): one annex per list item.
public enum CatalogueParser {
    public struct Result: Sendable {
        public var catalogue: AnnexCatalogue
        public var comments: [Comment]
        public var diagnostics: [Diagnostic]
    }

    public static func parse(_ text: String, path: String) -> Result {
        switch SourceText.decode(text, path: path) {
        case .success(let source): return parse(source)
        case .failure(let failure):
            return Result(
                catalogue: AnnexCatalogue(file: path), comments: [], diagnostics: [failure.diagnostic(path: path)])
        }
    }

    public static func parse(_ source: SourceText) -> Result {
        parse(LineScanner(source: source))
    }

    /// Parses a file already split into lines (`fmt` shares one scan between its steps).
    static func parse(_ scanner: LineScanner) -> Result {
        let source = scanner.source
        var diagnostics = scanner.diagnostics
        var catalogue = AnnexCatalogue(file: source.path)
        var list = BlockBuilder()
        var locationField: FieldContent?
        /// After a field the catalogue does not take, until the next item, heading or field: its
        /// text belongs to that field (reported, then ignored) and not to the annex above it.
        var strayField = false

        func flushLocation() {
            guard var field = locationField else { return }
            locationField = nil
            let text = field.finish().plainText.trimmingWhitespace()
            if !text.isEmpty { catalogue.defaultLocation = text }
        }

        for line in scanner.lines {
            if strayField {
                guard line.endsCatalogueFieldText else { continue }
                strayField = false
            }
            switch line.kind {
            case .heading(let depth):
                flushLocation()
                if depth == 1, catalogue.title == nil { catalogue.title = scanner.content(of: line) }
            case .field(let kind):
                flushLocation()
                let label = scanner.text(from: line.markerStart, to: line.labelEnd)
                let labelLocation = scanner.location(line, at: line.markerStart)
                if kind == .location {
                    var field = FieldContent(
                        kind: kind, label: label, labelLocation: labelLocation, labelLength: label.unicodeScalars.count,
                        valueLocation: scanner.location(line, at: line.contentStart))
                    field.builder.addInline(line, scanner: scanner, at: field.valueLocation)
                    locationField = field
                } else {
                    diagnostics.append(.fieldNotInCatalogue(label, at: labelLocation))
                    strayField = true
                }
            case .listItem:
                flushLocation()
                list.add(line, scanner: scanner)
            default:
                if locationField != nil {
                    locationField?.builder.add(line, scanner: scanner)
                } else {
                    list.add(line, scanner: scanner)
                }
            }
        }
        flushLocation()

        for block in list.finish() {
            guard case .list(let items) = block else { continue }
            for item in items {
                let parsed = AnnexReferenceParser.item(item.text)
                guard let match = parsed.references.first else {
                    diagnostics.append(.catalogueItemWithoutID(item.text, at: item.textLocation))
                    continue
                }
                let location = SourceLocation(
                    file: source.path, line: item.textLocation.line, column: item.textLocation.column + match.offset)
                let (title, kind) = Self.kindTag(parsed.title)
                catalogue.entries.append(
                    AnnexEntry(
                        id: match.id, title: title, target: parsed.target, written: match.written,
                        location: location, kind: kind))
            }
        }
        return Result(catalogue: catalogue, comments: scanner.comments, diagnostics: diagnostics)
    }
}

extension CatalogueParser {
    /// `Handleiding Moodle [printen]` → (`Handleiding Moodle`, `.print`): a kind word in brackets
    /// at the end of a title. Any other bracketed text stays part of the title.
    static func kindTag(_ title: String?) -> (String?, AnnexKind?) {
        guard let title, title.hasSuffix("]"), let open = title.lastIndex(of: "["),
            let kind = AnnexKind(word: String(title[title.index(after: open)..<title.index(before: title.endIndex)]))
        else { return (title, nil) }
        let rest = String(title[..<open]).trimmingWhitespace()
        return (rest.isEmpty ? nil : rest, kind)
    }
}

extension Diagnostic {
    fileprivate static func fieldNotInCatalogue(_ label: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .fieldNotAllowedHere, en: "'\(label)' has no meaning in the annex catalogue",
            nl: "'\(label)' betekent niets in de bijlagenlijst", at: location, length: label.unicodeScalars.count,
            hint: FixHint(
                en: "the catalogue takes a `Locatie:` field and a list of annexes",
                nl: "de bijlagenlijst kent een veld `Locatie:` en een lijst bijlagen"))
    }

    fileprivate static func catalogueItemWithoutID(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .malformedAnnexEntry, en: "catalogue item '\(text)' names no annex ID",
            nl: "bij '\(text)' in de bijlagenlijst staat geen bijlagenummer", at: location,
            length: max(1, text.unicodeScalars.count),
            hint: FixHint(
                en: "start the item with the annex's ID: `- 1.A.1.1 bijlage 1: title`",
                nl: "begin de regel met het nummer van de bijlage: `- 1.A.1.1 bijlage 1: titel`"))
    }
}
