/// `curriculum check` on plan files: a `*.plan.md` path is checked as a plan, and a curriculum
/// folder's `plans/*.plan.md` are checked with it.
///
/// A plan is read, laid out against the curriculum it names, and every finding of the parser and
/// the scheduler is reported: unknown IDs, bad times, a day that ends before it starts or lasts
/// zero minutes, duplicate items, fixed-time collisions, a day over budget.
extension Checker {
    /// The folder below a curriculum that holds its plans.
    public static let plansFolderName = "plans"

    /// Checks one plan file.
    func checkPlanFile(
        _ path: String, into report: inout CheckReport, found: inout [Diagnostic],
        known: (folder: String, curriculum: Curriculum)? = nil
    ) {
        let loaded = ScheduledPlan.load(path: path, loader: loader, known: known)
        report.files.append(path)
        report.sources.merge(loaded.sources) { a, _ in a }
        found += loaded.diagnostics.filter { options.reports($0.code) }
        if let plan = loaded.plan, let today = options.today, options.reports(.actualInFuture) {
            found += Self.actualsInFuture(plan, today: today)
        }
    }

    /// One finding per actual on a day dated after `today`: what has not happened yet cannot have
    /// taken any time, so the date or the actual is wrong.
    static func actualsInFuture(_ plan: Plan, today: CalendarDate) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, day) in plan.days.enumerated() where index < plan.metadata.dates.count {
            let date = plan.metadata.dates[index]
            guard date > today else { continue }
            for item in day.items {
                guard let actual = item.actual, let location = actual.location else { continue }
                found.append(.actualInFuture(day: index + 1, date: date, today: today, at: location))
            }
        }
        return found
    }

    /// Checks every `*.plan.md` in `<folder>/plans/`, in name order; `root` is the folder's
    /// canonical path, as the loader resolved it.
    func checkPlans(
        inCurriculumFolder folder: String, root: String?, curriculum: Curriculum, into report: inout CheckReport,
        found: inout [Diagnostic]
    ) {
        let plans = loader.fileSystem.join(folder, Self.plansFolderName)
        guard case .directory = loader.fileSystem.kind(of: plans) else { return }
        let names: [String]
        switch loader.fileSystem.entries(of: plans) {
        case .success(let entries): names = entries
        case .failure(let error):
            // A plans folder that cannot be listed is reported, never skipped (issue 14, item 2).
            found.append(error.diagnostic(path: plans))
            return
        }
        // The plans folder is resolved once, so that each plan is resolved by its name alone.
        let plansRoot = loader.resolved(Self.plansFolderName, in: folder, root: root)
        for name in names where name.hasSuffix(PlanParser.fileSuffix) && !name.hasPrefix(".") {
            let path = loader.fileSystem.join(plans, name)
            if CurriculumLoader.leaves(loader.resolved(name, in: plans, root: plansRoot), root: root) {
                found.append(.fileOutsideCurriculum(path, at: nil))
                continue
            }
            checkPlanFile(path, into: &report, found: &found, known: (folder, curriculum))
        }
    }
}

extension Diagnostic {
    fileprivate static func actualInFuture(
        day: Int, date: CalendarDate, today: CalendarDate, at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .actualInFuture, en: "an actual time on day \(day), dated \(date), after today (\(today))",
            nl: "een werkelijke tijd op dag \(day), gedateerd \(date), na vandaag (\(today))", at: location,
            hint: FixHint(
                en: "note what an item really took after the day; correct the date if it is wrong",
                nl: "noteer pas na de dag hoe lang een onderdeel echt duurde; verbeter de datum als die niet klopt"))
    }
}
