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
//   Markdown, plain text) and `show`'s text;
// - imported as a Carpentries lesson: as its config.yaml, as its one episode, and as the body of
//   an episode after a valid front matter; an import that writes anything must write a curriculum
//   that checks without errors.
// - read by the language server's message reader, split at a point the input picks, and the frames
//   handed to an initialized `LanguageServer`; then opened in it as the module (and its text sent
//   as a JSON-RPC message) and asked for hover, definition, completion, code actions and symbols
//   at a position the input picks.
//
// - read as a plan file of that curriculum (`plans/fuzz.plan.md`), laid out, and rendered as every
//   schedule format (agenda, CSV, iCalendar, JSON, plan file) and as a handout (HTML, Markdown, text);
// - timed: the whole path above must finish within 2 s plus 40 µs per byte (inputs grow to 1 MB),
//   or do so when run a second time;
// - repeated into a longer text and run through the inline parser and renderers at two sizes, four
//   times apart: CPU time that grows faster than the size (more than 8 times, plus a margin for
//   noise, three tries) is super-linear and fails the input.
//
// The target crashes (and libFuzzer keeps the input) on a crash anywhere on that path, an
// address-sanitizer finding, when `fmt` breaks a promise (a result it would refuse, CUR802, or a
// result that does not format to itself again), or on super-linear time.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
            folder + "/plans/fuzz.plan.md": input,
        ])
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    serveAsMessages(Array(bytes))
    guard case .success(let source) = SourceText.decode(bytes, path: "fuzz.md") else { return 0 }
    func wholePath() -> Swift.Duration {
        let start = ContinuousClock.now
        parseAsEveryKind(source)
        checkFormatting(source, notation: size % 2 == 0 ? .canonical : .asWritten)
        checkAndRender(Array(bytes))
        importAsLesson(Array(bytes))
        importAsBook(Array(bytes))
        planAndRender(Array(bytes))
        return ContinuousClock.now - start
    }
    // The time budget: generous (the address sanitizer, a busy machine), but a scan in the square
    // of the size outruns it long before libFuzzer's own time limit. A run over budget is run once
    // more before it fails: a slow input is slow twice, a stall of a shared machine seldom is.
    let budget = Swift.Duration.seconds(2) + .microseconds(40 * size)
    let spent = wholePath()
    if spent > budget {
        let again = wholePath()
        if again > budget { fatalError("over the time budget: \(size) bytes took \(spent), then \(again)") }
    }
    checkLinearity(Array(bytes))
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

/// The input as a Carpentries Workbench lesson: whatever it holds, the import writes nothing or a
/// curriculum that `check` passes without errors.
private func importAsLesson(_ input: [UInt8]) {
    let config = Array("title: Fuzz\nepisodes:\n- 01-a.md\n".utf8)
    let episode = Array("---\ntitle: A\nteaching: 5\nexercises: 5\n---\n".utf8)
    for files in [
        ["lesson/config.yaml": input, "lesson/episodes/01-a.md": episode],
        ["lesson/config.yaml": config, "lesson/episodes/01-a.md": input],
        ["lesson/config.yaml": config, "lesson/episodes/01-a.md": episode + input],
    ] {
        var job = ImportCarpentriesJob(fileSystem: InMemoryFileSystem(bytes: files))
        let result = job.run(ImportCarpentriesRequest(lesson: "lesson", output: "out"))
        guard result.written != nil, let written = job.fileSystem as? InMemoryFileSystem else { continue }
        let report = Checker(loader: CurriculumLoader(fileSystem: written)).check(paths: ["out"])
        let errors = report.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { fatalError("an imported lesson fails check: \(errors.map(\.message))") }
    }
}

/// The language server on raw bytes: framing (any split of the stream), JSON, every method it
/// answers, positions anywhere. It must answer or ignore, never crash or hang.
private func serveAsMessages(_ bytes: [UInt8]) {
    var reader = MessageReader(maximumBodySize: 1 << 20)
    let split = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
    var frames: [MessageReader.Frame] = []
    reader.append(bytes[..<split])
    while let frame = reader.next() { frames.append(frame) }
    reader.append(bytes[split...])
    while let frame = reader.next() { frames.append(frame) }
    var server = LanguageServer(fileSystem: FuzzCurriculum.fileSystem(holding: bytes))
    let initialize: JSONValue = ["jsonrpc": "2.0", "id": 0, "method": "initialize", "params": ["capabilities": [:]]]
    _ = server.handle([.message(initialize)])
    _ = server.handle(frames)
    if let value = JSONValue.parse(bytes) { _ = server.handle([.message(value)]) }
    let uri: JSONValue = "file:///fuzz/module-1.md"
    let document: JSONValue = ["uri": uri]
    let position: JSONValue = ["line": .int(bytes.count % 40), "character": .int(Int(bytes.last ?? 0) % 24)]
    var messages: [MessageReader.Frame] = [
        .message([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": [
                "textDocument": [
                    "uri": uri, "languageId": "markdown", "version": 1,
                    "text": .string(String(decoding: bytes, as: UTF8.self)),
                ]
            ],
        ])
    ]
    let methods = [
        "textDocument/hover", "textDocument/definition", "textDocument/references", "textDocument/completion",
        "textDocument/documentSymbol", "textDocument/inlayHint", "textDocument/prepareRename",
    ]
    for (index, method) in methods.enumerated() {
        messages.append(
            .message([
                "jsonrpc": "2.0", "id": .int(index + 1), "method": .string(method),
                "params": ["textDocument": document, "position": position],
            ]))
    }
    messages.append(
        .message([
            "jsonrpc": "2.0", "id": 99, "method": "textDocument/codeAction",
            "params": ["textDocument": document, "range": ["start": position, "end": position], "context": [:]],
        ]))
    _ = server.handle(messages)
}

/// The input as a plan file of the curriculum (which holds the input as its module too): laid out,
/// and rendered in every schedule format and as a handout.
private func planAndRender(_ input: [UInt8]) {
    let loader = CurriculumLoader(fileSystem: FuzzCurriculum.fileSystem(holding: input))
    let loaded = ScheduledPlan.load(path: FuzzCurriculum.folder + "/plans/fuzz.plan.md", loader: loader)
    if let plan = loaded.plan { _ = PlanFileRenderer.render(plan, curriculum: loaded.curriculum) }
    guard let schedule = loaded.schedule else { return }
    _ = AgendaRenderer().render(schedule)
    _ = CSVRenderer.render(schedule)
    _ = ICSRenderer(timestamp: .init(secondsSinceEpoch: 0)).render(schedule)
    _ = ScheduleJSONRenderer.render(schedule)
    guard let curriculum = loaded.curriculum else { return }
    let handout = HandoutBuilder().document(for: Handout(schedule: schedule, curriculum: curriculum))
    _ = HTMLRenderer(fileLinkBase: "file:///fuzz/").render(handout)
    _ = MarkdownRenderer().render(handout)
    _ = DocumentTextRenderer().render(handout)
}

/// Fails the input when the inline parser and renderers take more than 8 times as long (plus 50 ms
/// for noise), three times running, on the input repeated to a text four times as long: what a
/// quadratic scan does (64,000 `[` took 7 s, 200,000 took 70 s before issue 14).
private func checkLinearity(_ input: [UInt8]) {
    // Larger inputs (up to 1 MB) go through the pipeline once, above; repeating them would
    // outrun libFuzzer's time limit under the address sanitizer.
    guard !input.isEmpty, input.count <= 65_536 else { return }
    let small = max(1, 4_096 / input.count)
    func cost(copies: Int) -> Swift.Duration {
        var repeated: [UInt8] = []
        repeated.reserveCapacity(input.count * copies)
        for _ in 0..<copies { repeated += input }
        let text = String(decoding: repeated, as: UTF8.self)
        let start = threadCPUTime()
        let spans = InlineMarkdown.parse(text)
        _ = MarkdownRenderer.inline(spans)
        _ = spans.plainText
        return threadCPUTime() - start
    }
    // Three tries: a machine that stalls the long run once is noise; a scan in the square of the
    // size fails every time.
    var measured: [String] = []
    for _ in 0..<3 {
        let short = cost(copies: small)
        let long = cost(copies: small * 4)
        if long <= short * 8 + .milliseconds(50) { return }
        measured.append("\(short) then \(long)")
    }
    fatalError(
        "super-linear: \(input.count * small) and \(input.count * small * 4) bytes took "
            + measured.joined(separator: "; "))
}

/// The CPU time this thread has used: unlike the wall clock, it does not grow while a busy machine
/// leaves the thread waiting, so a linearity verdict depends on the work done, not on the neighbours.
private func threadCPUTime() -> Swift.Duration {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
}
