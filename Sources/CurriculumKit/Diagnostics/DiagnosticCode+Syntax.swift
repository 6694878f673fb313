/// Codes for the layout of a file: headings, fields, comments (CUR1xx).
extension DiagnosticCode {
    public static let textBeforeHeading = DiagnosticCode(
        "CUR101", "text-before-heading", .error,
        summary: "text comes before the file's first heading",
        help: "Start the file with its heading (`# Module 1: title`) and put the text below it.")
    public static let unknownLabel = DiagnosticCode(
        "CUR102", "unknown-label", .warning,
        summary: "a line looks like a field label but is not one the format knows",
        help: "Use one of the labels in docs/format.md, or write the text as a list item if it is prose.")
    public static let fieldOutsideExercise = DiagnosticCode(
        "CUR103", "field-outside-exercise", .error,
        summary: "an exercise field appears where there is no exercise",
        help: "Move the field under an exercise heading (`#### 1.A.1.1 title`).")
    public static let repeatedField = DiagnosticCode(
        "CUR104", "repeated-field", .error,
        summary: "a field appears twice in one exercise",
        help: "Merge the two into one field; the second is ignored by the tools.")
    public static let misplacedHeading = DiagnosticCode(
        "CUR105", "misplaced-heading", .error,
        summary: "a heading appears where its parent is missing",
        help: "A topic goes under a module, a level under a topic, an exercise under a topic or level.")
    public static let malformedHeading = DiagnosticCode(
        "CUR106", "malformed-heading", .error,
        summary: "a heading does not have the form its depth requires",
        help: "Write `# Module N: title`, `## N.X title`, `### Niveau N` or `#### N.X.L.K title`.")
    public static let unterminatedComment = DiagnosticCode(
        "CUR107", "unterminated-comment", .error,
        summary: "a comment `<!--` is never closed with `-->`",
        help: "Close the comment with `-->`; everything after it is hidden until then.")
    public static let secondModule = DiagnosticCode(
        "CUR108", "second-module", .error,
        summary: "a module file holds more than one module heading",
        help: "Give each module its own file and list it in the manifest.")
    public static let fieldNotAllowedHere = DiagnosticCode(
        "CUR109", "field-not-allowed-here", .error,
        summary: "a field that belongs in another kind of file",
        help: "Manifest fields go in curriculum.md, exercise fields under an exercise heading.")
    public static let invalidFieldValue = DiagnosticCode(
        "CUR110", "invalid-field-value", .error,
        summary: "a field's value cannot be read",
        help: "See docs/format.md for the form each field takes.")
    public static let malformedAnnexEntry = DiagnosticCode(
        "CUR111", "malformed-annex-entry", .error,
        summary: "an annex catalogue item does not start with an annex ID",
        help: "Write catalogue items as `- 1.A.1.1 bijlage 1: title`.")
    public static let missingManifestTitle = DiagnosticCode(
        "CUR112", "missing-manifest-field", .error,
        summary: "the manifest lacks a title or a required field",
        help: "Start curriculum.md with `# title` and give `Taal: nl` or `Language: en`.")
    public static let unknownLanguage = DiagnosticCode(
        "CUR113", "unknown-language", .error,
        summary: "the manifest names a language the tool does not know",
        help: "Write `Taal: nl` or `Language: en`.")

    static let syntaxCodes: [DiagnosticCode] = [
        textBeforeHeading, unknownLabel, fieldOutsideExercise, repeatedField, misplacedHeading, malformedHeading,
        unterminatedComment, secondModule, fieldNotAllowedHere, invalidFieldValue, malformedAnnexEntry,
        missingManifestTitle, unknownLanguage,
    ]
}
