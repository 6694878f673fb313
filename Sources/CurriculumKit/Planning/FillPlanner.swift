/// Fills one course day from a pool of exercises: what `plan --fill` runs.
///
/// Turns the request into a `FillSolver` problem (units: the requested topics, or the distinct
/// learning goals of the pool's exercises) and solves it with `FillSearch`, which lays every
/// candidate day out with its breaks and lunch: a break costs time only where a stretch would
/// pass the maximum, so the answer is exact for the day itself, not for a budget. Beyond the exact
/// sizes (docs/plans.md) it solves for a training budget, lowered while the day laid out overruns,
/// and reports the result as an approximation with a proven upper bound.
public struct FillPlanner: Sendable {
    public enum Request: String, Sendable {
        case topics, goals
    }

    public struct Result: Sendable {
        public var scheduled: Scheduler.Result
        public var solution: FillSolver.Solution
        /// The training minutes the day offers at most (frame less lunch and buffer), or, for an
        /// approximation, the training budget it was solved for.
        public var budget: Int
        public var unitCount: Int
        /// Each exercise of the pool left out, with why.
        public var leftOut: [(exercise: Exercise, reason: LeftOutReason)]
        /// Units the choice does not cover.
        public var uncovered: [String]
        /// Topics or goals.
        public var request: Request
        /// How many exercises the pool held, and the largest pool the solver answers exactly:
        /// what an approximate answer is measured against.
        public var poolCount: Int
        public var exactnessLimit: Int
        /// Where the day laid out ends, and the latest it may end.
        public var dayEnd: ClockTime
        public var limit: ClockTime
        /// Why the answer is not exact; `nil` when it is.
        public var approximation: Approximation?
    }

    /// Why an exercise of the pool was left out, as a value: `FillReportRenderer` words it in the
    /// curriculum's language. `end` is where the day laid out would end with it, past the limit.
    public enum LeftOutReason: Hashable, Sendable {
        /// It takes `minutes`; on its own it would end the day at `end`.
        case tooLongForTheDay(minutes: Int, end: ClockTime)
        /// Its topic or goals are already covered by these exercises.
        case nothingNew(coveredBy: [String], end: ClockTime)
        /// It has no learning goals (asked for goals).
        case noGoals(end: ClockTime)
        /// It does not fit.
        case noRoom(end: ClockTime)
        /// It would fit only by a swap that covers fewer units or fewer minutes.
        case fewerCovered(end: ClockTime)
    }

    /// Why an answer is an approximation: the pool is beyond what the exact searches take.
    public enum Approximation: Hashable, Sendable {
        /// Goals shared between exercises, in a pool larger than the branch and bound's `limit`.
        case sharedGoalsBeyondLimit(limit: Int)
        /// More than `partialDays` partial days for the laid-out search.
        case beyondSearchLimit(partialDays: Int)
    }

    public var curriculum: Curriculum
    public var policy: BreakPolicy
    public var solver: FillSolver

    public init(curriculum: Curriculum, policy: BreakPolicy, solver: FillSolver = FillSolver()) {
        var policy = policy
        policy.autoBreaks = true
        self.curriculum = curriculum
        self.policy = policy
        self.solver = solver
    }

    /// A goal's text as a unit: case, spaces and a trailing full stop do not matter.
    static func goalKey(_ text: String) -> String {
        var key = text.lowercased().collapsingWhitespace()
        while let last = key.last, last == "." || last == ";" { key.removeLast() }
        return key
    }

    /// The units of each exercise and the units' names.
    func units(for pool: [Exercise], request: Request) -> (items: [FillSolver.Item], names: [String]) {
        var index: [String: Int] = [:]
        var names: [String] = []
        func unit(_ key: String, _ name: String) -> Int {
            if let i = index[key] { return i }
            index[key] = names.count
            names.append(name)
            return names.count - 1
        }
        let items = pool.map { exercise -> FillSolver.Item in
            let units: [Int]
            switch request {
            case .topics:
                let topic = exercise.id.topicID
                units = [
                    unit(
                        topic.description,
                        topic.description + (curriculum.topic(id: topic).map { " " + $0.title } ?? ""))
                ]
            case .goals:
                units = exercise.goals.map { unit(Self.goalKey($0.text), $0.text) }
            }
            return FillSolver.Item(weight: exercise.minutes.maximum, units: units)
        }
        return (items, names)
    }

    /// The training minutes a day offers at most: the frame minus lunch when the day includes the
    /// lunch window, minus the required buffer. Breaks take more; no choice has more training.
    func availableMinutes(frame: DayFrame) -> Int {
        let lunch = policy.includesLunch(frame)
        return max(0, frame.minutes - (lunch ? policy.lunchMinutes : 0) - policy.requiredSlack(for: frame))
    }

    /// The budget the approximation starts from: the available minutes less one short break per
    /// maximum stretch beyond the first (lunch counting as one); lowered further while the day
    /// laid out still overruns.
    func initialBudget(frame: DayFrame) -> Int {
        let lunch = policy.includesLunch(frame)
        let available = availableMinutes(frame: frame)
        let stretches = (available + policy.maximumStretch - 1) / max(1, policy.maximumStretch)
        let breaks = max(0, stretches - 1 - (lunch ? 1 : 0))
        return available - breaks * policy.breakMinutes
    }

    static func entry(_ exercise: Exercise) -> DayBuilder.Entry {
        DayBuilder.Entry(
            kind: .exercise, exercise: exercise, title: exercise.title, duration: exercise.minutes, fixedStart: nil,
            location: nil, label: exercise.id.description)
    }

    public func fill(pool: [Exercise], request: Request, frame: DayFrame, metadata: PlanMetadata) -> Result {
        let (items, names) = units(for: pool, request: request)
        let scheduler = Scheduler(curriculum: curriculum, policy: policy)
        let search = FillSearch(items: items, entries: pool.map(Self.entry), frame: frame, policy: policy)
        var budget = availableMinutes(frame: frame)
        var solution: FillSolver.Solution
        var scheduled: Scheduler.Result
        if let exact = search.solve(exactnessLimit: solver.exactnessLimit) {
            solution = exact
            scheduled = scheduler.split(
                solution.chosen.map { pool[$0] }, frame: frame, metadata: metadata, maximumDays: 1)
        } else {
            // Beyond the exact sizes: a training budget, lowered while the day laid out overruns.
            budget = initialBudget(frame: frame)
            solution = solver.solve(items, capacity: budget)
            scheduled = scheduler.split(
                solution.chosen.map { pool[$0] }, frame: frame, metadata: metadata, maximumDays: 1)
            var attempts = 0
            while attempts < 64, budget > 0, search.end(of: solution.chosen) > search.limit {
                let day = scheduled.schedule.days.first
                let shortfall = max(
                    1, (day?.overrun ?? 0) + max(0, (day?.requiredSlack ?? 0) - max(0, day?.slack ?? 0)))
                budget -= shortfall
                solution = solver.solve(items, capacity: budget)
                scheduled = scheduler.split(
                    solution.chosen.map { pool[$0] }, frame: frame, metadata: metadata, maximumDays: 1)
                attempts += 1
            }
            // No choice covers more than the best choice with no breaks at all would.
            let relaxed = FillSolver(exactnessLimit: solver.exactnessLimit).solve(
                items, capacity: availableMinutes(frame: frame))
            let bound = relaxed.isExact ? relaxed.covered : (relaxed.upperBound ?? names.count)
            solution.upperBound = min(bound, solution.upperBound ?? bound)
            solution.isExact = false
        }
        let chosen = Set(solution.chosen)
        var coveredBy: [Int: ExerciseID] = [:]
        for i in solution.chosen { for u in items[i].units where coveredBy[u] == nil { coveredBy[u] = pool[i].id } }
        let dayEnd = search.end(of: solution.chosen)
        var leftOut: [(Exercise, LeftOutReason)] = []
        for (i, exercise) in pool.enumerated() where !chosen.contains(i) {
            let item = items[i]
            let with = search.end(of: (solution.chosen + [i]).sorted())
            let reason: LeftOutReason
            if search.end(of: [i]) > search.limit {
                reason = .tooLongForTheDay(minutes: item.weight, end: with)
            } else if !item.units.isEmpty, item.units.allSatisfy({ coveredBy[$0] != nil }) {
                reason = .nothingNew(
                    coveredBy: Set(item.units.compactMap { coveredBy[$0]?.description }).sorted(), end: with)
            } else if item.units.isEmpty {
                reason = request == .goals ? .noGoals(end: with) : .noRoom(end: with)
            } else {
                reason = .fewerCovered(end: with)
            }
            leftOut.append((exercise, reason))
        }
        let uncovered = names.indices.filter { coveredBy[$0] == nil }.map { names[$0] }
        let approximation: Approximation? =
            solution.isExact
            ? nil
            : (request == .goals && FillSolver.groups(items) == nil
                ? .sharedGoalsBeyondLimit(limit: solver.exactnessLimit)
                : .beyondSearchLimit(partialDays: FillSearch.stateLimit))
        return Result(
            scheduled: scheduled, solution: solution, budget: budget, unitCount: names.count, leftOut: leftOut,
            uncovered: uncovered, request: request, poolCount: pool.count, exactnessLimit: solver.exactnessLimit,
            dayEnd: dayEnd, limit: search.limit, approximation: approximation)
    }
}
