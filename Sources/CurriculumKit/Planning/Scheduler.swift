/// Turns a plan, or a list of exercises, into a `Schedule` with clock times, and reports what
/// does not fit.
///
/// Pure: takes the curriculum and the policy as values and returns the schedule with its
/// findings; the caller decides what to print and how to exit.
public struct Scheduler: Sendable {
    public var curriculum: Curriculum
    public var policy: BreakPolicy

    /// The schedule and every finding about it, in plan order.
    public struct Result: Sendable {
        public var schedule: Schedule
        public var diagnostics: [Diagnostic]

        /// Whether any finding is an error (an overrun, an unknown exercise, a collision).
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public init(curriculum: Curriculum, policy: BreakPolicy = BreakPolicy()) {
        self.curriculum = curriculum
        self.policy = policy
    }

    /// Lays out a plan day by day, as written. `frame` is the day frame to use (the plan's, the
    /// command line's or the manifest's, as the caller resolved it).
    public func schedule(_ plan: Plan, frame: DayFrame) -> Result {
        var diagnostics: [Diagnostic] = []
        var days: [ScheduledDay] = []
        let index = exerciseIndex(for: plan)
        for (offset, planDay) in plan.days.enumerated() {
            var builder = DayBuilder(number: offset + 1, frame: frame, policy: policy, language: plan.metadata.language)
            builder.date = offset < plan.metadata.dates.count ? plan.metadata.dates[offset] : nil
            builder.heading = planDay.heading
            builder.location = planDay.location
            builder.lunchInPlan = planDay.items.contains {
                if case .lunch = $0.content { return true }
                return false
            }
            for item in planDay.items {
                switch item.content {
                case .exercise(let id):
                    var known = index[id]
                    if known == nil, let resolved = curriculum.exercise(resolving: id) {
                        known = resolved.exercise
                        diagnostics.append(
                            .formerID(id, of: resolved.exercise, at: item.idLocation ?? item.location))
                    }
                    guard let exercise = known else {
                        let known = curriculum.exercises.map(\.id.description)
                        let suggestion = EditDistance.suggestion(for: id.description, among: known)
                        diagnostics.append(
                            .unknownExercise(
                                id, in: curriculum, at: item.idLocation ?? item.location, suggestion: suggestion))
                        // Kept where it stands, 0 min long and marked, so the agenda shows it.
                        builder.append(
                            DayBuilder.Entry(
                                kind: .exercise, title: id.description, duration: .zero, fixedStart: item.fixedStart,
                                location: item.location, label: id.description, marks: [.unknownExercise(id)]))
                        continue
                    }
                    builder.append(
                        entry(
                            for: exercise, fixedStart: item.fixedStart, location: item.location,
                            diagnostics: &diagnostics))
                case .pause(let minutes):
                    builder.append(
                        DayBuilder.Entry(
                            kind: .pause, title: DayBuilder.pauseTitle(plan.metadata.language),
                            duration: Duration(minutes: minutes ?? policy.breakMinutes),
                            fixedStart: item.fixedStart, location: item.location,
                            label: "'\(DayBuilder.pauseTitle(plan.metadata.language))'"))
                case .lunch(let minutes):
                    builder.append(
                        DayBuilder.Entry(
                            kind: .lunch, title: "Lunch", duration: Duration(minutes: minutes ?? policy.lunchMinutes),
                            fixedStart: item.fixedStart, location: item.location, label: "'Lunch'"))
                case .free(let title, let duration):
                    builder.append(
                        DayBuilder.Entry(
                            kind: .free, title: title, duration: duration, fixedStart: item.fixedStart,
                            location: item.location, label: "'\(title)'"))
                }
            }
            let (day, found) = builder.finish()
            days.append(day)
            diagnostics += found
        }
        if !plan.metadata.dates.isEmpty, plan.metadata.dates.count != plan.days.count {
            diagnostics.append(.dateCountMismatch(in: plan))
        }
        diagnostics += facilitationFindings(plan.metadata, at: plan.fieldLocations["participants"])
        let schedule = Schedule(
            metadata: plan.metadata, curriculumTitle: curriculum.title, policy: policy, days: days,
            errorCount: diagnostics.errorCount)
        return Result(schedule: schedule, diagnostics: diagnostics)
    }

    /// Lays out exercises in the order given, starting a new day at an exercise boundary whenever
    /// the next exercise would end after the day's end, breaks and lunch included (inserted with
    /// `autoBreaks`, suggested without). Never splits an exercise; an exercise
    /// longer than a whole day gets a day of its own (and is reported as over budget). With
    /// `maximumDays`, or with dates in `metadata` (one day per date), the number of days is the
    /// user's: what does not fit in them is left out, in order, and listed in `Schedule.leftOut`.
    /// Only without either are days added as needed.
    public func split(_ exercises: [Exercise], frame: DayFrame, metadata: PlanMetadata, maximumDays: Int? = nil)
        -> Result
    {
        let maximumDays = maximumDays ?? (metadata.dates.isEmpty ? nil : metadata.dates.count)
        var diagnostics: [Diagnostic] = []
        var days: [ScheduledDay] = []
        var leftOut: [Exercise] = []
        // Day boundaries are decided with breaks and lunch inserted (`shadow`), so that a day
        // still fits when the suggested breaks are taken; without `autoBreaks` the day shown
        // (`builder`) holds the same exercises and suggests those breaks.
        var shadowPolicy = policy
        shadowPolicy.autoBreaks = true
        func newBuilder(_ number: Int, _ policy: BreakPolicy) -> DayBuilder {
            var builder = DayBuilder(number: number, frame: frame, policy: policy, language: metadata.language)
            builder.date = number - 1 < metadata.dates.count ? metadata.dates[number - 1] : nil
            return builder
        }
        var builder = newBuilder(1, policy)
        var shadow = newBuilder(1, shadowPolicy)
        var ignored: [Diagnostic] = []
        for exercise in exercises where exercise.duration?.value == nil {
            _ = entry(for: exercise, fixedStart: nil, location: nil, diagnostics: &diagnostics)
        }
        for exercise in exercises {
            if !leftOut.isEmpty {
                leftOut.append(exercise)
                continue
            }
            var trial = shadow
            trial.append(entry(for: exercise, fixedStart: nil, location: nil, diagnostics: &ignored))
            if trial.latestEnd <= frame.end || !shadow.hasTraining {
                shadow = trial
                builder.append(entry(for: exercise, fixedStart: nil, location: nil, diagnostics: &ignored))
                continue
            }
            if let maximumDays, days.count + 1 >= maximumDays {
                leftOut.append(exercise)
                continue
            }
            let (day, found) = builder.finish()
            days.append(day)
            diagnostics += found
            builder = newBuilder(days.count + 1, policy)
            shadow = newBuilder(days.count + 1, shadowPolicy)
            builder.append(entry(for: exercise, fixedStart: nil, location: nil, diagnostics: &ignored))
            shadow.append(entry(for: exercise, fixedStart: nil, location: nil, diagnostics: &ignored))
        }
        if !builder.isEmpty || days.isEmpty {
            let (day, found) = builder.finish()
            days.append(day)
            diagnostics += found
        }
        diagnostics += facilitationFindings(metadata, at: nil)
        let schedule = Schedule(
            metadata: metadata, curriculumTitle: curriculum.title, policy: policy, days: days, leftOut: leftOut,
            errorCount: diagnostics.errorCount)
        return Result(schedule: schedule, diagnostics: diagnostics)
    }

    /// The plan a schedule of a selection corresponds to: what `--write` saves.
    public static func plan(from schedule: Schedule, settings: PlanSettings) -> Plan {
        var plan = Plan(metadata: schedule.metadata, settings: settings)
        let dayWord = schedule.metadata.language == .dutch ? "Dag" : "Day"
        plan.days = schedule.days.map { day in
            PlanDay(
                heading: day.heading ?? (schedule.days.count > 1 ? "\(dayWord) \(day.number)" : nil),
                items: day.items.map { item in
                    let content: PlanItem.Content
                    switch item.kind {
                    case .exercise:
                        let unknown = item.marks.lazy.compactMap { mark -> ExerciseID? in
                            if case .unknownExercise(let id) = mark { return id }
                            return nil
                        }.first
                        content =
                            (item.exercise?.id ?? unknown).map { .exercise($0) }
                            ?? .free(title: item.title, duration: item.duration)
                    case .pause: content = .pause(minutes: item.duration.minimum)
                    case .lunch: content = .lunch(minutes: item.duration.minimum)
                    case .free: content = .free(title: item.title, duration: item.duration)
                    }
                    return PlanItem(content, fixedStart: item.fixedStart, text: item.title)
                })
        }
        return plan
    }

    /// The first exercise (in the curriculum's order) with each ID `plan` names. Only the plan's
    /// IDs are kept, and an exercise of a module the plan names no ID of is passed over on its
    /// module number, before any hashing: an index of every exercise, built for each plan file,
    /// was 1.2% of `check`'s CPU time on 100 copies of the shipped curriculum (two plans each).
    private func exerciseIndex(for plan: Plan) -> [ExerciseID: Exercise] {
        var wanted: Set<ExerciseID> = []
        for day in plan.days {
            for item in day.items {
                if case .exercise(let id) = item.content { wanted.insert(id) }
            }
        }
        var index: [ExerciseID: Exercise] = [:]
        guard !wanted.isEmpty else { return index }
        index.reserveCapacity(wanted.count)
        let modules = Array(Set(wanted.map(\.module)))  // one or two: a linear search, no hash
        curriculum.forEachExercise { exercise in
            let id = exercise.id
            if modules.contains(id.module), wanted.contains(id), index[id] == nil { index[id] = exercise }
        }
        return index
    }

    func entry(
        for exercise: Exercise, fixedStart: ClockTime?, location: SourceLocation?, diagnostics: inout [Diagnostic]
    ) -> DayBuilder.Entry {
        if exercise.duration?.value == nil {
            diagnostics.append(.noReadableDuration(exercise, plannedAt: location))
        }
        return DayBuilder.Entry(
            kind: .exercise, exercise: exercise, title: exercise.title, duration: exercise.minutes,
            fixedStart: fixedStart,
            location: location, label: exercise.id.description)
    }

    func facilitationFindings(_ metadata: PlanMetadata, at location: SourceLocation?) -> [Diagnostic] {
        guard let participants = metadata.participants, let trainers = metadata.numberOfTrainers, trainers > 0,
            participants > trainers * policy.participantsPerTrainer
        else { return [] }
        return [
            .tooManyParticipants(
                participants, trainers: trainers, perTrainer: policy.participantsPerTrainer, at: location)
        ]
    }
}

extension Diagnostic {
    fileprivate static func formerID(_ id: ExerciseID, of exercise: Exercise, at location: SourceLocation?)
        -> Diagnostic
    {
        Diagnostic(
            .formerExerciseID,
            en:
                "\(id) is a former ID of exercise \(exercise.id) (its `Eerder:` field); it is planned as \(exercise.id)",
            nl:
                "\(id) is een vorig nummer van oefening \(exercise.id) (haar veld `Eerder:`); ze wordt ingepland als \(exercise.id)",
            at: location.map { SourceRange(start: $0, length: id.description.count) },
            hint: FixHint(
                en: "write \(exercise.id)", nl: "schrijf \(exercise.id)", replacement: exercise.id.description))
    }

    fileprivate static func unknownExercise(
        _ id: ExerciseID, in curriculum: Curriculum, at location: SourceLocation?, suggestion: String?
    ) -> Diagnostic {
        Diagnostic(
            .unknownPlanExercise, en: "the curriculum '\(curriculum.title)' has no exercise \(id)",
            nl: "het curriculum '\(curriculum.title)' heeft geen oefening \(id)",
            at: location.map { SourceRange(start: $0, length: id.description.count) },
            hint: FixHint(
                en: suggestion.map { "did you mean \($0)?" } ?? "`curriculum list` shows every exercise ID",
                nl: suggestion.map { "bedoelde je \($0)?" } ?? "`curriculum list` toont elk oefeningnummer",
                replacement: suggestion))
    }

    fileprivate static func dateCountMismatch(in plan: Plan) -> Diagnostic {
        let (dates, days) = (plan.metadata.dates.count, plan.days.count)
        return Diagnostic(
            .dateCountMismatch,
            en: "the plan gives \(dates) date\(dates == 1 ? "" : "s") for \(days) day\(days == 1 ? "" : "s")",
            nl: "het plan geeft \(dates) \(dates == 1 ? "datum" : "data") voor \(days) \(days == 1 ? "dag" : "dagen")",
            at: plan.fieldLocations["dates"].map { SourceRange(start: $0, length: 1) },
            hint: FixHint(en: "give one date per day, in order", nl: "geef één datum per dag, op volgorde"))
    }

    fileprivate static func noReadableDuration(_ exercise: Exercise, plannedAt location: SourceLocation?) -> Diagnostic
    {
        Diagnostic(
            .unscheduledExercise, en: "exercise \(exercise.id) has no readable duration; it is planned as 0 min",
            nl: "oefening \(exercise.id) heeft geen leesbare duur; ze wordt ingepland als 0 min",
            at: location.map { SourceRange(start: $0, length: exercise.id.description.count) },
            hint: FixHint(
                en: "give it a `Duur:` in \(exercise.location.file)",
                nl: "geef haar een `Duur:` in \(exercise.location.file)"),
            notes: [
                .init(
                    en: "exercise \(exercise.id) is here", nl: "oefening \(exercise.id) staat hier",
                    at: exercise.location)
            ])
    }

    fileprivate static func tooManyParticipants(
        _ participants: Int, trainers: Int, perTrainer: Int, at location: SourceLocation?
    ) -> Diagnostic {
        let needed = (participants + perTrainer - 1) / perTrainer
        return Diagnostic(
            .tooManyParticipants,
            en:
                "\(participants) participants for \(trainers) trainer\(trainers == 1 ? "" : "s") is more than about \(perTrainer) per trainer",
            nl:
                "\(participants) deelnemers op \(trainers) \(trainers == 1 ? "trainer" : "trainers") is meer dan de ongeveer \(perTrainer) per trainer",
            at: location.map { SourceRange(start: $0, length: 1) },
            hint: FixHint(
                en: "add a trainer or split the group (\(needed) trainers for \(participants))",
                nl: "zet er een trainer bij of splits de groep (\(needed) trainers voor \(participants))"))
    }
}
