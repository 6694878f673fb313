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
        public var leftOut: [(exercise: Exercise, reason: String)]
        /// Units the choice does not cover.
        public var uncovered: [String]
        /// A readable account: covered units, method, exactness, what was left out and why.
        public var report: String
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
        var leftOut: [(Exercise, String)] = []
        for (i, exercise) in pool.enumerated() where !chosen.contains(i) {
            let item = items[i]
            let with = search.end(of: (solution.chosen + [i]).sorted())
            let reason: String
            if search.end(of: [i]) > search.limit {
                // nl: duurt 150 min; alleen al loopt de dag dan tot 17:00, na 16:30
                reason = "takes \(item.weight) min; on its own it would end the day at \(with), after \(search.limit)"
            } else if !item.units.isEmpty, item.units.allSatisfy({ coveredBy[$0] != nil }) {
                let by = Set(item.units.compactMap { coveredBy[$0]?.description }).sorted().joined(separator: ", ")
                let what = request == .topics ? "its topic is" : "its goals are"
                // nl: voegt niets toe: het onderwerp komt al aan bod in 1.A.1.1; erbij loopt de dag tot 16:45, na 16:30
                reason =
                    "adds nothing new: \(what) already covered by \(by); with it the day would end at \(with), after \(search.limit)"
            } else if item.units.isEmpty {
                let none = request == .goals ? "has no learning goals; " : ""
                // nl: heeft geen leerdoelen; erbij loopt de dag tot 16:45, na 16:30
                reason = "\(none)with it the day would end at \(with), after \(search.limit)"
            } else {
                // nl: erbij loopt de dag tot 16:45, na 16:30; een ruil dekt minder onderwerpen of minuten
                reason =
                    "with it the day would end at \(with), after \(search.limit); any swap that fits it covers fewer \(request.rawValue) or fewer minutes"
            }
            leftOut.append((exercise, reason))
        }
        let uncovered = names.indices.filter { coveredBy[$0] == nil }.map { names[$0] }
        let unitWord = request == .topics ? "topic" : "goal"
        let count = solution.chosen.count
        // nl: Vullen: dekt 11 van 19 leerdoelen met 9 oefeningen, 90 trainingsminuten; de dag loopt tot 10:30 (uiterlijk 10:35), pauzes en lunch ingepland
        var report =
            "Fill: covers \(solution.covered) of \(names.count) \(unitWord)\(names.count == 1 ? "" : "s") with \(count) exercise\(count == 1 ? "" : "s"), \(solution.minutes) training minutes; the day ends at \(dayEnd) (limit \(search.limit)), breaks and lunch laid out"
        report += " (\(solution.method.rawValue), \(solution.isExact ? "exact" : "approximate"))\n"
        if !solution.isExact, let bound = solution.upperBound {
            let ratio = bound == 0 ? 100 : solution.covered * 100 / bound
            let why =
                request == .goals && FillSolver.groups(items) == nil
                ? "the pool of \(pool.count) exercises with shared goals is beyond the exact limit of \(solver.exactnessLimit)"
                : "the pool of \(pool.count) exercises is beyond the exact search's \(FillSearch.stateLimit) partial days"
            // nl: Benadering: ...; geen keuze dekt meer dan 12 leerdoelen, deze haalt dus minstens 80% van het optimum
            report +=
                "  Approximation: \(why); no choice covers more than \(bound) \(unitWord)s, so this one reaches at least \(ratio)% of the optimum (a training budget of \(budget) min, lowered until the day fits).\n"
        }
        if !uncovered.isEmpty { report += "  Not covered: " + uncovered.joined(separator: "; ") + "\n" }
        if !leftOut.isEmpty {
            report += "  Left out:\n"
            for (exercise, reason) in leftOut { report += "    \(exercise.id) (\(exercise.minutes)): \(reason)\n" }
        }
        return Result(
            scheduled: scheduled, solution: solution, budget: budget, unitCount: names.count, leftOut: leftOut,
            uncovered: uncovered, report: report)
    }
}
