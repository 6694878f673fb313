import CurriculumKit

/// The options of `plan`, declared once (the command table, help, man page and completions read
/// them from here), and read once into a `PlanRequest`.
enum PlanOptions {
    static let curriculum = OptionSpec(
        long: "curriculum", short: "c", valueName: "path",
        help:
            "The curriculum folder, without a plan file (default: the nearest curriculum upwards, else ./curriculum).",
        completion: .directory)
    static let select = OptionSpec(
        long: "select", short: "s", valueName: "ids",
        help: "Exercise IDs, topics (1.A) or modules (1), comma-separated or repeated.", repeatable: true,
        completion: .exerciseIDs)
    static let level = OptionSpec(long: "level", valueName: "n", help: "Only exercises of this level.")
    static let fill = OptionSpec(
        long: "fill", help: "Choose the exercises that cover the most --topics or --goals within the day.")
    static let topics = OptionSpec(
        long: "topics", valueName: "ids", help: "With --fill: the topics to cover (1.A,1.B) or modules (2).",
        repeatable: true, completion: .topics)
    static let goals = OptionSpec(
        long: "goals", valueName: "ids", help: "With --fill: cover the learning goals of these topics or modules.",
        repeatable: true, completion: .topics)
    static let balance = OptionSpec(
        long: "balance", help: "With --select: even the days out (the longest day as short as it can be), in order.")
    static let days = OptionSpec(long: "days", valueName: "n", help: "At most this many days; lists what does not fit.")
    static let metadata = MetadataOptions(
        title: OptionSpec(long: "title", valueName: "text", help: "The plan's title."),
        date: OptionSpec(
            long: "date", short: "d", valueName: "date",
            help: "The date of a course day (2027-03-09); repeat for several days.", repeatable: true),
        place: OptionSpec(long: "place", valueName: "text", help: "Where the course takes place."),
        participants: OptionSpec(long: "participants", valueName: "n", help: "The number of participants."),
        trainers: OptionSpec(
            long: "trainers", valueName: "n|names", help: "The number of trainers, or their names (comma-separated)."))
    static let autoBreaks = OptionSpec(
        long: "auto-breaks", help: "Insert breaks and lunch where they are due instead of suggesting them.")
    static let buffer = OptionSpec(
        long: "buffer", valueName: "percent", help: "Slack each day must keep, in percent of the day (10%).")
    static let format = OptionSpec(
        long: "format", short: "f", valueName: "format", help: "Output format.",
        choices: PlanRequest.Format.allCases.map(\.rawValue), defaultValue: "text")
    static let timezone = OptionSpec(
        long: "timezone", valueName: "tzid", help: "The time zone of ICS events.",
        choices: ICSRenderer.supportedTimeZones, defaultValue: "Europe/Amsterdam")
    static let icsPerDay = OptionSpec(
        long: "ics-per-day", help: "With --format ics: one event per day instead of one per exercise and lunch.")
    static let write = OptionSpec(
        long: "write", short: "w", valueName: "plan", help: "Save the plan as a plan file (*.plan.md) to edit further.",
        completion: .file)
    static let force = OptionSpec(long: "force", help: "With --write: replace an existing file.")
    static let calibrate = OptionSpec(
        long: "calibrate", valueName: "plans",
        help: "Plan on the actual times of delivered plan files or a folder of them (comma-separated or repeated).",
        repeatable: true, completion: .planFiles)
    static let color = OptionSpec(
        long: "color", valueName: "when", help: "Colour the diagnostics.", choices: ["auto", "always", "never"],
        defaultValue: "auto")

    /// In the order help lists them.
    static let all: [OptionSpec] =
        [curriculum, select, level, fill, topics, goals, metadata.date, TimingOptions.start, TimingOptions.end, days]
        + [balance]
        + [metadata.title, metadata.place, metadata.participants, metadata.trainers, autoBreaks]
        + TimingOptions.breakPolicy + [buffer, calibrate, format, timezone, icsPerDay, write, force, color]

    /// The request the command line makes; every option is read here and nowhere else.
    static func request(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> PlanRequest {
        // A folder given where the plan goes is the curriculum to plan from.
        var curriculumPath = arguments.value(curriculum)
        var planArgument = arguments.positionals.first
        if let given = planArgument, !given.hasSuffix(PlanParser.fileSuffix),
            LocalFileSystem().kind(of: given) == .directory
        {
            guard curriculumPath == nil else {
                throw arguments.usage(
                    en: "give the curriculum either as '\(given)' or with --curriculum, not both",
                    nl: "geef het curriculum als '\(given)' of met --curriculum, niet allebei")
            }
            curriculumPath = given
            planArgument = nil
        }
        var request: PlanRequest
        if let planPath = planArgument {
            if let option = arguments.firstGiven(of: [select, fill, topics, goals, level, days, balance]) {
                throw arguments.usage(
                    en:
                        "'--\(option.long)' builds a plan without a file; it cannot be combined with the plan file '\(planPath)'",
                    nl:
                        "'--\(option.long)' stelt een plan samen zonder bestand; dat gaat niet samen met het planbestand '\(planPath)'"
                )
            }
            let described = [metadata.date, metadata.title, metadata.place, metadata.participants, metadata.trainers]
            if let option = arguments.firstGiven(of: described + [curriculum]) {
                throw arguments.usage(
                    en:
                        "'--\(option.long)' describes a plan built without a file; the plan file '\(planPath)' says this itself (edit its fields)",
                    nl:
                        "'--\(option.long)' beschrijft een plan zonder bestand; het planbestand '\(planPath)' zegt dit zelf (pas de velden daar aan)"
                )
            }
            request = PlanRequest(source: .planFile(console.displayPath(planPath)))
        } else {
            request = PlanRequest(source: try source(arguments))
            request.curriculumPath = Inputs.curriculumPath(curriculumPath, console: console)
            request.metadata = try arguments.metadata(metadata)
            request.level = try arguments.number(level, minimum: 0)
            request.maximumDays = try arguments.number(days, minimum: 1)
            request.balance = arguments.isSet(balance)
        }
        request.settings = try arguments.timingSettings()
        if let text = arguments.value(buffer) {
            let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
            guard let percent = Int(digits), (0...90).contains(percent) else {
                throw arguments.usage(
                    en: "the value '\(text)' is invalid for '--buffer': give a percentage from 0 to 90, such as 10%",
                    nl: "de waarde '\(text)' past niet bij '--buffer': geef een percentage van 0 tot 90, zoals 10%")
            }
            request.settings.bufferPercent = percent
        }
        request.autoBreaks = arguments.isSet(autoBreaks)
        request.format = arguments.value(format).flatMap(PlanRequest.Format.init(rawValue:)) ?? .text
        request.timeZone = arguments.value(timezone) ?? ICSRenderer.defaultTimeZone
        request.icsPerDay = arguments.isSet(icsPerDay)
        if request.icsPerDay, request.format != .ics {
            throw arguments.usage(
                en: "'--ics-per-day' shapes a calendar; give it with --format ics",
                nl: "'--ics-per-day' bepaalt de vorm van een agenda; geef het samen met --format ics")
        }
        request.timestamp = console.timestamp
        request.commandLine = arguments.commandLine
        request.language = arguments.global.language
        request.calibration = arguments.list(calibrate).map(console.displayPath)
        if let target = arguments.value(write) {
            request.planFile = PlanRequest.PlanFileTarget(
                path: console.displayPath(target), overwrite: arguments.isSet(force) ? .allowed : .never,
                workingDirectory: console.currentDirectory)
        }
        return request
    }

    /// A selection, or a fill of topics or goals.
    private static func source(_ arguments: ParsedArguments) throws(UsageError) -> PlanRequest.Source {
        guard arguments.isSet(fill) else {
            guard arguments.isGiven(select) else {
                throw arguments.usage(
                    en: "give a plan file, or build one with --select IDS (or --fill --topics IDS)",
                    nl: "geef een planbestand, of stel er een samen met --select IDS (of --fill --topics IDS)")
            }
            return .selection(arguments.list(select))
        }
        if arguments.isSet(balance) {
            throw arguments.usage(
                en: "'--fill' plans one day; '--balance' evens out the days of a --select",
                nl: "'--fill' plant één dag; '--balance' verdeelt de dagen van een --select gelijkmatig")
        }
        if arguments.isGiven(select) {
            throw arguments.usage(
                en: "'--fill' chooses the exercises itself; give --topics or --goals instead of --select",
                nl: "'--fill' kiest de oefeningen zelf; geef --topics of --goals in plaats van --select")
        }
        switch (arguments.list(topics), arguments.list(goals)) {
        case (let topics, []) where !topics.isEmpty: return .fill(.topics, topics)
        case ([], let goals) where !goals.isEmpty: return .fill(.goals, goals)
        case ([], []):
            throw arguments.usage(
                en: "'--fill' needs --topics IDS or --goals IDS: what the day should cover",
                nl: "'--fill' heeft --topics IDS of --goals IDS nodig: wat de dag moet afdekken")
        default:
            throw arguments.usage(
                en: "give either --topics or --goals to --fill, not both",
                nl: "geef --fill óf --topics óf --goals, niet allebei")
        }
    }
}
