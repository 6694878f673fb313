import Foundation
import Testing

@testable import CurriculumKit

/// Bad input at the library level: the fuzzer's regression inputs, a file that vanishes between
/// listing and reading, and how a diagnostic on a huge line is drawn. (The binary under time and
/// memory limits is tested in curriculumTests/BadInputCommandTests.)
@Suite struct BadInputTests {
    static let corpus = Repository.fixtures.appendingPathComponent("bad-input")

    /// Every input the fuzzer found (fuzz-*.md): all parsers read it, and fmt formats it in every
    /// role and language without refusing (a refusal means it would lose meaning or not be stable).
    static let fuzzInputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
        .filter { $0.hasPrefix("fuzz-") }.sorted()

    @Test func thereAreFuzzRegressionInputs() {
        #expect(!Self.fuzzInputs.isEmpty, "Tests/Fixtures/bad-input/fuzz-*.md are missing")
    }

    @Test(arguments: fuzzInputs)
    func fuzzRegression(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        guard case .success(let source) = SourceText.decode(Array(bytes), path: name) else { return }
        _ = ModuleParser.parse(source)
        _ = ManifestParser.parse(source)
        _ = CatalogueParser.parse(source)
        for role in FileRole.allCases {
            for language in Language.allCases {
                let outcome = Formatter(language: language).formatChecked(source, role: role)
                if case .meaningWouldChange(let diagnostic) = outcome {
                    Issue.record("\(name) as a \(role) file in \(language): \(diagnostic.message)")
                }
            }
        }
    }

    /// The fuzzer's other half (fuzz/FuzzTarget.swift): every regression input as the module file
    /// and the annex catalogue of a small curriculum, checked with every rule, its findings rendered
    /// in every report format and the curriculum through the booklet and `show`'s text.
    @Test(arguments: fuzzInputs)
    func fuzzRegressionThroughCheckAndExport(_ name: String) throws {
        let input = Array(try Data(contentsOf: Self.corpus.appendingPathComponent(name)))
        let manifest = "# Fuzz\n\nTaal: nl\n\nModules:\n- module-1.md\n\nBijlagen: annexes.md\n"
        let loader = CurriculumLoader(
            fileSystem: InMemoryFileSystem(bytes: [
                "fuzz/curriculum.md": Array(manifest.utf8), "fuzz/module-1.md": input, "fuzz/annexes.md": input,
            ]))
        let report = Checker(loader: loader, rules: RuleRegistry.rules).check(paths: ["fuzz"])
        #expect(report.files.contains("fuzz/module-1.md"))
        let human = HumanRenderer(useColor: false)
        for diagnostic in report.diagnostics {
            #expect(human.render(diagnostic) { report.sources[$0] }.contains("[\(diagnostic.code.id)]: "))
        }
        #expect(JSONRenderer.render(report, toolVersion: "test").hasPrefix("{"))
        #expect(SARIFRenderer.render(report, toolVersion: "test").hasPrefix("{"))
        #expect(JUnitRenderer.render(report).hasPrefix("<?xml"))
        #expect(GitHubRenderer.render(report).count >= report.diagnostics.count)
        guard let curriculum = loader.load(folder: "fuzz").curriculum else { return }
        let booklet = BookletBuilder().document(for: curriculum)
        if let booklet {
            #expect(HTMLRenderer().render(booklet).contains("<html"))
            #expect(!MarkdownRenderer().render(booklet).isEmpty)
            #expect(!DocumentTextRenderer().render(booklet).isEmpty)
        }
        for module in curriculum.modules {
            #expect(!DocumentTextRenderer().render(ExcerptBuilder().document(for: module, in: curriculum)).isEmpty)
        }
    }

    /// Found by the fuzzer: a huge number of minutes crashed converting to Int.
    @Test(arguments: [
        "99999999999999999999 min", "1e400", "99999999999999999999999 uur", "1 - 99999999999999999999", "100001 uur",
    ])
    func hugeDurationsAreAnErrorNotACrash(_ text: String) {
        switch DurationParser.parse(text) {
        case .failure(.tooLarge), .failure(.unexpected): break
        case let other: Issue.record("'\(text)' gave \(other)")
        }
        #expect(
            DurationParser.parse("100000 uur")
                == .success(.init(value: Duration(minutes: 6_000_000), alternative: nil, remark: nil)))
    }

    /// A file system on which a listed file is gone by the time it is read (another process removed
    /// it between `kind(of:)` and `read`).
    struct VanishingFileSystem: FileSystem {
        var base: InMemoryFileSystem
        var vanishing: String
        func kind(of path: String) -> FileKind { base.kind(of: path) }
        func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> {
            path == vanishing ? .failure(.missing) : base.read(path, limit: limit)
        }
        func entries(of folder: String) -> Result<[String], FileError> { base.entries(of: folder) }
        func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
    }

    @Test func fileThatDisappearsBetweenListingAndReading() {
        let files = InMemoryFileSystem(files: [
            "course/curriculum.md": "# Cursus\n\nTaal: nl\n\nModules:\n- module-1.md\n- module-2.md\n",
            "course/module-1.md": "# Module 1: Een\n",
            "course/module-2.md": "# Module 2: Twee\n",
        ])
        let loader = CurriculumLoader(fileSystem: VanishingFileSystem(base: files, vanishing: "course/module-1.md"))
        let result = loader.load(folder: "course")
        let diagnostic = result.diagnostics.first { $0.code == .unreadableFile }
        #expect(diagnostic?.message == "'course/module-1.md' does not exist")
        #expect(diagnostic?.location == SourceLocation(file: "course/module-1.md", line: 1, column: 1))
        // The rest of the curriculum is still read.
        #expect(result.curriculum?.modules.map(\.number) == [2])
    }

    @Test func aDiagnosticOnAHugeLineShowsAWindowOfIt() {
        let line = String(repeating: "a", count: 5_000) + "FOUT" + String(repeating: "b", count: 5_000)
        guard case .success(let source) = SourceText.decode("# Module 1: x\n" + line + "\n", path: "f.md") else {
            Issue.record("did not decode")
            return
        }
        let diagnostic = Diagnostic(
            .unknownLabel, .same("here"), at: SourceLocation(file: "f.md", line: 2, column: 5_001), length: 4)
        let rendered = HumanRenderer(useColor: false).render(diagnostic) { _ in source }
        #expect(rendered.utf8.count < 1_000)
        let lines = rendered.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("2 | …aaaa"))
        #expect(lines[2].hasSuffix("bbbb…"))
        // The caret still sits under FOUT.
        let text = lines[2]
        let caret = lines[3]
        let position = text.distance(from: text.startIndex, to: text.range(of: "FOUT")?.lowerBound ?? text.startIndex)
        #expect(caret.hasSuffix("^^^^"))
        #expect(caret.count == position + 4, "caret '\(caret)' is not under FOUT in '\(text)'")
    }
}
