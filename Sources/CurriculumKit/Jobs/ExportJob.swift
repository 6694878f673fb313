/// The `export` pipeline: a plan file or a selection laid out as `plan` lays it out and built into
/// a handout, or a curriculum built into a booklet; rendered as HTML, Markdown or text.
public struct ExportJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: ExportRequest) -> ExportResult {
        var result = ExportResult()
        let loader = CurriculumLoader(fileSystem: fileSystem)
        let document: ExportDocument
        var folder: String?
        switch request.source {
        case .plan(let path):
            let loaded = ScheduledPlan.load(
                path: path, loader: loader, overrides: request.settings, autoBreaks: request.autoBreaks)
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            result.filesRead = loaded.files
            guard let schedule = loaded.schedule, let curriculum = loaded.curriculum?.speaking(request.language),
                errors.isEmpty
            else {
                result.sources = loaded.sources
                result.diagnostics = (errors.isEmpty ? loaded.diagnostics : errors).sortedByLocation()
                if loaded.plan != nil { result.diagnostics.append(.planNotExported(path)) }
                return result
            }
            folder = curriculum.folder
            document = HandoutBuilder(audience: request.audience).document(
                for: Handout(
                    schedule: schedule.speaking(request.language, curriculum: curriculum), curriculum: curriculum))
        case .selection(_, let path), .booklet(let path, _, _):
            let found = CurriculumLookup(loader: loader).load([path], commandLine: request.commandLine)
            result.filesRead = found.files
            guard let curriculum = found.curriculum?.speaking(request.language) else {
                result.diagnostics = found.diagnostics.sortedByLocation()
                result.sources = found.sources
                return result
            }
            folder = curriculum.folder
            let built: Result<ExportDocument, Diagnostic>
            switch request.source {
            case .booklet(_, let module, let level): built = booklet(of: curriculum, module: module, level: level)
            case .selection(let selection, _): built = handout(of: selection, in: curriculum, request: request)
            case .plan: return result
            }
            switch built {
            case .success(let made): document = made
            case .failure(let diagnostic):
                result.diagnostics = [diagnostic]
                return result
            }
        }
        result.document = document
        switch request.format {
        case .html: result.rendered = HTMLRenderer().render(document)
        case .pdf:
            // The browser reads the page from a temporary folder: relative links (annexes) must
            // point at the curriculum's own files.
            let base = (folder.flatMap { fileSystem.canonicalPath($0) }).map { HTMLRenderer.fileURL(ofFolder: $0) }
            result.rendered = HTMLRenderer(fileLinkBase: base).render(document)
        case .md: result.rendered = MarkdownRenderer().render(document)
        case .txt: result.rendered = DocumentTextRenderer().render(document)
        }
        return result
    }

    /// The handout of a selection, split over days at exercise boundaries as `plan --select`
    /// splits it.
    private func handout(of selection: Selection, in curriculum: Curriculum, request: ExportRequest) -> Result<
        ExportDocument, Diagnostic
    > {
        let exercises: [Exercise]
        switch selection.exercises(in: curriculum) {
        case .success(let found): exercises = found
        case .failure(let failure): return .failure(.notInCurriculum(failure, selection: selection, in: curriculum))
        }
        var metadata = request.metadata
        metadata.language = curriculum.language
        if metadata.title.isEmpty { metadata.title = Titles.handout(selection, in: curriculum) }
        guard let frame = request.settings.dayFrame ?? curriculum.manifest.dayFrame else {
            return .failure(.noDayFrame())
        }
        let policy = BreakPolicy(
            manifest: curriculum.manifest, settings: request.settings, autoBreaks: request.autoBreaks)
        let scheduled = Scheduler(curriculum: curriculum, policy: policy).split(
            exercises, frame: frame, metadata: metadata)
        // The dates fix the days; a handout never drops exercises without a word.
        if !scheduled.schedule.leftOut.isEmpty {
            return .failure(.selectionDoesNotFitDates(scheduled.schedule))
        }
        return .success(
            HandoutBuilder(audience: request.audience).document(
                for: Handout(schedule: scheduled.schedule, curriculum: curriculum)))
    }

    /// The booklet of the curriculum, of one module, or of one level of one module.
    private func booklet(of curriculum: Curriculum, module: Int?, level: Int?) -> Result<ExportDocument, Diagnostic> {
        var shown = curriculum
        if module != nil, let level {
            shown.modules = curriculum.modules.map { m in
                var copy = m
                copy.topics = m.topics.compactMap { topic in
                    var t = topic
                    t.levels = topic.levels.filter { $0.number == level }
                    return t.levels.isEmpty ? nil : t
                }
                return copy
            }
        }
        guard let document = BookletBuilder(module: module).document(for: shown) else {
            return .failure(.noModule(module ?? -1, in: curriculum))
        }
        return .success(document)
    }
}

extension Diagnostic {
    fileprivate static func selectionDoesNotFitDates(_ schedule: Schedule) -> Diagnostic {
        let days = schedule.days.count
        let ids = schedule.leftOut.map(\.id.description).joined(separator: ", ")
        return Diagnostic(
            .planHasErrors,
            en:
                "the selection does not fit in the \(days) day\(days == 1 ? "" : "s") its dates give (\(ids) left out), so no handout was written",
            nl:
                "de selectie past niet in de \(days) \(days == 1 ? "dag" : "dagen") van de data (\(ids) vallen af), dus er is geen hand-out geschreven",
            at: nil,
            hint: FixHint(
                en: "give a --date for every course day; 'curriculum plan' with the same options shows the days",
                nl: "geef elke cursusdag een --date; 'curriculum plan' met dezelfde opties toont de dagen"))
    }

    fileprivate static func planNotExported(_ path: String) -> Diagnostic {
        Diagnostic(
            .planHasErrors,
            en: "the plan has errors, so no handout was written; 'curriculum plan \(path)' shows every finding",
            nl:
                "het plan bevat fouten, dus er is geen hand-out geschreven; 'curriculum plan \(path)' toont elke melding",
            at: nil)
    }

    fileprivate static func noDayFrame() -> Diagnostic {
        Diagnostic(
            .missingPlanField, en: "the curriculum's manifest gives no day's hours ('Dagindeling')",
            nl: "curriculum.md geeft geen tijden voor een dag ('Dagindeling')", at: nil,
            hint: FixHint(en: "give them with --start and --end", nl: "geef ze met --start en --end"))
    }

    fileprivate static func noModule(_ number: Int, in curriculum: Curriculum) -> Diagnostic {
        let modules = curriculum.modules.map { "\($0.number)" }.joined(separator: ", ")
        return Diagnostic(
            .notInCurriculum, en: "'\(curriculum.title)' has no module \(number)",
            nl: "'\(curriculum.title)' heeft geen module \(number)", at: nil,
            hint: FixHint(en: "its modules are \(modules)", nl: "de modules zijn \(modules)"))
    }

    fileprivate static func notInCurriculum(
        _ failure: Selection.Failure, selection: Selection, in curriculum: Curriculum
    ) -> Diagnostic {
        let text: LocalizedText
        switch failure {
        case .unreadable(let word):
            text = LocalizedText(
                en: "'\(word)' is not an exercise ID (1.A.1.1), a topic (1.A) or a module number (1)",
                nl: "'\(word)' is geen oefeningnummer (1.A.1.1), onderwerp (1.A) of modulenummer (1)")
        case .unknown(let word, let suggestion):
            let isModule = word.hasPrefix("module")
            text = LocalizedText(
                en: "the curriculum has no \(word)"
                    + (suggestion.map { isModule ? " (its modules are \($0))" : "; did you mean \($0)?" } ?? ""),
                nl: "het curriculum heeft geen \(word)"
                    + (suggestion.map { isModule ? " (de modules zijn \($0))" : "; bedoelde je \($0)?" } ?? ""))
        case .empty:
            text = LocalizedText(
                en: "the selection holds no exercises\(selection.level.map { " at level \($0)" } ?? "")",
                nl: "de selectie bevat geen oefeningen\(selection.level.map { " op niveau \($0)" } ?? "")")
        }
        return Diagnostic(
            .notInCurriculum, text, at: nil,
            hint: FixHint(
                en: "'curriculum list \(curriculum.folder)' shows every ID and level",
                nl: "'curriculum list \(curriculum.folder)' toont elk nummer en niveau"))
    }
}
