extension YAMLError {
    /// The finding to report: the refused construct at its line and column.
    public func diagnostic(path: String) -> Diagnostic {
        .yamlOutsideSubset(explanation, at: SourceLocation(file: path, line: line, column: column))
    }
}

extension Diagnostic {
    fileprivate static func yamlOutsideSubset(_ explanation: LocalizedText, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .yamlOutsideSubset, en: "YAML outside the subset read here: \(explanation.english)",
            nl: "YAML buiten het deel dat de importer leest: \(explanation.dutch)", at: location,
            hint: FixHint(
                en: "docs/import.md lists the YAML the importer reads; rewrite the line in that form",
                nl: "docs/import.md noemt de YAML die de importer leest; herschrijf de regel in die vorm"))
    }

    /// A field a lesson file must give and does not; shared by `config.yaml` and the episodes.
    static func missingField(_ key: String, in place: LocalizedText, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidLessonField, en: "\(place.english) gives no '\(key)'", nl: "\(place.dutch) geeft geen '\(key)'",
            at: location,
            hint: FixHint(en: "add a line '\(key): …'", nl: "voeg een regel '\(key): …' toe"))
    }
}
