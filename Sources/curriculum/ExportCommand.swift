import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum export`: trainer and participant handouts of a plan or a selection, and reference
/// booklets of a curriculum or module, as HTML, PDF (through a headless Chromium), Markdown or
/// plain text.
enum ExportCommand: Subcommand {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Export a handout or a reference booklet as HTML, PDF, Markdown or text.",
        discussion: """
              What to export: a plan (--plan FILE, which names its curriculum), a selection laid out
              as 'plan --select' lays it out (--select 1.A --level 1, with the same options), or a
              reference booklet of the whole curriculum (--booklet, the default) or of one module
              (--module N).
              A handout has a cover, the timed agenda, one page per exercise in agenda order, a
              preparation checklist with the copies to print, and a notes page;
              '--audience participants' leaves out trainer instructions and feedback.

              The format is --format, or the --output file's extension, or html. HTML, Markdown and text
              go to standard output without --output. PDF is printed by a headless Chromium or Chrome
              (found on PATH or given with --browser) and needs --output. An existing file is never
              replaced without --force; files are written atomically.
            """,
        arguments: [
            ArgumentSpec(
                name: "path", help: "A curriculum folder, for --select and booklets (default: ./curriculum).",
                completion: .directory)
        ],
        options: [
            OptionSpec(
                long: "plan", valueName: "file", help: "Export the handout of this plan file.", completion: .file),
            OptionSpec(
                long: "select", short: "s", valueName: "id",
                help: "Export a handout of these exercises, topics or modules (comma-separated or repeated).",
                repeatable: true),
            OptionSpec(
                long: "level", short: "l", valueName: "n",
                help: "With --select or --module: only exercises of this level."),
            OptionSpec(
                long: "booklet",
                help:
                    "Export a reference booklet of the whole curriculum (the default without --plan, --select or --module)."
            ),
            OptionSpec(long: "module", short: "m", valueName: "n", help: "Export a reference booklet of this module."),
            OptionSpec(
                long: "audience", short: "a", valueName: "who", help: "Who the handout is for.",
                choices: ["trainers", "participants"], defaultValue: "trainers"),
            OptionSpec(
                long: "format", short: "f", valueName: "format",
                help: "Output format (default: from --output's extension, else html).",
                choices: ["html", "pdf", "md", "txt"]),
            OptionSpec(
                long: "output", short: "o", valueName: "file", help: "Write to this file instead of standard output.",
                completion: .file),
            OptionSpec(long: "force", help: "Replace the output file if it exists."),
            OptionSpec(
                long: "browser", valueName: "path", help: "The Chromium or Chrome executable that prints PDFs.",
                completion: .file),
            OptionSpec(long: "title", valueName: "text", help: "With --select: the handout's title."),
            OptionSpec(
                long: "date", short: "d", valueName: "date",
                help: "With --select: the date of a course day (2027-03-09); repeat for several days.", repeatable: true
            ),
            OptionSpec(long: "place", valueName: "text", help: "With --select: where the course takes place."),
            OptionSpec(
                long: "participants", valueName: "n",
                help: "With --select: the number of participants (sets the copies to print)."),
            OptionSpec(
                long: "trainers", valueName: "n|names",
                help: "With --select: the number of trainers, or their names (comma-separated)."),
            OptionSpec(
                long: "auto-breaks", help: "Insert breaks and lunch where they are due, as 'plan --auto-breaks' does."),
        ] + TimingOptions.all,
        examples: [
            "curriculum export --plan plans/dinsdag.plan.md --output dinsdag.pdf",
            "curriculum export curriculum/igma-femina --select 1.A --level 1 --date 2027-03-09 --participants 12 --trainers 2 --format md",
            "curriculum export curriculum/igma-femina --module 1 --output module-1.html",
            "curriculum export --plan plans/dinsdag.plan.md --audience participants --format txt",
        ]
    )

    enum Format: String { case html, pdf, md, txt }

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        func usage(_ message: String) -> Int32 {
            console.err(HelpRenderer.error(UsageError(message, path: arguments.path), root: CommandTable.root))
            return ExitStatus.usage
        }
        let planPath = arguments.value("plan")
        let selection = arguments.list("select")
        let moduleText = arguments.value("module")
        // Without --plan or --select, a curriculum folder exports as its reference booklet.
        let booklet = arguments.flag("booklet") || (planPath == nil && selection.isEmpty && moduleText == nil)
        let modes = [planPath != nil, !selection.isEmpty, arguments.flag("booklet") || moduleText != nil].filter { $0 }
            .count
        if modes > 1 { return usage("Give only one of --plan, --select and --booklet/--module") }
        var level: Int?
        if let text = arguments.value("level") {
            guard let n = Int(text), n > 0 else {
                return usage("The value '\(text)' is invalid for '--level <n>': give a level number such as 1")
            }
            if planPath != nil || (booklet && moduleText == nil) {
                return usage("--level goes with --select or --module")
            }
            level = n
        }
        var module: Int?
        if let text = moduleText {
            let digits = text.lowercased().hasPrefix("module") ? String(text.dropFirst(6)).trimmingSpaces() : text
            guard let n = Int(digits), n >= 0 else {
                return usage("The value '\(text)' is invalid for '--module <n>': give a module number such as 1")
            }
            module = n
        }
        if selection.isEmpty {
            for option in ["title", "date", "place", "trainers", "participants"] where arguments.values[option] != nil {
                return usage("--\(option) goes with --select (a plan file gives its own)")
            }
        }
        if booklet || module != nil {
            for option in ["start", "end", "max-stretch", "break-minutes", "lunch", "lunch-minutes", "transition"]
            where arguments.values[option] != nil {
                return usage("--\(option) times a handout (--plan or --select); a booklet has no agenda")
            }
            if arguments.flag("auto-breaks") {
                return usage("--auto-breaks times a handout (--plan or --select); a booklet has no agenda")
            }
        }
        if planPath != nil, !arguments.positionals.isEmpty {
            return usage(
                "A plan names its own curriculum ('Curriculum:' in the plan); give no curriculum folder with --plan")
        }
        if booklet || module != nil, arguments.values["audience"] != nil {
            return usage("--audience applies to handouts (--plan or --select), not to booklets")
        }

        let output = arguments.value("output")
        let format: Format
        if let text = arguments.value("format"), let chosen = Format(rawValue: text) {
            format = chosen
        } else if let output, let dot = output.lastIndex(of: "."),
            let inferred = Format(rawValue: Self.normalisedExtension(String(output[output.index(after: dot)...])))
        {
            format = inferred
        } else {
            format = .html
        }
        if format == .pdf, output == nil {
            return usage("PDF output needs --output FILE (a PDF is not written to the terminal)")
        }
        if let output, !arguments.flag("force"), LocalFileSystem().exists(output) {
            console.report([FileWriteError.exists.diagnostic(path: output, alternative: "choose another --output")])
            return ExitStatus.failure
        }
        let audience = Handout.Audience(rawValue: arguments.value("audience") ?? "trainers") ?? .trainers
        let selectionOptions: SelectionOptions
        let overrides: PlanSettings
        do {
            selectionOptions = try Self.selectionOptions(arguments)
            // The timing options read exactly as `plan` reads them.
            overrides = try arguments.timingSettings()
        } catch {
            console.err(HelpRenderer.error(error, root: CommandTable.root))
            return ExitStatus.usage
        }
        var selected: Selection?
        if !selection.isEmpty {
            switch Selection.parse(selection, level: level) {
            case .success(let parsed): selected = parsed
            case .failure(let failure): return usage(Self.message(failure, arguments: arguments))
            }
        }

        // What to export, as a document.
        let document: ExportDocument
        if let planPath {
            switch planDocument(
                planPath, overrides: overrides, autoBreaks: arguments.flag("auto-breaks"), audience: audience,
                console: console)
            {
            case .success(let built): document = built
            case .failure(let status): return status.code
            }
        } else {
            let path = arguments.positionals.first.map { console.displayPath($0) } ?? Inputs.defaultPath
            guard let (curriculum, _) = Inputs.curriculum(arguments, console: console, path: path) else {
                return ExitStatus.usage
            }
            if let selected {
                let exercises: [Exercise]
                switch selected.exercises(in: curriculum) {
                case .success(let found): exercises = found
                case .failure(let failure):
                    console.err(
                        "error: " + Self.message(failure, arguments: arguments)
                            + "\n  = help: 'curriculum list \(curriculum.folder)' shows every ID and level\n")
                    return ExitStatus.failure
                }
                var options = selectionOptions
                if options.metadata.title.isEmpty { options.metadata.title = Self.title(of: selected, in: curriculum) }
                guard
                    let built = selectionDocument(
                        exercises, options: options, overrides: overrides, curriculum: curriculum,
                        autoBreaks: arguments.flag("auto-breaks"), audience: audience, console: console)
                else {
                    return ExitStatus.failure
                }
                document = built
            } else {
                if let module, let level {
                    // A booklet of one level of one module: the module with only that level.
                    var filtered = curriculum
                    filtered.modules = curriculum.modules.map { m in
                        var copy = m
                        copy.topics = m.topics.compactMap { topic in
                            var t = topic
                            t.levels = topic.levels.filter { $0.number == level }
                            return t.levels.isEmpty ? nil : t
                        }
                        return copy
                    }
                    guard let built = BookletBuilder(module: module).document(for: filtered) else {
                        return noModule(module, curriculum, console)
                    }
                    document = built
                } else {
                    guard let built = BookletBuilder(module: module).document(for: curriculum) else {
                        return noModule(module ?? -1, curriculum, console)
                    }
                    document = built
                }
            }
        }

        // Rendered.
        let bytes: Data
        switch format {
        case .html: bytes = Data(HTMLRenderer().render(document).utf8)
        case .md: bytes = Data(MarkdownRenderer().render(document).utf8)
        case .txt: bytes = Data(DocumentTextRenderer().render(document).utf8)
        case .pdf:
            let printer: BrowserPrinter
            switch BrowserPrinter.find(given: arguments.value("browser"), environment: console.environment) {
            case .success(let found): printer = found
            case .failure(let failure):
                console.err(failure.message)
                return ExitStatus.failure
            }
            switch printer.printPDF(html: HTMLRenderer().render(document)) {
            case .success(let pdf): bytes = pdf
            case .failure(let failure):
                console.err(failure.message)
                return ExitStatus.failure
            }
        }

        guard let output else {
            console.out(String(decoding: bytes, as: UTF8.self))
            return ExitStatus.success
        }
        let disk = LocalFileSystem()
        if case .failure(let failure) = disk.write(
            Array(bytes), to: output, overwrite: arguments.flag("force") ? .allowed : .never)
        {
            console.report([failure.diagnostic(path: output, alternative: "choose another --output")])
            return ExitStatus.failure
        }
        return ExitStatus.success
    }

    /// `htm` → `html`, `markdown` → `md`, `text` → `txt`.
    static func normalisedExtension(_ text: String) -> String {
        switch text.lowercased() {
        case "htm", "html": return "html"
        case "markdown", "md": return "md"
        case "text", "txt": return "txt"
        default: return text.lowercased()
        }
    }

    private static func noModule(_ number: Int, _ curriculum: Curriculum, _ console: Console) -> Int32 {
        let numbers = curriculum.modules.map { "\($0.number)" }.joined(separator: ", ")
        console.err("error: '\(curriculum.title)' has no module \(number)\n  = help: its modules are \(numbers)\n")
        return ExitStatus.failure
    }

    /// Prints findings; returns whether any is an error.
    private static func report(_ diagnostics: [Diagnostic], sources: [String: SourceText], console: Console) -> Bool {
        let renderer = HumanRenderer(useColor: console.useColor(onDescriptor: 2))
        for diagnostic in diagnostics.sortedByLocation() {
            console.err(renderer.render(diagnostic) { sources[$0] })
        }
        return diagnostics.contains { $0.severity == .error }
    }

    /// An exit status carried as an error, so a step can fail with the right code.
    struct Exit: Error { var code: Int32 }

    /// The handout of a plan file: read, resolved against the curriculum it names and laid out, as
    /// `plan PLAN` lays it out. A plan with errors is not exported: its findings are printed.
    private static func planDocument(
        _ planPath: String, overrides: PlanSettings, autoBreaks: Bool, audience: Handout.Audience, console: Console
    ) -> Result<ExportDocument, Exit> {
        let shown = console.displayPath(planPath)
        let loaded = ScheduledPlan.load(path: shown, overrides: overrides, autoBreaks: autoBreaks)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard let schedule = loaded.schedule, let curriculum = loaded.curriculum, errors.isEmpty else {
            _ = report(errors.isEmpty ? loaded.diagnostics : errors, sources: loaded.sources, console: console)
            let unreadable =
                loaded.plan == nil
                || loaded.diagnostics.contains {
                    [DiagnosticCode.unreadableFile, .notAFile, .fileTooLarge, .invalidUTF8, .binaryFile, .emptyFile]
                        .contains($0.code)
                }
            if loaded.plan != nil {
                console.err(
                    "error: the plan has errors, so no handout was written; 'curriculum plan \(shown)' shows every finding\n"
                )
            }
            return .failure(Exit(code: unreadable ? ExitStatus.usage : ExitStatus.failure))
        }
        return .success(
            HandoutBuilder(audience: audience).document(for: Handout(schedule: schedule, curriculum: curriculum)))
    }

    /// An untitled selection's title, from what it selects: `1.A Profiel van de professional ·
    /// Niveau 1`, `Module 2: Loopbaan advisering…`.
    static func title(of selection: Selection, in curriculum: Curriculum) -> String {
        let labels = Labels(curriculum.language)
        var parts = selection.terms.map { term -> String in
            switch term {
            case .exercise(let id): return curriculum.exercise(id: id).map { "\($0.id) \($0.title)" } ?? id.description
            case .topic(let id): return curriculum.topic(id: id).map { "\($0.id) \($0.title)" } ?? id.description
            case .module(let n):
                return curriculum.module(number: n).map { "\(labels.module) \(n): \($0.title)" }
                    ?? "\(labels.module) \(n)"
            }
        }.joined(separator: ", ")
        if let level = selection.level {
            parts +=
                " · "
                + (curriculum.levelName(level).map { "\(labels.level) \(level): \($0)" } ?? "\(labels.level) \(level)")
        }
        return parts
    }

    /// A selection that cannot be made, in words.
    static func message(_ failure: Selection.Failure, arguments: ParsedArguments) -> String {
        switch failure {
        case .unreadable(let word):
            return "'\(word)' given to '--select' is not an exercise ID (1.A.1.1), a topic (1.A) or a module number (1)"
        case .unknown(let word, let suggestion):
            return "the curriculum has no \(word)"
                + (suggestion.map { word.hasPrefix("module") ? " (its modules are \($0))" : "; did you mean \($0)?" }
                    ?? "")
        case .empty:
            return "the selection holds no exercises\(arguments.value("level").map { " at level \($0)" } ?? "")"
        }
    }

    /// What `--select` handouts take from the command line besides the selection and the timing:
    /// the plan's metadata, without its language (the curriculum gives that).
    struct SelectionOptions {
        var metadata = PlanMetadata()
    }

    /// Reads the selection's options, the same as `plan --select` reads them.
    static func selectionOptions(_ arguments: ParsedArguments) throws(UsageError) -> SelectionOptions {
        var options = SelectionOptions()
        options.metadata.title = arguments.value("title") ?? ""
        options.metadata.place = arguments.value("place")
        for text in arguments.list("date") {
            guard let date = CalendarDate(text) else {
                throw UsageError(
                    "The value '\(text)' is invalid for '--date': write an ISO date such as 2027-03-09",
                    path: arguments.path)
            }
            options.metadata.dates.append(date)
        }
        if let text = arguments.value("participants") {
            guard let n = Int(text), n > 0 else {
                throw UsageError(
                    "The value '\(text)' is invalid for '--participants': give a positive whole number",
                    path: arguments.path)
            }
            options.metadata.participants = n
        }
        if let text = arguments.value("trainers") {
            if let n = Int(text) {
                guard n >= 1 else {
                    throw UsageError(
                        "The value '\(text)' is invalid for '--trainers': give at least 1", path: arguments.path)
                }
                options.metadata.trainerCount = n
            } else {
                options.metadata.trainers = text.split(separator: ",").map { $0.trimmingSpaces() }.filter {
                    !$0.isEmpty
                }
            }
        }
        return options
    }

    /// The handout of a selection, split over days at exercise boundaries as `plan --select`
    /// splits it.
    private static func selectionDocument(
        _ exercises: [Exercise], options: SelectionOptions, overrides: PlanSettings, curriculum: Curriculum,
        autoBreaks: Bool, audience: Handout.Audience, console: Console
    ) -> ExportDocument? {
        var metadata = options.metadata
        metadata.language = curriculum.language
        guard let frame = overrides.dayFrame ?? curriculum.manifest.dayFrame else {
            console.err(
                "error: the curriculum's manifest gives no day's hours ('Dagindeling')\n  = help: give them with --start and --end\n"
            )
            return nil
        }
        let policy = BreakPolicy(manifest: curriculum.manifest, settings: overrides, autoBreaks: autoBreaks)
        let result = Scheduler(curriculum: curriculum, policy: policy).split(
            exercises, frame: frame, metadata: metadata)
        return HandoutBuilder(audience: audience).document(
            for: Handout(schedule: result.schedule, curriculum: curriculum))
    }
}
