/// The `plan` pipeline: a plan file read and laid out, or a plan built from a selection or a fill;
/// rendered as an agenda, JSON, CSV or ICS; optionally saved as a plan file.
public struct PlanJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: PlanRequest) -> PlanResult {
        var result = PlanResult()
        let loader = CurriculumLoader(fileSystem: fileSystem)
        var curriculum: Curriculum?
        var curriculumFolder: String?
        var writtenSettings = request.settings
        var fillReport: String?
        var schedule: Schedule
        var calibration: (Calibration, Language?)?
        if !request.calibration.isEmpty {
            let delivered = DeliveredPlans(paths: request.calibration, loader: loader)
            result.diagnostics = delivered.diagnostics
            result.sources = delivered.sources
            guard let review = delivered.review else { return result }
            calibration = (Calibration(review: review), delivered.language)
        }
        switch request.source {
        case .planFile(let path):
            var known: (folder: String, curriculum: Curriculum)?
            if let (calibrated, _) = calibration {
                let plain = PlanLoader(loader: loader).load(path: path)
                if let curriculum = plain.curriculum, let folder = plain.curriculumFolder {
                    known = (folder, calibrated.apply(to: curriculum))
                }
            }
            let loaded = ScheduledPlan.load(
                path: path, loader: loader, overrides: request.settings, autoBreaks: request.autoBreaks, known: known)
            result.diagnostics += loaded.diagnostics.sortedByLocation()
            result.sources.merge(loaded.sources) { a, _ in a }
            result.filesRead += loaded.files
            guard let laidOut = loaded.schedule else { return result }
            schedule = laidOut.speaking(request.language, curriculum: loaded.curriculum)
            writtenSettings = (loaded.plan?.settings ?? PlanSettings()).overridden(by: request.settings)
            curriculum = loaded.curriculum?.speaking(request.language)
            curriculumFolder = loaded.curriculumFolder
        case .selection(let words), .fill(_, let words):
            let found = CurriculumLookup(loader: loader).load(
                [request.curriculumPath], commandLine: request.commandLine)
            result.filesRead += found.files
            guard let uncalibrated = found.curriculum?.speaking(request.language) else {
                result.diagnostics = found.diagnostics.sortedByLocation()
                result.sources = found.sources
                return result
            }
            let loaded = calibration.map { $0.0.apply(to: uncalibrated) } ?? uncalibrated
            curriculum = loaded
            curriculumFolder = loaded.folder
            var metadata = request.metadata
            metadata.language = loaded.language
            if metadata.title.isEmpty { metadata.title = Titles.plan(words: words, level: request.level, in: loaded) }
            guard let frame = request.settings.dayFrame ?? loaded.manifest.dayFrame else {
                result.problem = .noDayFrame
                return result
            }
            let policy = BreakPolicy(
                manifest: loaded.manifest, settings: request.settings, autoBreaks: request.autoBreaks)
            let pool: [Exercise]
            switch Selection.parse(words, level: request.level).flatMap({ $0.exercises(in: loaded) }) {
            case .success(let exercises): pool = exercises
            case .failure(let failure):
                result.problem = .selection(failure)
                return result
            }
            let scheduled: Scheduler.Result
            if case .fill(let fill, _) = request.source {
                let filled = FillPlanner(curriculum: loaded, policy: policy).fill(
                    pool: pool, request: fill, frame: frame, metadata: metadata)
                scheduled = filled.scheduled
                fillReport = FillReportRenderer(language: loaded.language).render(filled)
            } else if request.balance {
                scheduled = Scheduler(curriculum: loaded, policy: policy).balance(
                    pool, frame: frame, metadata: metadata, maximumDays: request.maximumDays)
            } else {
                scheduled = Scheduler(curriculum: loaded, policy: policy).split(
                    pool, frame: frame, metadata: metadata, maximumDays: request.maximumDays)
            }
            schedule = scheduled.schedule
            result.diagnostics += scheduled.diagnostics
        }
        result.diagnostics = result.diagnostics.sortedByLocation()
        schedule.errorCount = result.diagnostics.errorCount
        result.schedule = schedule
        switch request.format {
        case .json: result.output = ScheduleJSONRenderer.render(schedule, calibration: calibration?.0) + "\n"
        case .csv: result.output = CSVRenderer.render(schedule)
        case .ics:
            let undated = schedule.days.filter { $0.date == nil }.map(\.number)
            guard undated.isEmpty else {
                result.problem = .undatedDays(undated)
                return result
            }
            result.output = ICSRenderer(
                timeZone: request.timeZone, timestamp: request.timestamp, perDay: request.icsPerDay
            ).render(schedule)
        case .text:
            result.output = AgendaRenderer().render(schedule) + (fillReport.map { "\n" + $0 } ?? "")
            if let (calibrated, language) = calibration {
                result.output +=
                    "\n"
                    + ReviewRenderer.calibration(
                        calibrated, language: request.language ?? curriculum?.language ?? language ?? .dutch)
            }
        }
        if let target = request.planFile {
            save(
                schedule, settings: writtenSettings, curriculum: curriculum, folder: curriculumFolder, to: target,
                into: &result)
        }
        return result
    }

    /// Saves the plan as a plan file that names its curriculum relative to itself.
    private func save(
        _ schedule: Schedule, settings: PlanSettings, curriculum: Curriculum?, folder: String?,
        to target: PlanRequest.PlanFileTarget,
        into result: inout PlanResult
    ) {
        guard target.path.hasSuffix(PlanParser.fileSuffix) else {
            result.problem = .notAPlanFileName(target.path)
            return
        }
        // A plan file is written from what was understood of the plan: with errors, the lines that
        // could not be read (and their comments) would be lost (issue 14, item 3).
        let errors = result.diagnostics.errorCount
        if errors > 0 {
            result.diagnostics.append(.planNotWritten(target.path, errors: errors))
            return
        }
        if let clash = OutputGuard.clash(target.path, option: "--write", filesRead: result.filesRead, in: fileSystem) {
            result.diagnostics.append(clash)
            return
        }
        var plan = Scheduler.plan(from: schedule, settings: settings)
        if let folder {
            let planFolder = RelativePath.absolute(target.path, in: target.workingDirectory).split(separator: "/")
                .dropLast().joined(separator: "/")
            plan.metadata.curriculum = RelativePath.from(
                "/" + planFolder, to: RelativePath.absolute(folder, in: target.workingDirectory))
        }
        var fileSystem = self.fileSystem
        let bytes = Array(PlanFileRenderer.render(plan, curriculum: curriculum).utf8)
        switch fileSystem.write(bytes, to: target.path, overwrite: target.overwrite) {
        case .success: result.writtenPlanFile = target.path
        case .failure(let failure):
            result.diagnostics.append(
                failure.diagnostic(path: target.path, alternative: .anotherPlanFile))
        }
    }
}

extension Diagnostic {
    fileprivate static func planNotWritten(_ path: String, errors: Int) -> Diagnostic {
        Diagnostic(
            .planNotWritten,
            en:
                "'\(path)' was not written: the plan has \(errors) \(errors == 1 ? "error" : "errors"), and writing it would lose the lines it could not read",
            nl:
                "'\(path)' is niet geschreven: het plan heeft \(errors) \(errors == 1 ? "fout" : "fouten"), en schrijven zou de regels kwijtraken die niet te lezen waren",
            at: nil,
            hint: FixHint(
                en: "fix the errors 'curriculum plan' reports, then write the plan again",
                nl: "herstel de fouten die 'curriculum plan' meldt, en schrijf het plan dan opnieuw"))
    }
}
