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
                let catalogue: CatalogueState
                if entries.isEmpty {
                    catalogue = curriculum.annexCatalogue == nil ? .missing : .empty
                } else if context.suppressions?.silences(.unresolvedAnnex, at: reference.location) == true {
                    // Silenced (the book's own wrong reference, kept as printed): nobody reads the
                    // suggestion, whose search was 3% of `check` on the shipped curriculum.
                    catalogue = .listing(suggestion: nil, isSafe: false)
                } else {
                    let found = Self.candidate(for: reference, among: entries, stems: &entryStems)
                    // Safe only when nothing else fits and the exercise does not cite it already:
                    // the annex on the line above is no fix, it would be a duplicate.
                    let cited = exercise.annexes.contains { $0.id == found.entry?.id }
                    catalogue = .listing(suggestion: found.entry, isSafe: found.isSingle && !cited)
                }
                found.append(
                    .annexNotInCatalogue(reference, catalogue: catalogue, named: catalogueName, language: language))
            }
        }
        return found
    }

    /// The catalogue entry the author most likely meant: the one whose title shares most of the
    /// reference's key words (more than half; the nearer ID wins a tie), otherwise the nearest ID (at
    /// most two edits; the same owner wins a tie).
    /// Also whether it is the single candidate: no other entry scores as well. `stems` holds each
    /// entry's title key words (`Wording.titleStems`), made here when empty.
    static func candidate(for reference: AnnexReference, among entries: [AnnexEntry], stems: inout [[Stem]?]) -> (
        entry: AnnexEntry?, isSingle: Bool
    ) {
        let key = "\(reference.id.owner) \(reference.id.number)"
        if let title = reference.title, Wording.hasWords(title) {
            if stems.count != entries.count { stems = entries.map { $0.title.flatMap(Wording.titleStems) } }
            let titleStems = Wording.titleStems(title)
            var best: (entry: AnnexEntry, overlap: Double, distance: Int)?
            var tied = false
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
                    if current.overlap == overlap, current.distance == distance, current.entry.id != entry.id {
                        tied = true
                    }
                    continue
                }
                tied = false
                best = (entry, overlap, distance)
            }
            if let best { return (best.entry, !tied) }
        }
        var best: (entry: AnnexEntry, distance: Int, sameOwner: Bool)?
        var tied = false
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
                if current.distance == distance, current.sameOwner == sameOwner, current.entry.id != entry.id {
                    tied = true
                }
                continue
            }
            tied = false
            best = (entry, distance, sameOwner)
        }
        return (best?.entry, best != nil && !tied)
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
    /// Entries, the one the author most likely meant, if any, and whether it is the one right
    /// answer (`FixHint.isSafe`).
    case listing(suggestion: AnnexEntry?, isSafe: Bool)
}

extension Diagnostic {
    fileprivate static func annexTitleMismatch(
        _ reference: AnnexReference, given: String, listed title: String, of entry: AnnexEntry, language: Language
    ) -> Diagnostic {
        let written = reference.id.written(in: language)
        return Diagnostic(
            .annexTitleMismatch, en: "`\(written)` is titled \"\(given)\" here but \"\(title)\" in the catalogue",
            nl: "`\(written)` heet hier \"\(given)\", maar in de bijlagenlijst \"\(title)\"",
            at: reference.location, length: reference.written.scalarCount,
            hint: FixHint(
                en: "use the catalogue's title, or check that this is the annex you mean",
                nl: "gebruik de titel uit de bijlagenlijst, of kijk of dit de bijlage is die je bedoelt"),
            notes: [.init(en: "the catalogue entry", nl: "de regel in de bijlagenlijst", at: entry.location)])
    }

    /// A reference to an annex the catalogue does not list, with why (no catalogue, an empty one)
    /// or the entry the author most likely meant.
    fileprivate static func annexNotInCatalogue(
        _ reference: AnnexReference, catalogue: CatalogueState, named catalogueName: String, language: Language
    ) -> Diagnostic {
        let written = reference.id.written(in: language)
        var english = "`\(written)` is not in the annex catalogue"
        var dutch = "`\(written)` staat niet in de bijlagenlijst"
        var hint = FixHint(
            en: "add it to \(catalogueName) (`- \(written): title`), or correct the reference",
            nl: "zet hem in \(catalogueName) (`- \(written): titel`), of verbeter de verwijzing")
        var notes: [Diagnostic.Note] = []
        switch catalogue {
        case .missing:
            english += " (the curriculum has no \(catalogueName))"
            dutch += " (het curriculum heeft geen \(catalogueName))"
        case .empty:
            english += " (\(catalogueName) lists no annexes)"
            dutch += " (\(catalogueName) noemt geen bijlagen)"
        case .listing(suggestion: nil, _): break
        case .listing(suggestion: let suggestion?, let safe):
            let suggested = suggestion.id.written(in: language)
            let title = suggestion.title.map { " \"\($0)\"" } ?? ""
            english += " — did you mean `\(suggested)`\(title)?"
            dutch += " — bedoelde je `\(suggested)`\(title)?"
            hint = FixHint(
                en: "write `\(suggested)`, or add `\(written)` to \(catalogueName)",
                nl: "schrijf `\(suggested)`, of zet `\(written)` in \(catalogueName)", replacement: suggested,
                isSafe: safe)
            notes = [
                .init(en: "`\(suggested)` is listed here", nl: "`\(suggested)` staat hier", at: suggestion.location)
            ]
        }
        return Diagnostic(
            .unresolvedAnnex, en: english, nl: dutch, at: reference.location, length: reference.written.scalarCount,
            hint: hint, notes: notes)
    }
}
