/// What `budget` is asked for: the time totals of a curriculum or a selection, and whether they
/// The `budget` pipeline: totals per module, topic and level, the days each needs, the verdict.
public struct BudgetJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: BudgetRequest) -> BudgetResult {
        let found = CurriculumLookup(loader: CurriculumLoader(fileSystem: fileSystem)).load(
            [request.curriculumPath], commandLine: request.commandLine)
        guard var curriculum = found.curriculum?.speaking(request.language) else {
            return BudgetResult(diagnostics: found.diagnostics.sortedByLocation(), sources: found.sources)
        }
        var calibration: Calibration?
        if !request.calibration.isEmpty {
            let delivered = DeliveredPlans(
                paths: request.calibration, loader: CurriculumLoader(fileSystem: fileSystem))
            guard let review = delivered.review else {
                return BudgetResult(diagnostics: delivered.diagnostics, sources: delivered.sources)
            }
            calibration = Calibration(review: review)
            curriculum = Calibration(review: review).apply(to: curriculum)
        }
        var dayMinutes = request.dayMinutes
        if dayMinutes == nil, let frame = curriculum.manifest.dayFrame {
            let policy = BreakPolicy(manifest: curriculum.manifest, settings: PlanSettings())
            dayMinutes = frame.minutes - (policy.includesLunch(frame) ? policy.lunchMinutes : 0)
        }
        let exercises: [Exercise]
        switch Selection.parse(request.selection, level: request.level).flatMap({ $0.exercises(in: curriculum) }) {
        case .success(let list): exercises = list
        case .failure(let failure): return BudgetResult(problem: failure)
        }
        let budget = Budget(curriculum: curriculum, exercises: exercises, dayMinutes: dayMinutes)
        let renderer = BudgetRenderer(language: curriculum.language)
        var result = BudgetResult(output: renderer.render(budget))
        if let calibration {
            result.output? += "\n" + ReviewRenderer.calibration(calibration, language: curriculum.language)
        }
        if let dayMinutes, !budget.longerThanADay.isEmpty {
            result.diagnostics = budget.longerThanADay.map { .longerThanADay($0, dayMinutes: dayMinutes) }
            result.sources = found.sources
            result.fits = false
        }
        if let target = request.target {
            let verdict = budget.verdict(for: target)
            result.output? += renderer.verdict(verdict) + "\n"
            result.fits = verdict.fits && result.fits
        }
        return result
    }
}

extension Diagnostic {
    fileprivate static func longerThanADay(_ exercise: Exercise, dayMinutes: Int) -> Diagnostic {
        let longest = exercise.minutes.maximum
        return Diagnostic(
            .exerciseLongerThanDay,
            en:
                "exercise \(exercise.id) takes \(exercise.minutes), longer than a day of \(dayMinutes) min of training: no day can hold it",
            nl:
                "oefening \(exercise.id) duurt \(exercise.minutes), langer dan een dag met \(dayMinutes) min training: ze past op geen enkele dag",
            at: SourceRange(start: exercise.idLocation, length: exercise.writtenID.count),
            hint: FixHint(
                en: "give a day of at least \(longest) min (--day \(longest) min), or shorten or split the exercise",
                nl:
                    "geef een dag van minstens \(longest) min (--day \(longest) min), of maak de oefening korter of splits haar"
            ))
    }
}
