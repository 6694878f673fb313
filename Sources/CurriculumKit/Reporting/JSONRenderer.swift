#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Renders a check as one JSON document for scripts (shape documented in docs/ci.md):
///
/// ```json
/// {
///   "diagnostics" : [ { "code" : "CUR401", "column" : 3, "endColumn" : 18, "endLine" : 352,
///                       "file" : "curriculum/igma-femina/module-1.md", "hint" : "…", "line" : 352,
///                       "message" : "…", "name" : "unresolved-annex", "notes" : [ … ],
///                       "replacement" : "0.C.2 bijlage 1", "severity" : "error" } ],
///   "files" : [ "curriculum/igma-femina/curriculum.md", … ],
///   "summary" : { "errors" : 1, "files" : 7, "notes" : 0, "truncated" : 0, "warnings" : 0 },
///   "tool" : { "name" : "curriculum", "version" : "0.1.0" },
///   "version" : 1
/// }
/// ```
///
/// Keys are sorted; optional fields (`file` and positions for run-wide findings, `hint`,
/// `replacement`) are left out when absent. `version` changes only if the shape changes
/// incompatibly.
public enum JSONRenderer {
    public static let formatVersion = 1

    /// The report as one document of the shape above, each file listed once.
    public static func render(_ report: CheckReport, toolName: String = "curriculum", toolVersion: String) -> String {
        var files: [String] = []
        var seen: Set<String> = []
        files.reserveCapacity(report.files.count)
        seen.reserveCapacity(report.files.count)
        for file in report.files where seen.insert(file).inserted { files.append(file) }
        var json = JSONTextWriter()
        json.beginObject()
        json.key("diagnostics")
        json.beginArray()
        for diagnostic in report.diagnostics { write(diagnostic, into: &json) }
        json.end()
        json.key("files")
        json.beginArray()
        for file in files { json.value(file) }
        json.end()
        json.key("summary")
        json.beginObject()
        json.member("errors", report.errorCount)
        json.member("files", files.count)
        json.member("notes", report.noteCount)
        json.member("truncated", report.truncated)
        json.member("warnings", report.warningCount)
        json.end()
        json.key("tool")
        json.beginObject()
        json.member("name", toolName)
        json.member("version", toolVersion)
        json.end()
        json.member("version", formatVersion)
        json.end()
        return json.text + "\n"
    }

    /// One finding, its keys in sorted order.
    private static func write(_ diagnostic: Diagnostic, into json: inout JSONTextWriter) {
        let range = diagnostic.range
        json.beginObject()
        json.member("code", diagnostic.code.id)
        json.member("column", range?.start.column)
        json.member("endColumn", range?.endColumn)
        json.member("endLine", range?.endLine)
        json.member("file", range?.file)
        json.member("hint", diagnostic.hint?.message)
        json.member("line", range?.start.line)
        json.member("message", diagnostic.message)
        json.member("name", diagnostic.code.name)
        json.key("notes")
        json.beginArray()
        for note in diagnostic.notes {
            json.beginObject()
            json.member("column", note.location?.column)
            json.member("file", note.location?.file)
            json.member("line", note.location?.line)
            json.member("message", note.message)
            json.end()
        }
        json.end()
        json.member("replacement", diagnostic.hint?.replacement)
        json.member("severity", diagnostic.severity.rawValue)
        json.end()
    }
}
