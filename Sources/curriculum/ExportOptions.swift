import CurriculumKit

/// The options of `export`, declared once, and read once into an `ExportRequest` with every
/// combination that cannot work refused as a usage error.
enum ExportOptions {
    static let plan = OptionSpec(
        long: "plan", valueName: "file",
        help: "Export the handout of this plan file; repeat for several (with --output-dir).", repeatable: true,
        completion: .planFiles)
    static let select = OptionSpec(
        long: "select", short: "s", valueName: "id",
        help: "Export a handout of these exercises, topics or modules (comma-separated or repeated).", repeatable: true,
        completion: .exerciseIDs)
    static let level = OptionSpec(
        long: "level", short: "l", valueName: "n", help: "With --select or --module: only exercises of this level.")
    static let booklet = OptionSpec(
        long: "booklet",
        help: "Export a reference booklet of the whole curriculum (the default without --plan, --select or --module).")
    static let module = OptionSpec(
        long: "module", short: "m", valueName: "n", help: "Export a reference booklet of this module.")
    static let audience = OptionSpec(
        long: "audience", short: "a", valueName: "who", help: "Who the handout is for.",
        choices: Handout.Audience.allCases.map(\.rawValue), defaultValue: "trainers")
    static let format = OptionSpec(
        long: "format", short: "f", valueName: "format",
        help: "Output format (default: from --output's extension, else html).",
        choices: ExportRequest.Format.allCases.map(\.rawValue))
    static let output = OptionSpec(
        long: "output", short: "o", valueName: "file", help: "Write to this file instead of standard output.",
        completion: .file)
    static let outputFolder = OptionSpec(
        long: "output-dir", valueName: "folder",
        help: "With --plan: write each plan's handout into this folder, named after the plan file.",
        completion: .directory)
    static let force = OptionSpec(long: "force", help: "Replace the output file if it exists.")
    static let browser = OptionSpec(
        long: "browser", valueName: "path", help: "The Chromium or Chrome executable that prints PDFs.",
        completion: .file)
    static let metadata = MetadataOptions(
        title: OptionSpec(long: "title", valueName: "text", help: "With --select: the handout's title."),
        date: OptionSpec(
            long: "date", short: "d", valueName: "date",
            help: "With --select: the date of a course day (2027-03-09); repeat for several days.", repeatable: true),
        place: OptionSpec(long: "place", valueName: "text", help: "With --select: where the course takes place."),
        participants: OptionSpec(
            long: "participants", valueName: "n",
            help: "With --select: the number of participants (sets the copies to print)."),
        trainers: OptionSpec(
            long: "trainers", valueName: "n|names",
            help: "With --select: the number of trainers, or their names (comma-separated)."))
    static let autoBreaks = OptionSpec(
        long: "auto-breaks", help: "Insert breaks and lunch where they are due, as 'plan --auto-breaks' does.")

    /// In the order help lists them.
    static let all: [OptionSpec] =
        [plan, select, level, booklet, module, audience, format, output, outputFolder, force, browser]
        + [metadata.title, metadata.date, metadata.place, metadata.participants, metadata.trainers, autoBreaks]
        + TimingOptions.all

    /// The request the command line makes; every option is read here and nowhere else.
    static func request(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExportRequest {
        let plans = arguments.all(plan)
        let planPath = plans.first
        try ExportBatch.checkOutputs(arguments, plans: plans)
        let words = arguments.list(select)
        let moduleText = arguments.value(module)
        // Without --plan or --select, a curriculum folder exports as its reference booklet.
        let isBooklet = arguments.isSet(booklet) || (planPath == nil && words.isEmpty && moduleText == nil)
        let modes = [planPath != nil, !words.isEmpty, arguments.isSet(booklet) || moduleText != nil]
        if modes.filter({ $0 }).count > 1 {
            throw arguments.usage(
                en: "give only one of --plan, --select and --booklet/--module",
                nl: "geef maar één van --plan, --select en --booklet/--module")
        }
        var levelNumber: Int?
        if let text = arguments.value(level) {
            guard let n = Int(text), n > 0 else {
                throw arguments.usage(
                    en: "the value '\(text)' is invalid for '--level <n>': give a level number such as 1",
                    nl: "de waarde '\(text)' past niet bij '--level <n>': geef een niveaunummer, zoals 1")
            }
            if planPath != nil || (isBooklet && moduleText == nil) {
                throw arguments.usage(
                    en: "--level goes with --select or --module", nl: "--level hoort bij --select of --module")
            }
            levelNumber = n
        }
        var moduleNumber: Int?
        if let text = moduleText {
            let digits = text.lowercased().hasPrefix("module") ? String(text.dropFirst(6)).trimmingSpaces() : text
            guard let n = Int(digits), n >= 0 else {
                throw arguments.usage(
                    en: "the value '\(text)' is invalid for '--module <n>': give a module number such as 1",
                    nl: "de waarde '\(text)' past niet bij '--module <n>': geef een modulenummer, zoals 1")
            }
            moduleNumber = n
        }
        if words.isEmpty, let option = arguments.firstGiven(of: metadata.all) {
            throw arguments.usage(
                en: "--\(option.long) goes with --select (a plan file gives its own)",
                nl: "--\(option.long) hoort bij --select (een planbestand geeft dit zelf)")
        }
        if isBooklet || moduleNumber != nil {
            if let option = arguments.firstGiven(of: TimingOptions.all + [autoBreaks]) {
                throw arguments.usage(
                    en: "--\(option.long) times a handout (--plan or --select); a booklet has no agenda",
                    nl:
                        "--\(option.long) geeft een hand-out tijden (--plan of --select); een naslagboekje heeft geen agenda"
                )
            }
            if arguments.isGiven(audience) {
                throw arguments.usage(
                    en: "--audience applies to handouts (--plan or --select), not to booklets",
                    nl: "--audience geldt voor hand-outs (--plan of --select), niet voor naslagboekjes")
            }
        }
        if planPath != nil, !arguments.positionals.isEmpty {
            throw arguments.usage(
                en:
                    "a plan names its own curriculum ('Curriculum:' in the plan); give no curriculum folder with --plan",
                nl:
                    "een plan noemt zelf zijn curriculum ('Curriculum:' in het plan); geef bij --plan geen curriculummap"
            )
        }
        let format =
            arguments.value(format).flatMap(ExportRequest.Format.init(rawValue:))
            ?? arguments.value(output).flatMap(ExportRequest.Format.init(fileName:)) ?? .html
        if format == .pdf, arguments.value(output) == nil, arguments.value(outputFolder) == nil {
            throw arguments.usage(
                en: "PDF output needs --output FILE (a PDF is not written to the terminal)",
                nl: "voor PDF is --output BESTAND nodig (een PDF gaat niet naar de terminal)")
        }
        let curriculumPath = Inputs.curriculumPath(arguments.positionals.first, console: console)
        var request: ExportRequest
        if let planPath {
            request = ExportRequest(source: .plan(console.displayPath(planPath)))
        } else if !words.isEmpty {
            switch Selection.parse(words, level: levelNumber) {
            case .success(let selection):
                request = ExportRequest(source: .selection(selection, curriculumPath: curriculumPath))
            case .failure(let failure): throw usage(failure, level: levelNumber, arguments: arguments)
            }
        } else {
            request = ExportRequest(
                source: .booklet(curriculumPath: curriculumPath, module: moduleNumber, level: levelNumber))
        }
        request.format = format
        request.audience = arguments.value(audience).flatMap(Handout.Audience.init(rawValue:)) ?? .trainers
        request.metadata = try arguments.metadata(metadata)
        request.settings = try arguments.timingSettings()
        request.autoBreaks = arguments.isSet(autoBreaks)
        request.commandLine = arguments.commandLine
        request.language = arguments.global.language
        return request
    }

    /// A selection that cannot be read, in words.
    private static func usage(_ failure: Selection.Failure, level: Int?, arguments: ParsedArguments) -> UsageError {
        switch failure {
        case .unreadable(let word):
            return arguments.usage(
                en:
                    "'\(word)' given to '--select' is not an exercise ID (1.A.1.1), a topic (1.A) or a module number (1)",
                nl: "'\(word)' bij '--select' is geen oefeningnummer (1.A.1.1), onderwerp (1.A) of modulenummer (1)")
        case .unknown(let word, _):
            return arguments.usage(en: "the curriculum has no \(word)", nl: "het curriculum heeft geen \(word)")
        case .empty:
            return arguments.usage(
                en: "the selection holds no exercises\(level.map { " at level \($0)" } ?? "")",
                nl: "de selectie bevat geen oefeningen\(level.map { " op niveau \($0)" } ?? "")")
        }
    }
}
