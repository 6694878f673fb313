/// A plan file read with its curriculum and laid out on days: what `plan PLAN`, `plan diff`,
/// `export --plan` and `check` share.
///
/// Reading (`PlanLoader`) and laying out (`Scheduler`) are separate steps in separate layers; this
/// type joins them so that every command reports the same findings for the same plan file.
public struct ScheduledPlan: Sendable {
    /// The plan file, its curriculum and the sources read for them.
    public var loaded: PlanLoader.Result
    /// The laid-out plan, when the plan and its curriculum could be read.
    public var schedule: Schedule?
    /// Every finding, reading's first, then laying out's.
    public var diagnostics: [Diagnostic]

    /// The plan as read, when it could be read.
    public var plan: Plan? { loaded.plan }
    /// The curriculum the plan names, when it could be read.
    public var curriculum: Curriculum? { loaded.curriculum }
    /// Every source read, by path: the plan file's and the curriculum's.
    public var sources: [String: SourceText] { loaded.sources }
    /// Every file read: the plan file, then its curriculum's.
    public var files: [String] { loaded.files }
    /// The curriculum folder the plan names, resolved against the plan file's folder.
    public var curriculumFolder: String? { loaded.curriculumFolder }

    /// Reads the plan file at `path` and lays it out.
    ///
    /// - Parameters:
    ///   - overrides: settings given on the command line, which win over the plan file's.
    ///   - autoBreaks: whether breaks and lunch are inserted where the day needs them.
    ///   - known: a curriculum already loaded, reused when the plan names that folder.
    public static func load(
        path: String, loader: CurriculumLoader = CurriculumLoader(), overrides: PlanSettings = PlanSettings(),
        autoBreaks: Bool = false, known: (folder: String, curriculum: Curriculum)? = nil
    ) -> ScheduledPlan {
        let loaded = PlanLoader(loader: loader).load(path: path, known: known)
        var result = ScheduledPlan(loaded: loaded, schedule: nil, diagnostics: loaded.diagnostics)
        guard let plan = loaded.plan, let curriculum = loaded.curriculum else { return result }
        let settings = plan.settings.overridden(by: overrides)
        guard let frame = settings.dayFrame ?? curriculum.manifest.dayFrame else {
            result.diagnostics.append(.noDayFrame(in: path))
            return result
        }
        let policy = BreakPolicy(manifest: curriculum.manifest, settings: settings, autoBreaks: autoBreaks)
        let scheduled = Scheduler(curriculum: curriculum, policy: policy).schedule(plan, frame: frame)
        result.schedule = scheduled.schedule
        result.diagnostics += scheduled.diagnostics
        result.schedule?.errorCount = result.diagnostics.errorCount
        return result
    }
}

extension Diagnostic {
    fileprivate static func noDayFrame(in path: String) -> Diagnostic {
        Diagnostic(
            .missingPlanField, en: "neither the plan nor the curriculum's manifest gives the day's hours",
            nl: "het plan noch curriculum.md geeft de tijden van de dag",
            at: SourceLocation(file: path, line: 1, column: 1),
            hint: FixHint(
                en: "add `Dagindeling: 09:00-16:30` (or `Day: 09:00-16:30`) to the plan",
                nl: "zet `Dagindeling: 09:00-16:30` (of `Day: 09:00-16:30`) in het plan"))
    }
}
