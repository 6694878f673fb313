/// A small curriculum that shows what a rule reports, and where: the rule's living documentation.
///
/// Each rule lists examples that trigger it and examples that do not (SwiftLint style). In the
/// example's files a `↓` marks where each expected finding starts; the marker is removed before the
/// files are read. One generic test loads every example, runs its rule, and compares the findings of
/// the rule's codes with the markers: same count, same code, same file, line and column.
///
/// ```swift
/// RuleExample("a reference to a missing annex", module: """
///     ...
///     Bijlagen:
///     - ↓1.A.1.1 bijlage 9: Onbekend
///     """, triggers: .unresolvedAnnex)
/// ```
public struct RuleExample: Sendable {
    /// The marker that stands where a finding starts.
    public static let marker: Character = "↓"
    /// The folder the example curriculum is placed in.
    public static let folder = "course"

    /// What the example shows, for test names and docs.
    public var description: String
    /// File name (relative to the curriculum folder) → text with markers.
    public var files: [String: String]
    /// The code expected at every marker; `nil` for an example that must trigger nothing.
    public var code: DiagnosticCode?

    /// An example with its own files. `curriculum.md` is added when absent, listing every
    /// `module-*.md` file.
    public init(_ description: String, files: [String: String], triggers code: DiagnosticCode? = nil) {
        self.description = description
        self.files = files
        self.code = code
    }

    /// An example with one module file (`module-1.md`) and, optionally, an annex catalogue.
    public init(_ description: String, module: String, catalogue: String? = nil, triggers code: DiagnosticCode? = nil) {
        var files = ["module-1.md": module]
        if let catalogue { files["annexes.md"] = catalogue }
        self.init(description, files: files, triggers: code)
    }

    /// Where a finding is expected.
    public struct Position: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int

        public static func < (a: Position, b: Position) -> Bool {
            (a.file, a.line, a.column) < (b.file, b.line, b.column)
        }
        public var description: String { "\(file):\(line):\(column)" }
    }

    /// The files as they are read: markers removed, a manifest added, paths under `folder`.
    public var curriculumFiles: [String: String] {
        var result: [String: String] = [:]
        for (name, text) in files { result[Self.folder + "/" + name] = text.replacing(String(Self.marker), with: "") }
        if files["curriculum.md"] == nil {
            let modules = files.keys.filter { $0.hasPrefix("module-") }.sorted()
            result[Self.folder + "/curriculum.md"] =
                "# Voorbeeld\n\nTaal: nl\n\nModules:\n" + modules.map { "- \($0)\n" }.joined()
        }
        return result
    }

    /// Where the markers stand, in file order (columns count Unicode scalars, as diagnostics do).
    public var expectedPositions: [Position] {
        var positions: [Position] = []
        for (name, text) in files {
            var line = 1
            var column = 1
            for scalar in text.unicodeScalars {
                if Character(scalar) == Self.marker {
                    positions.append(Position(file: Self.folder + "/" + name, line: line, column: column))
                } else if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        return positions.sorted()
    }

    /// Runs `rule` on the example and returns the findings of the rule's own codes.
    public func findings(of rule: any Rule) -> [Diagnostic] {
        findings(among: Set(type(of: rule).codes), rules: [rule])
    }

    /// Loads the example, runs `rules`, and returns the findings with one of `codes` (the parser's
    /// and loader's findings included).
    public func findings(among codes: Set<DiagnosticCode>, rules: [any Rule] = []) -> [Diagnostic] {
        let checker = Checker(
            loader: CurriculumLoader(fileSystem: InMemoryFileSystem(files: curriculumFiles)), rules: rules)
        return checker.check(paths: [Self.folder]).diagnostics.filter { codes.contains($0.code) }
    }
}
