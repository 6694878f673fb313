#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Renders a check as a SARIF 2.1.0 log (OASIS, errata 01), the format GitHub code scanning and
/// most CI dashboards import.
///
/// Every code the tool knows is listed in `tool.driver.rules` (in `DiagnosticCode.all` order, so a
/// rule's index is stable for a given version), with its name, summary, help and default level;
/// each result names its rule by `ruleId` and `ruleIndex`. Given the repository root, locations are
/// URIs relative to it with `uriBaseId: "%SRCROOT%"`, and `originalUriBaseIds` gives `%SRCROOT%` as
/// a `file://` URI, so code scanning finds the file wherever `check` ran from (a file outside the
/// root gets an absolute `file://` URI); without a root they are relative URIs as the paths were
/// shown (relative to the working directory). Lines and columns are 1-based and columns counted in Unicode
/// code points (`columnKind: unicodeCodePoints`), the end column exclusive as SARIF requires. Notes
/// become related locations; a hint with a safe replacement (`FixHint.isSafe`, the one right
/// answer) becomes a fix, so that no tool applies a guess.
public enum SARIFRenderer {
    public static let schema =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    struct Log: Encodable {
        var schema = SARIFRenderer.schema
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version
            case runs
        }
    }
    struct Run: Encodable {
        var tool: Tool
        var columnKind = "unicodeCodePoints"
        var originalUriBaseIds: [String: ArtifactLocation]?
        var artifacts: [Artifact]
        var results: [Result]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [Rule]
    }
    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Help
        var defaultConfiguration: Configuration
    }
    struct Help: Encodable {
        var text: String
        var markdown: String
    }
    struct Configuration: Encodable { var level: String }
    struct Message: Encodable { var text: String }
    struct Artifact: Encodable { var location: ArtifactLocation }
    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    /// The name SARIF viewers (GitHub code scanning among them) know for the repository root.
    public static let sourceRootID = "%SRCROOT%"
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]?
        var relatedLocations: [Location]?
        var fixes: [Fix]?
    }
    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int?
        var endColumn: Int?
    }
    struct Fix: Encodable {
        var description: Message
        var artifactChanges: [ArtifactChange]
    }
    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }
    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: Content
    }
    struct Content: Encodable { var text: String }

    public static func render(
        _ report: CheckReport, toolName: String = "curriculum", toolVersion: String,
        codes: [DiagnosticCode] = DiagnosticCode.all, root: RepositoryRoot? = nil
    ) -> String {
        let locate = { (file: String) in location(of: file, root: root) }
        var index: [String: Int] = [:]
        for (i, code) in codes.enumerated() { index[code.id] = i }
        let rules = codes.map { code in
            Rule(
                id: code.id, name: pascalCase(code.name), shortDescription: Message(text: sentence(code.summary)),
                fullDescription: Message(text: sentence(code.summary) + " " + code.help),
                help: Help(
                    text: code.help + " See docs/rules.md#\(code.id.lowercased())-\(code.name).",
                    markdown: code.help
                        + " See [\(code.id) in docs/rules.md](docs/rules.md#\(code.id.lowercased())-\(code.name))."),
                defaultConfiguration: Configuration(level: level(code.defaultSeverity)))
        }
        var seen: Set<String> = []
        var artifacts: [Artifact] = []
        for file in report.files where seen.insert(file).inserted {
            artifacts.append(Artifact(location: locate(file)))
        }
        let results = report.diagnostics.map { d -> Result in
            var text = d.message
            if let hint = d.hint { text += " (help: \(hint.message))" }
            let locations = d.range.map { [Location(physicalLocation: physical($0, locate))] }
            let related = d.notes.enumerated().compactMap { i, note in
                note.location.map {
                    Location(
                        id: i + 1,
                        physicalLocation: PhysicalLocation(
                            artifactLocation: locate($0.file),
                            region: Region(startLine: $0.line, startColumn: $0.column)),
                        message: Message(text: note.message))
                }
            }
            var fixes: [Fix]?
            if let replacement = d.hint?.replacement, d.hint?.isSafe == true, let range = d.range {
                fixes = [
                    Fix(
                        description: Message(text: d.hint?.message ?? "replace"),
                        artifactChanges: [
                            ArtifactChange(
                                artifactLocation: locate(range.file),
                                replacements: [
                                    Replacement(
                                        deletedRegion: physical(range, locate).region,
                                        insertedContent: Content(text: replacement))
                                ])
                        ])
                ]
            }
            return Result(
                ruleId: d.code.id, ruleIndex: index[d.code.id] ?? -1, level: level(d.severity),
                message: Message(text: text),
                locations: locations, relatedLocations: related.isEmpty ? nil : related, fixes: fixes)
        }
        let log = Log(runs: [
            Run(
                tool: Tool(
                    driver: Driver(name: toolName, version: toolVersion, semanticVersion: toolVersion, rules: rules)),
                originalUriBaseIds: root.map { [sourceRootID: ArtifactLocation(uri: $0.fileURI)] },
                artifacts: artifacts, results: results)
        ])
        return JSONText.encode(log) + "\n"
    }

    static func physical(_ range: SourceRange, _ locate: (String) -> ArtifactLocation) -> PhysicalLocation {
        PhysicalLocation(
            artifactLocation: locate(range.file),
            region: Region(
                startLine: range.start.line, startColumn: range.start.column,
                endLine: range.endLine, endColumn: max(range.start.column, range.endColumn)))
    }

    /// A shown path as an artifact location: relative to the repository root when there is one.
    static func location(of file: String, root: RepositoryRoot?) -> ArtifactLocation {
        guard let root else { return ArtifactLocation(uri: uri(file)) }
        guard let relative = root.relativePath(of: file) else {
            return ArtifactLocation(uri: "file://" + uri(root.reportedPath(of: file)))
        }
        return ArtifactLocation(uri: uri(relative), uriBaseId: sourceRootID)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// A relative path as a relative URI reference: each segment percent-encoded.
    /// A path segment with every byte outside ASCII letters, digits and `-._~!$&'()*+,;=@`
    /// written as `%XX` (RFC 3986 `pchar` without `:`), UTF-8 byte by byte.
    static func percentEncoded(_ segment: Substring) -> String {
        let allowed = Set("-._~!$&'()*+,;=@".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(segment.utf8.count)
        for byte in segment.utf8 {
            let letterOrDigit =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if letterOrDigit || allowed.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func uri(_ path: String) -> String {
        let encoded = path.split(separator: "/", omittingEmptySubsequences: false).map(percentEncoded).joined(
            separator: "/")
        // A first segment with a colon would read as a scheme.
        if let first = encoded.split(separator: "/").first, first.contains(":") { return "./" + encoded }
        return encoded
    }

    /// `unresolved-annex` → `UnresolvedAnnex`, the form SARIF viewers show as a rule name.
    static func pascalCase(_ name: String) -> String {
        name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        let capitalised = first.uppercased() + text.dropFirst()
        return capitalised.hasSuffix(".") ? capitalised : capitalised + "."
    }
}
