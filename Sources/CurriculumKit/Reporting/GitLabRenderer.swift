#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Renders a check as GitLab's code quality report: the Code Climate JSON array GitLab reads from a
/// job's `artifacts: reports: codequality` and shows on the merge request.
///
/// ```json
/// [ { "check_name" : "CUR401", "description" : "CUR401: `1.A.1.1 bijlage 2` is not in …",
///     "fingerprint" : "7c0f…", "location" : { "lines" : { "begin" : 21 },
///     "path" : "curriculum/igma-femina/module-1.md" }, "severity" : "major", "type" : "issue" } ]
/// ```
///
/// Paths are relative to the repository root when one is given (GitLab resolves them from there).
/// Severities: error is `major`, warning `minor`, note `info`. The fingerprint, which GitLab uses
/// to tell a new finding from one the target branch already had, hashes the code, the path, the
/// message and how many identical findings came before it in the file, and not the line: a finding
/// keeps its fingerprint when lines above it are added. A finding with no file (no curriculum
/// found) is reported on `.`, line 1.
public enum GitLabRenderer {
    struct Issue: Encodable {
        var type = "issue"
        var checkName: String
        var description: String
        var fingerprint: String
        var severity: String
        var location: Location
        enum CodingKeys: String, CodingKey {
            case type
            case checkName = "check_name"
            case description
            case fingerprint
            case severity
            case location
        }
    }
    struct Location: Encodable {
        var path: String
        var lines: Lines
    }
    struct Lines: Encodable {
        var begin: Int
        var end: Int?
    }

    /// The report as one JSON array; `root` makes the paths relative to the repository root, which
    /// is where GitLab looks for them (without it they stay as shown).
    public static func render(_ report: CheckReport, root: RepositoryRoot? = nil) -> String {
        var occurrences: [String: Int] = [:]
        let issues = report.diagnostics.map { d -> Issue in
            let path = d.range.map { root?.reportedPath(of: $0.file) ?? $0.file } ?? "."
            var text = "\(d.code.id): \(d.message)"
            if let hint = d.hint { text += " (help: \(hint.message))" }
            let key = [d.code.id, path, d.message].joined(separator: "\u{0}")
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            let begin = d.range?.start.line ?? 1
            let end = d.range.map(\.endLine).flatMap { $0 > begin ? $0 : nil }
            return Issue(
                checkName: d.code.id, description: text, fingerprint: fingerprint(key + "\u{0}\(occurrence)"),
                severity: severity(d.severity), location: Location(path: path, lines: Lines(begin: begin, end: end)))
        }
        return JSONText.encode(issues, fallback: "[]") + "\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .note: return "info"
        }
    }

    /// 32 hexadecimal digits: two 64-bit FNV-1a hashes of the text's UTF-8, from two offset bases.
    static func fingerprint(_ text: String) -> String {
        func fnv(_ basis: UInt64) -> UInt64 {
            var hash = basis
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(fnv(0xcbf2_9ce4_8422_2325)) + hex(fnv(0x8422_2325_cbf2_9ce4))
    }
}
