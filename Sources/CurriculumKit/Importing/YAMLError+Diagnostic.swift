extension YAMLError {
    /// The finding to report: the refused construct at its line and column.
    public func diagnostic(path: String) -> Diagnostic {
        .yamlOutsideSubset(explanation, at: SourceLocation(file: path, line: line, column: column))
    }
}

extension Diagnostic {
    fileprivate static func yamlOutsideSubset(_ explanation: String, at location: SourceLocation) -> Diagnostic {
        // nl: YAML buiten de gelezen deelverzameling: \(explanation)
        // nl (hint): docs/import.md noemt de YAML die de importer leest; herschrijf de regel in die vorm
        Diagnostic(
            .yamlOutsideSubset, "YAML outside the subset read here: \(explanation)", at: location,
            hint: FixHint("docs/import.md lists the YAML the importer reads; rewrite the line in that form"))
    }

    /// A field a lesson file must give and does not; shared by `config.yaml` and the episodes.
    static func missingField(_ key: String, in place: String, at location: SourceLocation) -> Diagnostic {
        // nl: \(place) geeft geen '\(key)'
        // nl (hint): voeg een regel '\(key): …' toe
        Diagnostic(
            .invalidLessonField, "\(place) gives no '\(key)'", at: location,
            hint: FixHint("add a line '\(key): …'"))
    }
}
