import CurriculumKit
import Foundation

/// `curriculum export`: trainer and participant handouts of a plan or a selection, and reference
/// booklets of a curriculum or module, as HTML, PDF (through a headless Chromium), Markdown or
/// plain text.
enum ExportCommand: Subcommand {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Export a handout or a reference booklet as HTML, PDF, Markdown or text.",
        discussion: """
          What to export: a plan (--plan FILE), a selection laid out like 'plan' does (--select 1.A
          --level 1), or a reference booklet of the whole curriculum (--booklet) or of one module
          (--module N). A handout has a cover, the timed agenda, one page per exercise in agenda
          order, a preparation checklist with the copies to print, and a notes page;
          '--audience participants' leaves out trainer instructions and feedback.

          The format is --format, or the --output file's extension, or html. HTML, Markdown and text
          go to standard output without --output. PDF is printed by a headless Chromium or Chrome
          (found on PATH or given with --browser) and needs --output. An existing file is never
          replaced without --force; files are written atomically.
        """,
        arguments: [
            ArgumentSpec(name: "path", help: "A curriculum folder (default: the plan's curriculum, or ./curriculum).", completion: .directory),
        ],
        options: [
            OptionSpec(long: "plan", valueName: "file", help: "Export the handout of this plan file.", completion: .file),
            OptionSpec(long: "select", short: "s", valueName: "id", help: "Export a handout of these exercises, topics or modules (comma-separated or repeated).", repeatable: true),
            OptionSpec(long: "level", short: "l", valueName: "n", help: "With --select or --module: only exercises of this level."),
            OptionSpec(long: "booklet", help: "Export a reference booklet of the whole curriculum."),
            OptionSpec(long: "module", short: "m", valueName: "n", help: "Export a reference booklet of this module."),
            OptionSpec(long: "audience", short: "a", valueName: "who", help: "Who the handout is for.", choices: ["trainers", "participants"], defaultValue: "trainers"),
            OptionSpec(long: "format", short: "f", valueName: "format", help: "Output format (default: from --output's extension, else html).", choices: ["html", "pdf", "md", "txt"]),
            OptionSpec(long: "output", short: "o", valueName: "file", help: "Write to this file instead of standard output.", completion: .file),
            OptionSpec(long: "force", help: "Replace the output file if it exists."),
            OptionSpec(long: "browser", valueName: "path", help: "The Chromium or Chrome executable that prints PDFs.", completion: .file),
            OptionSpec(long: "title", valueName: "text", help: "With --select: the handout's title."),
            OptionSpec(long: "date", short: "d", valueName: "date", help: "With --select: the date of a course day (2027-03-09); repeat for several days.", repeatable: true),
            OptionSpec(long: "start", valueName: "time", help: "With --select: when the day starts (default from the manifest)."),
            OptionSpec(long: "end", valueName: "time", help: "With --select: when the day ends (default from the manifest)."),
            OptionSpec(long: "place", valueName: "text", help: "With --select: where the course takes place."),
            OptionSpec(long: "participants", valueName: "n", help: "With --select: the number of participants (sets the copies to print)."),
            OptionSpec(long: "trainers", valueName: "n|names", help: "With --select: the number of trainers, or their names (comma-separated)."),
            OptionSpec(long: "auto-breaks", help: "With --select: insert breaks and lunch where they are due, as 'plan --auto-breaks' does."),
        ],
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
        let booklet = arguments.flag("booklet")
        let moduleText = arguments.value("module")
        let modes = [planPath != nil, !selection.isEmpty, booklet || moduleText != nil].filter { $0 }.count
        if modes == 0 { return usage("Say what to export: --plan FILE, --select ID, --booklet or --module N") }
        if modes > 1 { return usage("Give only one of --plan, --select and --booklet/--module") }
        var level: Int?
        if let text = arguments.value("level") {
            guard let n = Int(text), n > 0 else { return usage("The value '\(text)' is invalid for '--level <n>': give a level number such as 1") }
            if planPath != nil || (booklet && moduleText == nil) { return usage("--level goes with --select or --module") }
            level = n
        }
        var module: Int?
        if let text = moduleText {
            let digits = text.lowercased().hasPrefix("module") ? String(text.dropFirst(6)).trimmingCharacters(in: .whitespaces) : text
            guard let n = Int(digits), n >= 0 else { return usage("The value '\(text)' is invalid for '--module <n>': give a module number such as 1") }
            module = n
        }
        if selection.isEmpty {
            for option in ["title", "date", "start", "end", "place", "trainers", "participants"] where arguments.values[option] != nil {
                return usage("--\(option) goes with --select (a plan file gives its own)")
            }
            if arguments.flag("auto-breaks") { return usage("--auto-breaks goes with --select") }
        }
        if (booklet || module != nil), arguments.values["audience"] != nil { return usage("--audience applies to handouts (--plan or --select), not to booklets") }

        let output = arguments.value("output")
        let format: Format
        if let text = arguments.value("format"), let chosen = Format(rawValue: text) {
            format = chosen
        } else if let output, let dot = output.lastIndex(of: "."), let inferred = Format(rawValue: Self.normalisedExtension(String(output[output.index(after: dot)...]))) {
            format = inferred
        } else {
            format = .html
        }
        if format == .pdf, output == nil { return usage("PDF output needs --output FILE (a PDF is not written to the terminal)") }
        if let output, !arguments.flag("force"), ExportFile.exists(output) {
            console.err(ExportFile.Failure.exists(output).message)
            return ExitStatus.failure
        }
        let audience = Handout.Audience(rawValue: arguments.value("audience") ?? "trainers") ?? .trainers
        let selectionOptions: SelectionOptions
        do { selectionOptions = try Self.selectionOptions(arguments) } catch { console.err(HelpRenderer.error(error, root: CommandTable.root)); return ExitStatus.usage }

        // What to export, as a document.
        let document: ExportDocument
        if let planPath {
            guard let built = planDocument(planPath, arguments: arguments, audience: audience, console: console) else { return ExitStatus.failure }
            document = built
        } else {
            let path = arguments.positionals.first.map { console.displayPath($0) } ?? Inputs.defaultPath
            guard let (curriculum, _) = Inputs.curriculum(arguments, console: console, path: path) else { return ExitStatus.usage }
            if !selection.isEmpty {
                guard let built = selectionDocument(selection, level: level, options: selectionOptions, curriculum: curriculum, autoBreaks: arguments.flag("auto-breaks"), audience: audience, console: console) else {
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
                    guard let built = BookletBuilder(module: module).document(for: filtered) else { return noModule(module, curriculum, console) }
                    document = built
                } else {
                    guard let built = BookletBuilder(module: module).document(for: curriculum) else { return noModule(module ?? -1, curriculum, console) }
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
            case .failure(let failure): console.err(failure.message); return ExitStatus.failure
            }
            switch printer.printPDF(html: HTMLRenderer().render(document)) {
            case .success(let pdf): bytes = pdf
            case .failure(let failure): console.err(failure.message); return ExitStatus.failure
            }
        }

        guard let output else {
            console.out(String(decoding: bytes, as: UTF8.self))
            return ExitStatus.success
        }
        if let failure = ExportFile.write(bytes, to: output, force: arguments.flag("force")) {
            console.err(failure.message)
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

    /// The handout of a plan file: read, resolved against its curriculum and laid out.
    private static func planDocument(_ planPath: String, arguments: ParsedArguments, audience: Handout.Audience, console: Console) -> ExportDocument? {
        let shown = console.displayPath(planPath)
        let loader = CurriculumLoader()
        let source: SourceText
        switch loader.source(at: shown) {
        case .success(let text): source = text
        case .failure(let diagnostic):
            _ = report([diagnostic], sources: [:], console: console)
            return nil
        }
        let parsed = PlanParser.parse(source)
        guard let plan = parsed.plan else {
            _ = report(parsed.diagnostics, sources: [shown: source], console: console)
            return nil
        }
        if report(parsed.diagnostics.filter { $0.severity == .error }, sources: [shown: source], console: console) {
            console.err("error: the plan has errors; 'curriculum plan \(shown)' shows them all\n")
            return nil
        }
        // The curriculum: the folder given, or the plan's `Curriculum:` relative to the plan file.
        var folder = arguments.positionals.first.map { console.displayPath($0) }
        if folder == nil, let written = plan.metadata.curriculum {
            let planFolder = shown.lastIndex(of: "/").map { String(shown[..<$0]) } ?? "."
            folder = written.hasPrefix("/") ? written : loader.fileSystem.join(planFolder, written)
        }
        guard let (curriculum, _) = Inputs.curriculum(arguments, console: console, path: folder ?? Inputs.defaultPath) else { return nil }
        let policy = BreakPolicy(manifest: curriculum.manifest, settings: plan.settings)
        let frame = plan.settings.dayFrame ?? curriculum.manifest.dayFrame ?? DayFrame(start: ClockTime(minutesSinceMidnight: 9 * 60), end: ClockTime(minutesSinceMidnight: 17 * 60))
        let result = Scheduler(curriculum: curriculum, policy: policy).schedule(plan, frame: frame)
        if report(result.diagnostics.filter { $0.severity == .error }, sources: [shown: source], console: console) {
            console.err("error: the plan does not resolve against '\(curriculum.title)'; 'curriculum plan \(shown)' shows every finding\n")
            return nil
        }
        return HandoutBuilder(audience: audience).document(for: Handout(schedule: result.schedule, curriculum: curriculum))
    }

    /// What `--select` handouts take from the command line besides the selection: the plan's
    /// metadata (without its language, which the curriculum gives) and the day's hours.
    struct SelectionOptions {
        var metadata = PlanMetadata()
        var start: ClockTime?
        var end: ClockTime?
    }

    /// Reads the selection's options, the same as `plan --select` reads them.
    static func selectionOptions(_ arguments: ParsedArguments) throws(UsageError) -> SelectionOptions {
        var options = SelectionOptions()
        options.metadata.title = arguments.value("title") ?? ""
        options.metadata.place = arguments.value("place")
        for text in arguments.list("date") {
            guard let date = CalendarDate(text) else {
                throw UsageError("The value '\(text)' is invalid for '--date': write an ISO date such as 2027-03-09", path: arguments.path)
            }
            options.metadata.dates.append(date)
        }
        if let text = arguments.value("participants") {
            guard let n = Int(text), n > 0 else { throw UsageError("The value '\(text)' is invalid for '--participants': give a positive whole number", path: arguments.path) }
            options.metadata.participants = n
        }
        if let text = arguments.value("trainers") {
            if let n = Int(text) {
                guard n >= 1 else { throw UsageError("The value '\(text)' is invalid for '--trainers': give at least 1", path: arguments.path) }
                options.metadata.trainerCount = n
            } else {
                options.metadata.trainers = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
        for option in ["start", "end"] {
            guard let text = arguments.value(option) else { continue }
            guard let time = ClockTime(text) else { throw UsageError("The value '\(text)' is invalid for '--\(option)': write a time such as 09:00", path: arguments.path) }
            if option == "start" { options.start = time } else { options.end = time }
        }
        if let start = options.start, let end = options.end, end <= start {
            throw UsageError("The day ends (\(end)) before or when it starts (\(start))", path: arguments.path)
        }
        return options
    }

    /// The handout of a selection, laid out from the day's start as `plan --select` lays it out.
    private static func selectionDocument(_ words: [String], level: Int?, options: SelectionOptions, curriculum: Curriculum, autoBreaks: Bool, audience: Handout.Audience, console: Console) -> ExportDocument? {
        var chosen: [Exercise] = []
        for word in words {
            guard let found = ExerciseSelection.exercises(matching: word, in: curriculum) else {
                let candidates = curriculum.exercises.map(\.id.description) + curriculum.topics.map(\.id.description) + curriculum.modules.map { "\($0.number)" }
                let suggestion = EditDistance.suggestion(for: word.uppercased(), among: candidates)
                console.err("error: '\(curriculum.title)' has no exercise, topic or module '\(word)'\n" + (suggestion.map { "  = help: did you mean \($0)?\n" } ?? "  = help: 'curriculum list' shows every ID\n"))
                return nil
            }
            for exercise in found where !chosen.contains(where: { $0.id == exercise.id }) { chosen.append(exercise) }
        }
        if let level { chosen = chosen.filter { $0.id.level == level } }
        // Course order, whatever order the words came in.
        let order = Dictionary(curriculum.exercises.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        chosen.sort { (order[$0.id] ?? 0) < (order[$1.id] ?? 0) }
        guard !chosen.isEmpty else {
            console.err("error: the selection \(words.joined(separator: ", "))\(level.map { " at level \($0)" } ?? "") holds no exercises\n  = help: 'curriculum list --level N' shows which exercises each level has\n")
            return nil
        }
        var metadata = options.metadata
        metadata.language = curriculum.language
        var frame = curriculum.manifest.dayFrame ?? DayFrame(start: ClockTime(minutesSinceMidnight: 9 * 60), end: ClockTime(minutesSinceMidnight: 17 * 60))
        if let start = options.start { frame.start = start }
        if let end = options.end { frame.end = end }
        guard frame.end > frame.start else {
            console.err("error: the day ends (\(frame.end)) before or when it starts (\(frame.start))\n  = help: give both --start and --end\n")
            return nil
        }
        let policy = BreakPolicy(manifest: curriculum.manifest, settings: PlanSettings(dayFrame: frame), autoBreaks: autoBreaks)
        let result = Scheduler(curriculum: curriculum, policy: policy).split(chosen, frame: frame, metadata: metadata)
        return HandoutBuilder(audience: audience).document(for: Handout(schedule: result.schedule, curriculum: curriculum))
    }
}
