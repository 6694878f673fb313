import Foundation
import Testing

@testable import CurriculumKit

/// The checker's library side: suppressions, renderers, the shipped curriculum's errata, and the
/// rule documentation.
@Suite struct CheckTests {
    static let module = ExampleText.module(
        ExampleText.exercise(duration: "30 min", procedure: "1. Voorstelronde. (20')\n2. Nabespreking. (25')"))

    static func check(_ files: [String: String], options: CheckOptions = CheckOptions()) -> CheckReport {
        let example = RuleExample("test", files: files)
        return Checker(
            loader: CurriculumLoader(fileSystem: InMemoryFileSystem(files: example.curriculumFiles)), options: options
        ).check(paths: [RuleExample.folder])
    }

    // MARK: Suppressions

    @Test func suppressionWithAReasonSilencesTheLineBelow() {
        let text = Self.module.replacingOccurrences(
            of: "Duur: 30 min",
            with: "<!-- curriculum-ignore CUR306: het boek telt de nabespreking dubbel -->\nDuur: 30 min")
        let report = Self.check(["module-1.md": text])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
        #expect(Self.check(["module-1.md": Self.module]).diagnostics.map(\.code) == [.stepsExceedDuration])
    }

    /// A finding that a comment silences gets no suggestion (nobody reads it, and the search for
    /// one was 3% of `check` on the shipped curriculum), yet it is still made: its suppression is
    /// used, not reported as silencing nothing. Unsilenced, the same reference gets its suggestion.
    @Test func aSilencedUnresolvedAnnexGetsNoSuggestionButUsesItsSuppression() throws {
        let reference = "- 0.A.2 bijlage 1: SWOT Analyse"
        let module = ExampleText.module(ExampleText.exercise(extra: "Bijlagen:\n" + reference))
        let silenced = module.replacingOccurrences(
            of: reference, with: "<!-- curriculum-ignore CUR401: zo staat het in het boek -->\n" + reference)
        let catalogue = AnnexReferenceRule.catalogue
        let files = ["module-1.md": silenced, "annexes.md": catalogue]
        let codes = Self.check(files).diagnostics.map(\.code)
        #expect(!codes.contains(.unresolvedAnnex) && !codes.contains(.unusedSuppression), "\(codes)")
        #expect(
            Self.check(["module-1.md": module, "annexes.md": catalogue]).diagnostics.map(\.code).contains(
                .unresolvedAnnex))

        for (text, suppressed) in [(module, false), (silenced, true)] {
            let example = RuleExample("annex", files: ["module-1.md": text, "annexes.md": catalogue])
            let fileSystem = InMemoryFileSystem(files: example.curriculumFiles)
            let loaded = CurriculumLoader(fileSystem: fileSystem).load(folder: RuleExample.folder)
            let curriculum = try #require(loaded.curriculum)
            let context = CheckContext(
                fileSystem: fileSystem, sources: loaded.sources,
                suppressions: Suppressions(curriculum: curriculum, sources: loaded.sources))
            let found = AnnexReferenceRule().check(curriculum, context: context)
            let finding = try #require(found.first { $0.code == .unresolvedAnnex })
            #expect(finding.message.contains("did you mean") == !suppressed, "\(finding.message)")
            #expect((finding.hint?.replacement != nil) == !suppressed)
        }
    }

    @Test func suppressionAboveAHeadingCoversTheWholeExercise() {
        let text = Self.module.replacingOccurrences(
            of: "#### 1.A.1.1", with: "<!-- curriculum-ignore steps-exceed-duration: zie ERRATA.md -->\n#### 1.A.1.1")
        #expect(Self.check(["module-1.md": text]).diagnostics.isEmpty)
    }

    @Test func suppressionWithoutAReasonIsAnError() {
        let text = Self.module.replacingOccurrences(
            of: "Duur: 30 min", with: "<!-- curriculum-ignore CUR306 -->\nDuur: 30 min")
        let codes = Self.check(["module-1.md": text]).diagnostics.map(\.code)
        #expect(codes.contains(.suppressionWithoutReason))
        #expect(codes.contains(.stepsExceedDuration), "a suppression without a reason silences nothing")
    }

    @Test func unusedAndUnknownSuppressionsAreReported() {
        let text = Self.module.replacingOccurrences(
            of: "Leerdoelen:",
            with:
                "<!-- curriculum-ignore CUR401: niets te zwijgen -->\n<!-- curriculum-ignore CUR999: onbekend -->\nLeerdoelen:"
        )
        let report = Self.check(["module-1.md": text])
        #expect(report.diagnostics.contains { $0.code == .unusedSuppression && $0.location?.line == 9 })
        #expect(report.diagnostics.contains { $0.code == .unknownSuppressionCode && $0.location?.line == 10 })
        let ignoring = Self.check(["module-1.md": text], options: CheckOptions(ignore: ["CUR401"]))
        #expect(
            !ignoring.diagnostics.contains { $0.code == .unusedSuppression },
            "a suppression of an ignored rule cannot have been used")
    }

    // MARK: Renderers

    @Test(arguments: [
        ("100%", "100%25", "100%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("x: y, z", "x: y, z", "x%3A y%2C z"),
        ("%3A", "%253A", "%253A"),
    ])
    func githubEscaping(_ text: String, data: String, property: String) {
        #expect(GitHubRenderer.escapeData(text) == data)
        #expect(GitHubRenderer.escapeProperty(text) == property)
    }

    @Test func githubLineForEachSeverityAndForARunWideFinding() {
        let at = SourceLocation(file: "a,b:c.md", line: 3, column: 5)
        #expect(
            GitHubRenderer.line(for: Diagnostic(.emptyFeedback, .same("empty"), at: at, length: 8))
                == "::warning file=a%2Cb%3Ac.md,line=3,col=5,endColumn=12,title=CUR214::empty")
        #expect(
            GitHubRenderer.line(for: Diagnostic(.stepsFallShort, .same("short"), at: at))
                == "::notice file=a%2Cb%3Ac.md,line=3,col=5,endColumn=5,title=CUR307::short")
        #expect(
            GitHubRenderer.line(
                for: Diagnostic(
                    .noCurriculum, .same("none"), at: nil, hint: FixHint(en: "give a folder", nl: "geef een map")))
                == "::error title=CUR007::none%0Ahelp: give a folder")
        let multiLine = Diagnostic(
            .unterminatedComment, .same("open"), at: SourceRange(start: at, endLine: 5, endColumn: 2))
        #expect(
            GitHubRenderer.line(for: multiLine) == "::error file=a%2Cb%3Ac.md,line=3,endLine=5,col=5,title=CUR107::open"
        )
    }

    @Test func junitEscapesXML() {
        #expect(JUnitRenderer.escape("a<b & \"c\" 'd'>\u{1}") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;\u{FFFD}")
    }

    @Test func sarifRuleIndexesPointAtTheirRules() throws {
        let report = Self.check(["module-1.md": Self.module])
        let data = Data(SARIFRenderer.render(report, toolVersion: "9.9.9").utf8)
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count == DiagnosticCode.all.count)
        for result in run["results"] as? [[String: Any]] ?? [] {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(SARIFRenderer.uri("cursus 1/module-1.md") == "cursus%201/module-1.md")
    }

    // MARK: The shipped curriculum

    /// Every finding silenced in the shipped curriculum appears in the table at the end of its
    /// ERRATA.md, and the table lists nothing else: remove the suppression comments, check, and
    /// compare each finding's place in the file as shipped (`module-2.md:334:7`) and its code with
    /// the table's rows.
    @Test func everySuppressedFindingIsListedInTheErrata() throws {
        let folder = Repository.shippedCurriculum
        var files: [String: String] = [:]
        // For each file, the shipped line number of each line that remains once the comments go.
        var shippedLine: [String: [Int]] = [:]
        var suppressions = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            suppressions += lines.filter { $0.contains("curriculum-ignore") }.count
            let kept = lines.indices.filter { !lines[$0].contains("curriculum-ignore") }
            shippedLine[name] = kept.map { $0 + 1 }
            files["igma/" + name] = kept.map { lines[$0] }.joined(separator: "\n")
        }
        let report = Checker(loader: CurriculumLoader(fileSystem: InMemoryFileSystem(files: files))).check(paths: [
            "igma"
        ])
        let found = report.diagnostics.map { diagnostic -> String in
            guard let location = diagnostic.location, let name = location.file.split(separator: "/").last,
                let line = shippedLine[String(name)]?[location.line - 1]
            else { return "? \(diagnostic.code.id)" }
            return "\(name):\(line):\(location.column) \(diagnostic.code.id)"
        }.sorted()

        let errata = try String(contentsOf: folder.appendingPathComponent("ERRATA.md"), encoding: .utf8)
        let section = try #require(
            errata.components(separatedBy: "\n## Findings that `curriculum check` reports\n").last)
        #expect(!section.contains("\n## "), "the findings section must be the last one")
        let rows = section.components(separatedBy: "\n").filter { $0.hasPrefix("| CUR") }.map { row -> String in
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return "\(cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))) \(cells[0])"
        }.sorted()
        #expect(found == rows)
        #expect(suppressions > 0)
    }

    @Test func shippedCurriculumHasNoFindings() {
        let report = Checker().check(paths: [Repository.shippedCurriculum.path])
        #expect(
            report.diagnostics.isEmpty,
            "\(report.diagnostics.map { "\($0.location?.description ?? "") \($0.code.id) \($0.message)" })")
    }

    // MARK: Documentation

    @Test(arguments: DiagnosticCode.all.map(\.id))
    func everyCodeHasASectionInRulesDoc(_ id: String) throws {
        let doc = try String(contentsOf: Repository.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let heading = doc.components(separatedBy: "\n").first { $0.hasPrefix("## \(id) ") || $0 == "## \(id)" }
        let section = try #require(
            heading.flatMap { doc.components(separatedBy: $0 + "\n").last?.components(separatedBy: "\n## CUR").first },
            "no `## \(id)` section in docs/rules.md")
        for part in ["**What it checks**", "**Why**", "**Example**", "**How to fix**"] {
            #expect(section.contains(part), "\(id): no \(part)")
        }
        if let code = DiagnosticCode.named(id) {
            #expect(heading?.contains(code.name) == true, "\(id): the heading names `\(code.name)`")
        }
    }
}
