import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `curriculum plan`: lays a plan file, or a selection of exercises, onto clock times and says
/// whether each day fits.
enum PlanCommand: Subcommand {
    static let spec = CommandSpec(
        name: "plan",
        abstract: "Lay exercises onto course days with clock times, and check that every day fits.",
        discussion: """
              With a plan file (*.plan.md, see docs/plans.md), prints its timed agenda: the start and end
              of every item, the end of each day and the verdict. Without one, builds the agenda from
              --select (exercise IDs, topics, modules; curriculum order), splitting it over days at
              exercise boundaries, or from --fill, which chooses the exercises covering the most
              requested topics or goals within the day. --write saves the result as a plan file.
              Exit status: 0 when every day fits, 1 when a day is over budget, an exercise does not
              fit or the plan has errors, 2 for a usage error or unreadable input.
            """,
        arguments: [
            ArgumentSpec(
                name: "plan", help: "A plan file (*.plan.md). Without it, --select or --fill builds the plan.",
                completion: .file)
        ],
        options: [
            OptionSpec(
                long: "curriculum", short: "c", valueName: "path",
                help: "The curriculum folder, without a plan file (default: ./curriculum).", completion: .directory),
            OptionSpec(
                long: "select", short: "s", valueName: "ids",
                help: "Exercise IDs, topics (1.A) or modules (1), comma-separated or repeated.", repeatable: true),
            OptionSpec(long: "level", valueName: "n", help: "Only exercises of this level."),
            OptionSpec(
                long: "fill", help: "Choose the exercises that cover the most --topics or --goals within the day."),
            OptionSpec(
                long: "topics", valueName: "ids", help: "With --fill: the topics to cover (1.A,1.B) or modules (2).",
                repeatable: true),
            OptionSpec(
                long: "goals", valueName: "ids",
                help: "With --fill: cover the learning goals of these topics or modules.", repeatable: true),
            OptionSpec(
                long: "date", short: "d", valueName: "date",
                help: "The date of a course day (2027-03-09); repeat for several days.", repeatable: true),
            PlanCommand.timingOptions[0],
            PlanCommand.timingOptions[1],
            OptionSpec(long: "days", valueName: "n", help: "At most this many days; lists what does not fit."),
            OptionSpec(long: "title", valueName: "text", help: "The plan's title."),
            OptionSpec(long: "place", valueName: "text", help: "Where the course takes place."),
            OptionSpec(long: "participants", valueName: "n", help: "The number of participants."),
            OptionSpec(
                long: "trainers", valueName: "n|names",
                help: "The number of trainers, or their names (comma-separated)."),
            OptionSpec(
                long: "auto-breaks", help: "Insert breaks and lunch where they are due instead of suggesting them."),
        ] + PlanCommand.timingOptions.dropFirst(2) + [
            OptionSpec(
                long: "buffer", valueName: "percent", help: "Slack each day must keep, in percent of the day (10%)."),
            OptionSpec(
                long: "format", short: "f", valueName: "format", help: "Output format.",
                choices: ["text", "json", "ics", "csv"], defaultValue: "text"),
            OptionSpec(
                long: "timezone", valueName: "tzid", help: "The time zone of ICS events.",
                choices: ICSRenderer.supportedTimeZones, defaultValue: "Europe/Amsterdam"),
            OptionSpec(
                long: "write", short: "w", valueName: "plan",
                help: "Save the plan as a plan file (*.plan.md) to edit further.", completion: .file),
            OptionSpec(long: "force", help: "With --write: replace an existing file."),
            OptionSpec(
                long: "color", valueName: "when", help: "Colour the diagnostics.",
                choices: ["auto", "always", "never"], defaultValue: "auto"),
        ],
        subcommands: [PlanDiffCommand.spec],
        examples: [
            "curriculum plan curriculum/igma-femina/plans/module-1-niveau-1.plan.md",
            "curriculum plan --select 1.A,1.B --level 1 --date 2027-03-09 --start 09:00 --end 16:30 --participants 14 --trainers 2",
            "curriculum plan --select 1 --level 1 --auto-breaks --write plans/module-1.plan.md",
            "curriculum plan --fill --topics 2.A,2.B --level 1 --date 2027-03-16",
            "curriculum plan diff old.plan.md new.plan.md",
        ]
    )

    static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
        if arguments.path.last == PlanDiffCommand.spec.name { return PlanDiffCommand.run(arguments, console: console) }
        do {
            return try execute(arguments, console: console)
        } catch {
            console.err(HelpRenderer.error(error, root: CommandTable.root))
            return ExitStatus.usage
        }
    }

    private static func execute(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let overrides = try settings(arguments)
        let autoBreaks = arguments.flag("auto-breaks")
        let format = arguments.value("format") ?? "text"
        let renderer = HumanRenderer(useColor: console.useColor(onDescriptor: 2, when: arguments.value("color")))
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        let schedule: Schedule
        var curriculumForWrite: Curriculum?
        var curriculumFolder: String?
        var fillReport: String?
        var writtenSettings = overrides

        // A folder given where the plan goes is the curriculum to plan from.
        var curriculumPath = arguments.value("curriculum")
        var planArgument = arguments.positionals.first
        if let given = planArgument, !given.hasSuffix(PlanParser.fileSuffix) {
            if LocalFileSystem().kind(of: given) == .directory {
                guard curriculumPath == nil else {
                    throw UsageError(
                        "Give the curriculum either as '\(given)' or with --curriculum, not both", path: arguments.path)
                }
                curriculumPath = given
                planArgument = nil
            }
        }
        if let planPath = planArgument {
            for option in ["select", "fill", "topics", "goals", "level", "days"]
            where arguments.values[option] != nil || arguments.flag(option) {
                throw UsageError(
                    "'--\(option)' builds a plan without a file; it cannot be combined with the plan file '\(planPath)'",
                    path: arguments.path)
            }
            for option in ["date", "title", "place", "participants", "trainers", "curriculum"]
            where arguments.values[option] != nil {
                throw UsageError(
                    "'--\(option)' describes a plan built without a file; the plan file '\(planPath)' says this itself (edit its fields)",
                    path: arguments.path)
            }
            let path = console.displayPath(planPath)
            let loaded = ScheduledPlan.load(path: path, overrides: overrides, autoBreaks: autoBreaks)
            diagnostics = loaded.diagnostics
            sources = loaded.sources
            guard let scheduled = loaded.schedule else {
                for diagnostic in diagnostics.sortedByLocation() {
                    console.err(renderer.render(diagnostic) { sources[$0] })
                }
                let unreadable = diagnostics.contains {
                    [DiagnosticCode.unreadableFile, .notAFile, .fileTooLarge, .invalidUTF8, .binaryFile, .emptyFile]
                        .contains($0.code)
                }
                return unreadable ? ExitStatus.usage : ExitStatus.failure
            }
            schedule = scheduled
            writtenSettings = (loaded.plan?.settings ?? PlanSettings()).overridden(by: overrides)
            curriculumForWrite = loaded.curriculum
            curriculumFolder = loaded.curriculumFolder
        } else {
            guard arguments.values["select"] != nil || arguments.flag("fill") else {
                throw UsageError(
                    "Give a plan file, or build one with --select IDS (or --fill --topics IDS)", path: arguments.path)
            }
            guard
                let (curriculum, _) = Inputs.curriculum(
                    arguments, console: console, path: curriculumPath.map { console.displayPath($0) })
            else { return ExitStatus.usage }
            curriculumForWrite = curriculum
            curriculumFolder = curriculum.folder
            let metadata = try self.metadata(arguments, curriculum: curriculum)
            guard let frame = overrides.dayFrame ?? curriculum.manifest.dayFrame else {
                throw UsageError(
                    "Give the day's hours with --start and --end; the curriculum's manifest has no 'Dagindeling'",
                    path: arguments.path)
            }
            let policy = BreakPolicy(manifest: curriculum.manifest, settings: overrides, autoBreaks: autoBreaks)
            let level = try number(arguments, "level", minimum: 0)
            if arguments.flag("fill") {
                let (request, words) = try fillRequest(arguments)
                let selection: [Exercise]
                switch Selection.parse(words, level: level).flatMap({ $0.exercises(in: curriculum) }) {
                case .success(let exercises): selection = exercises
                case .failure(let failure):
                    throw selectionError(failure, option: request == .topics ? "topics" : "goals", arguments: arguments)
                }
                let filled = FillPlanner(curriculum: curriculum, policy: policy).fill(
                    pool: selection, request: request, frame: frame, metadata: metadata)
                schedule = filled.scheduled.schedule
                diagnostics = filled.scheduled.diagnostics
                fillReport = filled.report
            } else {
                let selection: [Exercise]
                switch Selection.parse(arguments.list("select"), level: level).flatMap({ $0.exercises(in: curriculum) })
                {
                case .success(let exercises): selection = exercises
                case .failure(let failure): throw selectionError(failure, option: "select", arguments: arguments)
                }
                let days = try number(arguments, "days", minimum: 1)
                let scheduled = Scheduler(curriculum: curriculum, policy: policy).split(
                    selection, frame: frame, metadata: metadata, maximumDays: days)
                schedule = scheduled.schedule
                diagnostics = scheduled.diagnostics
            }
        }

        for diagnostic in diagnostics.sortedByLocation() { console.err(renderer.render(diagnostic) { sources[$0] }) }
        switch format {
        case "json":
            console.out(ScheduleJSONRenderer.render(schedule) + "\n")
        case "csv":
            console.out(CSVRenderer.render(schedule))
        case "ics":
            let missing = schedule.days.filter { $0.date == nil }.map(\.number)
            guard missing.isEmpty else {
                throw UsageError(
                    "An ICS calendar needs a date for every day; day \(missing.map(String.init).joined(separator: ", ")) has none (give --date, or 'Datum:' in the plan)",
                    path: arguments.path)
            }
            console.out(
                ICSRenderer(
                    timeZone: arguments.value("timezone") ?? ICSRenderer.defaultTimeZone, timestamp: timestamp(console)
                ).render(schedule))
        default:
            console.out(AgendaRenderer().render(schedule))
            if let fillReport { console.out("\n" + fillReport) }
        }

        if let target = arguments.value("write") {
            let path = console.displayPath(target)
            guard path.hasSuffix(PlanParser.fileSuffix) else {
                throw UsageError(
                    "A plan file's name ends in '\(PlanParser.fileSuffix)': '\(target)'", path: arguments.path)
            }
            var plan = Scheduler.plan(from: schedule, settings: writtenSettings)
            if let curriculumFolder {
                let absolute = { (p: String) in p.hasPrefix("/") ? p : console.currentDirectory + "/" + p }
                let planFolder = absolute(path).split(separator: "/").dropLast().joined(separator: "/")
                plan.metadata.curriculum = PlanCommand.relativePath(
                    from: "/" + planFolder, to: absolute(curriculumFolder))
            }
            let disk = LocalFileSystem()
            if case .failure(let failure) = disk.write(
                Array(PlanFileRenderer.render(plan, curriculum: curriculumForWrite).utf8), to: path,
                overwrite: arguments.flag("force") ? .allowed : .never)
            {
                console.report([failure.diagnostic(path: path, alternative: "give another file to --write")])
                return ExitStatus.failure
            }
            console.err("wrote \(path)\n")
        }
        let failing = diagnostics.contains { $0.severity == .error } || !schedule.fits
        return failing ? ExitStatus.failure : ExitStatus.success
    }

    /// The DTSTAMP of ICS events: now, or `SOURCE_DATE_EPOCH` when set (reproducible output).
    static func timestamp(_ console: Console) -> ICSRenderer.Timestamp {
        let seconds = console.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) } ?? Int(Date().timeIntervalSince1970)
        return ICSRenderer.Timestamp(secondsSinceEpoch: seconds)
    }

    private static func fillRequest(_ arguments: ParsedArguments) throws(UsageError) -> (FillPlanner.Request, [String])
    {
        let topics = arguments.list("topics")
        let goals = arguments.list("goals")
        if arguments.values["select"] != nil {
            throw UsageError(
                "'--fill' chooses the exercises itself; give --topics or --goals instead of --select",
                path: arguments.path)
        }
        switch (topics.isEmpty, goals.isEmpty) {
        case (false, true): return (.topics, topics)
        case (true, false): return (.goals, goals)
        case (false, false):
            throw UsageError("Give either --topics or --goals to --fill, not both", path: arguments.path)
        case (true, true):
            throw UsageError(
                "'--fill' needs --topics IDS or --goals IDS: what the day should cover", path: arguments.path)
        }
    }

    private static func selectionError(_ failure: Selection.Failure, option: String, arguments: ParsedArguments)
        -> UsageError
    {
        switch failure {
        case .unreadable(let word):
            return UsageError(
                "'\(word)' given to '--\(option)' is not an exercise ID (1.A.1.1), a topic (1.A) or a module number (1)",
                path: arguments.path)
        case .unknown(let word, let suggestion):
            return UsageError(
                "The curriculum has no \(word)", path: arguments.path,
                suggestion: suggestion.map { word.hasPrefix("module") ? "one of the modules \($0)" : "'\($0)'" })
        case .empty:
            return UsageError(
                "The selection holds no exercises\(arguments.value("level").map { " at level \($0)" } ?? "")",
                path: arguments.path)
        }
    }

    private static func number(_ arguments: ParsedArguments, _ option: String, minimum: Int) throws(UsageError) -> Int?
    {
        guard let text = arguments.value(option) else { return nil }
        guard let n = Int(text), n >= minimum else {
            throw UsageError(
                "The value '\(text)' is invalid for '--\(option)': give a whole number of at least \(minimum)",
                path: arguments.path)
        }
        return n
    }

    private static func minutes(_ arguments: ParsedArguments, _ option: String, allowZero: Bool = false)
        throws(UsageError) -> Int?
    {
        guard let text = arguments.value(option) else { return nil }
        guard case .success(let reading) = DurationParser.parse(text), !reading.value.isRange,
            reading.value.minimum > 0 || allowZero
        else {
            throw UsageError(
                "The value '\(text)' is invalid for '--\(option)': give minutes, such as 15 or '1 uur'",
                path: arguments.path)
        }
        return reading.value.minimum
    }

    /// The timing settings the command line gives.
    static func settings(_ arguments: ParsedArguments) throws(UsageError) -> PlanSettings {
        var settings = PlanSettings()
        var times: [String: ClockTime] = [:]
        for option in ["start", "end"] {
            guard let text = arguments.value(option) else { continue }
            guard let time = ClockTime(text), time.minutesSinceMidnight <= 24 * 60 else {
                throw UsageError(
                    "The value '\(text)' is invalid for '--\(option)': write a time such as 09:00", path: arguments.path
                )
            }
            times[option] = time
        }
        if let start = times["start"], let end = times["end"] {
            guard end > start else {
                throw UsageError("The day ends (\(end)) before or when it starts (\(start))", path: arguments.path)
            }
            settings.dayFrame = DayFrame(start: start, end: end)
        } else if times["start"] != nil || times["end"] != nil {
            throw UsageError("Give both --start and --end", path: arguments.path)
        }
        if let text = arguments.value("lunch") {
            guard let window = DayFrame(text), window.minutes > 0 else {
                throw UsageError(
                    "The value '\(text)' is invalid for '--lunch': write a window such as 12:00-13:30",
                    path: arguments.path)
            }
            settings.lunchWindow = window
        }
        settings.maximumStretch = try minutes(arguments, "max-stretch")
        settings.breakMinutes = try minutes(arguments, "break-minutes")
        settings.lunchMinutes = try minutes(arguments, "lunch-minutes")
        settings.transitionMinutes = try minutes(arguments, "transition", allowZero: true)
        if let text = arguments.value("buffer") {
            let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
            guard let percent = Int(digits), (0...90).contains(percent) else {
                throw UsageError(
                    "The value '\(text)' is invalid for '--buffer': give a percentage from 0 to 90, such as 10%",
                    path: arguments.path)
            }
            settings.bufferPercent = percent
        }
        return settings
    }

    private static func metadata(_ arguments: ParsedArguments, curriculum: Curriculum) throws(UsageError)
        -> PlanMetadata
    {
        var metadata = PlanMetadata(language: curriculum.language)
        metadata.title = arguments.value("title") ?? defaultTitle(arguments, curriculum: curriculum)
        metadata.place = arguments.value("place")
        for text in arguments.list("date") {
            guard let date = CalendarDate(text) else {
                throw UsageError(
                    "The value '\(text)' is invalid for '--date': write an ISO date such as 2027-03-09",
                    path: arguments.path)
            }
            metadata.dates.append(date)
        }
        metadata.participants = try number(arguments, "participants", minimum: 1)
        if let text = arguments.value("trainers") {
            if let n = Int(text) {
                guard n >= 1 else {
                    throw UsageError(
                        "The value '\(text)' is invalid for '--trainers': give at least 1", path: arguments.path)
                }
                metadata.trainerCount = n
            } else {
                metadata.trainers = text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            }
        }
        return metadata
    }

    private static func defaultTitle(_ arguments: ParsedArguments, curriculum: Curriculum) -> String {
        let words =
            arguments.flag("fill") ? (arguments.list("topics") + arguments.list("goals")) : arguments.list("select")
        let levelWord = curriculum.language == .dutch ? "niveau" : "level"
        var title = words.joined(separator: ", ")
        if let level = arguments.value("level") { title += " \(levelWord) \(level)" }
        return title.isEmpty ? curriculum.title : title
    }
}

extension PlanCommand {
    /// The path from `folder` to `target`, both absolute: `../igma-femina`.
    static func relativePath(from folder: String, to target: String) -> String {
        let a = folder.split(separator: "/")
        let b = target.split(separator: "/")
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let parts = Array(repeating: "..", count: a.count - common) + b[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}

extension PlanCommand {
    /// The options that time a day, shared with `export` so that a handout is timed exactly as
    /// `plan` times it: start and end, then the break policy.
    static let timingOptions: [OptionSpec] = [
        OptionSpec(
            long: "start", valueName: "time", help: "When the day starts (09:00); default from the plan or manifest."),
        OptionSpec(
            long: "end", valueName: "time", help: "When the day ends (16:30); default from the plan or manifest."),
        OptionSpec(
            long: "max-stretch", valueName: "minutes",
            help: "The longest stretch of training without a break (default 90, or the manifest's)."),
        OptionSpec(long: "break-minutes", valueName: "minutes", help: "The length of an inserted break (default 15)."),
        OptionSpec(
            long: "lunch", valueName: "window",
            help: "The window lunch lies in (default 12:00-13:30, or the manifest's)."),
        OptionSpec(long: "lunch-minutes", valueName: "minutes", help: "The length of lunch (default 45)."),
        OptionSpec(
            long: "transition", valueName: "minutes", help: "Minutes between two consecutive exercises (default 0)."),
    ]
}
