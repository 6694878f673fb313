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

    struct Document: Encodable {
        var version: Int
        var tool: Tool
        var summary: Summary
        var files: [String]
        var diagnostics: [Entry]
    }
    struct Tool: Encodable {
        var name: String
        var version: String
    }
    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var files: Int
        var truncated: Int
    }
    struct Entry: Encodable {
        var code: String
        var name: String
        var severity: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var hint: String?
        var replacement: String?
        var notes: [NoteEntry]
    }
    struct NoteEntry: Encodable {
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
    }

    public static func render(_ report: CheckReport, toolName: String = "curriculum", toolVersion: String) -> String {
        var files: [String] = []
        var seen: Set<String> = []
        for file in report.files where seen.insert(file).inserted { files.append(file) }
        let document = Document(
            version: formatVersion, tool: Tool(name: toolName, version: toolVersion),
            summary: Summary(
                errors: report.errorCount, warnings: report.warningCount, notes: report.noteCount, files: files.count,
                truncated: report.truncated),
            files: files,
            diagnostics: report.diagnostics.map { d in
                Entry(
                    code: d.code.id, name: d.code.name, severity: d.severity.rawValue, message: d.message,
                    file: d.range?.file, line: d.range?.start.line,
                    column: d.range?.start.column, endLine: d.range?.endLine, endColumn: d.range?.endColumn,
                    hint: d.hint?.message,
                    replacement: d.hint?.replacement,
                    notes: d.notes.map {
                        NoteEntry(
                            message: $0.message, file: $0.location?.file, line: $0.location?.line,
                            column: $0.location?.column)
                    })
            })
        return JSONText.encode(document) + "\n"
    }
}
