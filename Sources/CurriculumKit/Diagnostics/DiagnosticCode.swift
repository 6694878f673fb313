/// A stable identifier for one kind of finding (`CUR401`), with the text that documents it.
///
/// Codes never change meaning once released: CI configurations select and ignore them, SARIF
/// consumers track them across runs. Every code is listed in `DiagnosticCode.all` and documented in
/// `docs/rules.md`.
public struct DiagnosticCode: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// `CUR401`.
    public var id: String
    /// A short kebab-case name: `unresolved-annex`.
    public var name: String
    public var defaultSeverity: Severity
    /// One line: what the rule finds.
    public var summary: String
    /// What to do about it.
    public var help: String

    public init(_ id: String, _ name: String, _ severity: Severity, summary: String, help: String) {
        self.id = id
        self.name = name
        self.defaultSeverity = severity
        self.summary = summary
        self.help = help
    }

    public var description: String { id }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id < rhs.id }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// The code with this ID (`CUR401`) or name (`unresolved-annex`), case-insensitive.
    public static func named(_ text: String) -> DiagnosticCode? {
        byKey[text.uppercased()]
    }
}
