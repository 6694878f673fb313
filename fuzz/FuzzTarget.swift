// A libFuzzer target for the whole check-and-export path: every parser, `fmt`'s guarantees, the
// rules, and the renderers of findings and of handouts.
//
// Built by fuzz/run.sh with `swiftc -sanitize=fuzzer,address -parse-as-library` together with the
// library's sources (as one module, so internal parsers are reachable). Each input is
//
// - read as a file of every kind: module, manifest, catalogue and plan file;
// - formatted in every role, and `fmt` must keep its promises;
// - imported as a course book (`import book`), and the imported folder loaded;
// - placed in a small curriculum in memory (a fixed curriculum.md, the input as its module file and
//   as its annex catalogue), checked with every rule, its findings rendered in every report format
//   (human, JSON, SARIF, JUnit, GitHub), and the curriculum rendered through the booklet (HTML,
//   Markdown, plain text) and `show`'s text.
//
// The target crashes (and libFuzzer keeps the input) on a crash anywhere on that path, an
// address-sanitizer finding, or when `fmt` breaks a promise: a result it would refuse (CUR802), a
// result that does not format to itself again.

/// The curriculum every input is checked in.
private enum FuzzCurriculum {
    static let folder = "fuzz"
    static let manifest = Array(
        """
        # Fuzz

        Taal: nl

        Niveaus:
        - 1: Kennis
        - 2: Praktijk

        Dagindeling: 09:00-16:30

        Modules:
        - module-1.md

        Bijlagen: annexes.md

        """.utf8)

    static func fileSystem(holding input: [UInt8]) -> InMemoryFileSystem {
        InMemoryFileSystem(bytes: [
            folder + "/curriculum.md": manifest, folder + "/module-1.md": input, folder + "/annexes.md": input,
        ])
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard case .success(let source) = SourceText.decode(bytes, path: "fuzz.md") else { return 0 }
    parseAsEveryKind(source)
    checkFormatting(source, notation: size % 2 == 0 ? .canonical : .asWritten)
    checkAndRender(Array(bytes))
    importAsBook(Array(bytes))
    return 0
}

/// The input as a course book: the import must not crash or hang, and what it writes must load.
private func importAsBook(_ bytes: [UInt8]) {
    guard case .success(let outcome) = BookImporter.importBook(bytes, path: "fuzz.txt", language: nil) else { return }
    var files: [String: [UInt8]] = [:]
    for file in outcome.files { files["book/" + file.name] = Array(file.text.utf8) }
    _ = CurriculumLoader(fileSystem: InMemoryFileSystem(bytes: files)).load(folder: "book")
}

private func parseAsEveryKind(_ source: SourceText) {
    _ = ModuleParser.parse(source)
    _ = ManifestParser.parse(source)
    _ = CatalogueParser.parse(source)
    _ = PlanParser.parse(source)
    for line in 1...min(source.lineCount, 64) {
        let text = source.line(line)
        _ = DurationParser.parse(text)
        _ = AnnexReferenceParser.item(text)
        _ = HeadingParser.exercise(text)
    }
}

/// fmt's promises, in the language the input's labels suggest: `formatChecked` re-parses its
/// result and formats it again, so a refusal means lost meaning or an unstable result.
/// Half the inputs in each notation (a transcription keeps spellings; see Notation).
private func checkFormatting(_ source: SourceText, notation: Notation) {
    let formatter = Formatter(language: Formatter.language(of: source), notation: notation)
    for role in FileRole.allCases {
        if case .meaningWouldChange(let diagnostic) = formatter.formatChecked(source, role: role) {
            fatalError("fmt refuses its own output as a \(role) file: \(diagnostic.message)")
        }
    }
}

/// The input as a curriculum's module and catalogue: checked with every rule, the findings and
/// the curriculum rendered in every format.
private func checkAndRender(_ input: [UInt8]) {
    let loader = CurriculumLoader(fileSystem: FuzzCurriculum.fileSystem(holding: input))
    let report = Checker(loader: loader, rules: RuleRegistry.rules).check(paths: [FuzzCurriculum.folder])
    let human = HumanRenderer(useColor: true)
    for diagnostic in report.diagnostics {
        _ = human.render(diagnostic) { report.sources[$0] }
    }
    _ = JSONRenderer.render(report, toolVersion: "fuzz")
    // SARIF's rule table only for the codes found: the full table is the same for every input (its
    // snapshot test covers it) and would take two thirds of the time of every run.
    let found = Set(report.diagnostics.map(\.code.id))
    _ = SARIFRenderer.render(
        report, toolVersion: "fuzz", codes: DiagnosticCode.all.filter { found.contains($0.id) },
        root: RepositoryRoot(path: "/", workingDirectory: "/fuzz"))
    _ = JUnitRenderer.render(report, strict: true)
    _ = GitHubRenderer.render(report)
    _ = GitLabRenderer.render(report)

    guard let curriculum = loader.load(folder: FuzzCurriculum.folder).curriculum else { return }
    if let booklet = BookletBuilder().document(for: curriculum) {
        _ = HTMLRenderer().render(booklet)
        _ = MarkdownRenderer().render(booklet)
        _ = DocumentTextRenderer().render(booklet)
    }
    let excerpts = ExcerptBuilder()
    for module in curriculum.modules {
        _ = DocumentTextRenderer().render(excerpts.document(for: module, in: curriculum))
    }
}
