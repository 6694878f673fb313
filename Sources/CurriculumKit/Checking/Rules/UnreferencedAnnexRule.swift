/// A catalogue entry that no exercise references is either a document nobody uses, or the sign of
/// a reference that was mistyped (the mistyped one is reported as unresolved).
public struct UnreferencedAnnexRule: Rule {
    public static let codes: [DiagnosticCode] = [.unreferencedAnnex]

    public init() {}

    public func check(_ curriculum: Curriculum, context: CheckContext) -> [Diagnostic] {
        guard let catalogue = curriculum.annexCatalogue else { return [] }
        var referenced: Set<AnnexID> = []
        referenced.reserveCapacity(catalogue.entries.count)
        curriculum.forEachExercise { exercise in for reference in exercise.annexes { referenced.insert(reference.id) } }
        var reported: Set<AnnexID> = []
        var found: [Diagnostic] = []
        for entry in catalogue.entries where !referenced.contains(entry.id) && reported.insert(entry.id).inserted {
            found.append(.unreferencedAnnex(entry, language: curriculum.language))
        }
        return found
    }

    public static let examples: [RuleExample] = [
        RuleExample(
            "an annex no exercise names",
            module: ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1")),
            catalogue: ExampleText.catalogue("- 1.A.1.1 bijlage 1: Rollen\n- ↓1.A.1.1 bijlage 2: Vergeten"),
            triggers: .unreferencedAnnex),
        RuleExample(
            "every annex referenced",
            module: ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n- 1.A.1.1 bijlage 1")),
            catalogue: ExampleText.catalogue("- 1.A.1.1 bijlage 1: Rollen")),
    ]
}

extension Diagnostic {
    /// Its subject is the annex, as written: a broken reference whose fix writes that annex caused
    /// this warning, and the human output shows it right after that error.
    fileprivate static func unreferencedAnnex(_ entry: AnnexEntry, language: Language) -> Diagnostic {
        let written = entry.id.written(in: language)
        var diagnostic = Diagnostic(
            .unreferencedAnnex, en: "no exercise references `\(written)`",
            nl: "geen enkele oefening verwijst naar `\(written)`", at: entry.location,
            length: entry.written.scalarCount,
            hint: FixHint(
                en: "list it under the annexes of exercise \(entry.id.owner), or remove it from the catalogue",
                nl: "zet hem bij de bijlagen van oefening \(entry.id.owner), of haal hem uit de bijlagenlijst"))
        diagnostic.subject = written
        return diagnostic
    }
}
