/// One annex ID listed twice in the catalogue: references cannot say which document they mean.
public struct DuplicateAnnexRule: Rule {
    public static let codes: [DiagnosticCode] = [.duplicateAnnexID]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        let entries = curriculum.annexCatalogue?.entries ?? []
        // Where each ID is first listed: storing the entries would copy each one.
        var first: [AnnexID: SourceLocation] = [:]
        first.reserveCapacity(entries.count)
        var found: [Diagnostic] = []
        for entry in entries {
            guard let earlier = first[entry.id] else {
                first[entry.id] = entry.location
                continue
            }
            found.append(.annexListedTwice(entry, first: earlier, language: curriculum.language))
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "the same annex ID twice",
            module: ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1")),
            catalogue: ExampleText.catalogue("- 1.A.1.1 bijlage 1: Rollen\n- ↓1.A.1.1 Bijlage 1: Rollen (tweede druk)"),
            triggers: .duplicateAnnexID),
        RuleExample(
            "distinct annex IDs",
            module: ExampleText.module(
                ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1\n- 1.A.1.1 bijlage 2")),
            catalogue: ExampleText.catalogue("- 1.A.1.1 bijlage 1: Rollen\n- 1.A.1.1 bijlage 2: Vragen")),
    ]
}

extension Diagnostic {
    fileprivate static func annexListedTwice(_ entry: AnnexEntry, first earlier: SourceLocation, language: Language)
        -> Diagnostic
    {
        let written = entry.id.written(in: language)
        let next = "\(entry.id.owner) \(language == .dutch ? "bijlage" : "annex") \(entry.id.number + 1)"
        return Diagnostic(
            .duplicateAnnexID, en: "`\(written)` is listed twice in the catalogue",
            nl: "`\(written)` staat twee keer in de bijlagenlijst", at: entry.location,
            length: entry.written.scalarCount,
            hint: FixHint(
                en: "remove this entry, or give the document its own number (`\(next)`)",
                nl: "haal deze regel weg, of geef het document een eigen nummer (`\(next)`)"),
            notes: [.init(en: "first listed here", nl: "hier staat hij voor het eerst", at: earlier)])
    }
}
