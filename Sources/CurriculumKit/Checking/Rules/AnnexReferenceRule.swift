/// Every annex reference in an exercise must resolve to an entry of the annex catalogue, and the
/// title it gives should be the catalogue's. An unresolved reference is the finding coordinators
/// care most about: a trainer preparing the session will look for a document that does not exist.
/// Each one gets the nearest catalogue entry as a suggestion.
public struct AnnexReferenceRule: Rule {
    public static let codes: [DiagnosticCode] = [.unresolvedAnnex, .annexTitleMismatch]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let entries = curriculum.annexCatalogue?.entries ?? []
        // The first entry of each ID, by its index: storing entries would copy each one.
        var byID: [AnnexID: Int] = [:]
        byID.reserveCapacity(entries.count)
        for index in entries.indices where byID[entries[index].id] == nil { byID[entries[index].id] = index }
        let catalogueName = curriculum.annexCatalogue.map { Self.fileName($0.file) } ?? curriculum.manifest.annexFile
        let language = curriculum.language
        // The catalogue titles' key words, made at the first unresolved reference and shared by all.
        var entryStems: [[Stem]?] = []
        curriculum.forEachExercise { exercise in
            for reference in exercise.annexes {
                if let index = byID[reference.id] {
                    let entry = entries[index]
                    if let given = reference.title, let title = entry.title, !Wording.sameTitle(given, title) {
                        found.append(
                            .annexTitleMismatch(reference, given: given, listed: title, of: entry, language: language))
                    }
                    continue
                }
                let catalogue: CatalogueState =
                    entries.isEmpty
                    ? (curriculum.annexCatalogue == nil ? .missing : .empty)
                    : .listing(suggestion: Self.suggestion(for: reference, among: entries, stems: &entryStems))
                found.append(
                    .annexNotInCatalogue(reference, catalogue: catalogue, named: catalogueName, language: language))
            }
        }
        return found
    }

    /// The catalogue entry the author most likely meant: the one whose title shares most of the
    /// reference's key words (more than half; the nearer ID wins a tie), otherwise the nearest ID (at
    /// most two edits; the same owner wins a tie).
    /// `stems` holds each entry's title key words (`Wording.titleStems`), made here when empty.
    static func suggestion(for reference: AnnexReference, among entries: [AnnexEntry], stems: inout [[Stem]?])
        -> AnnexEntry?
    {
        let key = "\(reference.id.owner) \(reference.id.number)"
        if let title = reference.title, Wording.hasWords(title) {
            if stems.count != entries.count { stems = entries.map { $0.title.flatMap(Wording.titleStems) } }
            let titleStems = Wording.titleStems(title)
            var best: (entry: AnnexEntry, overlap: Double, distance: Int)?
            for (index, entry) in entries.enumerated() {
                guard let other = entry.title else { continue }
                let overlap: Double
                if let titleStems, let otherStems = stems[index] {
                    overlap = Wording.titleOverlap(stems: titleStems, otherStems)
                } else {
                    overlap = Wording.titleOverlap(title, other)
                }
                guard overlap > 0.5 else { continue }
                let distance = EditDistance.between(key, "\(entry.id.owner) \(entry.id.number)")
                if let current = best,
                    current.overlap > overlap || (current.overlap == overlap && current.distance <= distance)
                {
                    continue
                }
                best = (entry, overlap, distance)
            }
            if let best { return best.entry }
        }
        var best: (entry: AnnexEntry, distance: Int, sameOwner: Bool)?
        // IDs are ASCII: their bytes are their characters, and only a distance of two or less counts.
        let keyBytes = Array(key.utf8)
        let ascii = keyBytes.allSatisfy { $0 < 0x80 }
        var rows: [Int] = []
        for entry in entries {
            let other = "\(entry.id.owner) \(entry.id.number)"
            let otherBytes = Array(other.utf8)
            let distance: Int
            if ascii, otherBytes.allSatisfy({ $0 < 0x80 }) {
                guard let near = EditDistance.bounded(keyBytes, otherBytes, limit: 2, rows: &rows) else { continue }
                distance = near
            } else {
                distance = EditDistance.between(key, other)
            }
            let sameOwner = entry.id.owner == reference.id.owner
            guard distance <= 2 else { continue }
            if let current = best,
                current.distance < distance || (current.distance == distance && (current.sameOwner || !sameOwner))
            {
                continue
            }
            best = (entry, distance, sameOwner)
        }
        return best?.entry
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static let catalogue = ExampleText.catalogue(
        """
        - 0.C.2 bijlage 1: Analyse van kracht en zwakte, kansen en bedreigingen (SWOT)
        - 1.A.1.1 bijlage 1: De 6 rollen van de casemanager
        """)

    public static let examples: [RuleExample] = [
        RuleExample(
            "a reference to an annex the catalogue lacks, with a near miss",
            module: ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n- ↓0.A.2 bijlage 1: SWOT Analyse")),
            catalogue: catalogue, triggers: .unresolvedAnnex),
        RuleExample(
            "a reference in the book's order, title first",
            module: ExampleText.module(
                ExampleText.exercise(extra: "Ondersteunend materiaal:\n- Rollen ↓1.A.1.1 bijlage 7")),
            catalogue: catalogue, triggers: .unresolvedAnnex),
        RuleExample(
            "a reference with another title than the catalogue's",
            module: ExampleText.module(
                ExampleText.exercise(extra: "Bijlagen:\n- ↓1.A.1.1 bijlage 1: Vragenlijst loopbaanwensen")),
            catalogue: catalogue, triggers: .annexTitleMismatch),
        RuleExample(
            "references that resolve, one with a shortened title",
            module: ExampleText.module(
                ExampleText.exercise(
                    extra:
                        "Bijlagen:\n- 1.A.1.1 bijlage 1: De 6 rollen\n- 0.C.2 annex 1\n- Methodologisch Handboek IGMA Femina"
                )),
            catalogue: catalogue),
    ]
}

/// What the catalogue holds for an unresolved reference's message.
private enum CatalogueState {
    case missing
    case empty
    /// Entries, and the one the author most likely meant, if any.
    case listing(suggestion: AnnexEntry?)
}

extension Diagnostic {
    fileprivate static func annexTitleMismatch(
        _ reference: AnnexReference, given: String, listed title: String, of entry: AnnexEntry, language: Language
    ) -> Diagnostic {
        let written = reference.id.written(in: language)
        return Diagnostic(
            .annexTitleMismatch, "`\(written)` is titled \"\(given)\" here but \"\(title)\" in the catalogue",
            at: reference.location, length: reference.written.scalarCount,
            hint: FixHint("use the catalogue's title, or check that this is the annex you mean"),
            notes: [.init("the catalogue entry", at: entry.location)])
    }

    /// A reference to an annex the catalogue does not list, with why (no catalogue, an empty one)
    /// or the entry the author most likely meant.
    fileprivate static func annexNotInCatalogue(
        _ reference: AnnexReference, catalogue: CatalogueState, named catalogueName: String, language: Language
    ) -> Diagnostic {
        let written = reference.id.written(in: language)
        var message = "`\(written)` is not in the annex catalogue"
        var hint = "add it to \(catalogueName) (`- \(written): title`), or correct the reference"
        var replacement: String?
        var notes: [Diagnostic.Note] = []
        switch catalogue {
        case .missing: message += " (the curriculum has no \(catalogueName))"
        case .empty: message += " (\(catalogueName) lists no annexes)"
        case .listing(suggestion: nil): break
        case .listing(suggestion: let suggestion?):
            let suggested = suggestion.id.written(in: language)
            message += " — did you mean `\(suggested)`" + (suggestion.title.map { " \"\($0)\"" } ?? "") + "?"
            hint = "write `\(suggested)`, or add `\(written)` to \(catalogueName)"
            replacement = suggested
            notes = [.init("`\(suggested)` is listed here", at: suggestion.location)]
        }
        return Diagnostic(
            .unresolvedAnnex, message, at: reference.location, length: reference.written.scalarCount,
            hint: FixHint(hint, replacement: replacement), notes: notes)
    }
}
