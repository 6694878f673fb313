/// Fills one course day from a pool of exercises: what `plan --fill` runs.
///
/// Turns the request into a `FillSolver` problem (units: the requested topics, or the distinct
/// learning goals of the pool's exercises), solves it for the training minutes the day offers,
/// lays the choice out with breaks and lunch inserted, and, if breaks push the day over its end,
/// solves again with the overrun taken off the budget. The answer is exact for the final
/// training budget it states.
public struct FillPlanner: Sendable {
    public enum Request: String, Sendable {
        case topics, goals
    }

    public struct Result: Sendable {
        public var scheduled: Scheduler.Result
        public var solution: FillSolver.Solution
        /// Minutes of training the solution was computed for.
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
    }

    /// Why an exercise of the pool was left out, as a value: `FillReportRenderer` words it in the
    /// curriculum's language.
    public enum LeftOutReason: Hashable, Sendable {
        /// It takes `minutes`, more than the day's training `budget`.
        case longerThanBudget(minutes: Int, budget: Int)
        /// Its topic or goals are already covered by these exercises, and it does not fit in `left`.
        case nothingNew(coveredBy: [String], left: Int)
        /// It has no learning goals (asked for goals), and does not fit in `left`.
        case noGoals(left: Int)
        /// It does not fit in the `left` minutes.
        case noRoom(left: Int)
        /// It takes `minutes` with `left` left; fitting it would cover fewer units or minutes.
        case fewerCovered(minutes: Int, left: Int)
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

    /// The training minutes a day offers: the frame minus lunch when the day includes the lunch
    /// window, minus the required buffer, minus the short breaks that many minutes of training
    /// need (one per maximum stretch, lunch counting as one). `fill` lowers it further if the
    /// day laid out still overruns.
    func initialBudget(frame: DayFrame) -> Int {
        let lunch = policy.includesLunch(frame)
        let available = frame.minutes - (lunch ? policy.lunchMinutes : 0) - policy.requiredSlack(for: frame)
        let stretches = (available + policy.maximumStretch - 1) / max(1, policy.maximumStretch)
        let breaks = max(0, stretches - 1 - (lunch ? 1 : 0))
        return available - breaks * policy.breakMinutes
    }

    public func fill(pool: [Exercise], request: Request, frame: DayFrame, metadata: PlanMetadata) -> Result {
        let (items, names) = units(for: pool, request: request)
        let scheduler = Scheduler(curriculum: curriculum, policy: policy)
        var budget = initialBudget(frame: frame)
        var solution = solver.solve(items, capacity: budget)
        var scheduled = scheduler.split(
            solution.chosen.map { pool[$0] }, frame: frame, metadata: metadata, maximumDays: 1)
        var attempts = 0
        while attempts < 64, budget > 0,
            !(scheduled.schedule.days.allSatisfy(\.fits) && scheduled.schedule.leftOut.isEmpty
                && !(scheduled.schedule.days.first?.isShortOfBuffer ?? false))
        {
            let day = scheduled.schedule.days.first
            let shortfall = max(1, (day?.overrun ?? 0) + max(0, (day?.requiredSlack ?? 0) - max(0, day?.slack ?? 0)))
            budget -= shortfall
            solution = solver.solve(items, capacity: budget)
            scheduled = scheduler.split(
                solution.chosen.map { pool[$0] }, frame: frame, metadata: metadata, maximumDays: 1)
            attempts += 1
        }
        let chosen = Set(solution.chosen)
        var coveredBy: [Int: ExerciseID] = [:]
        for i in solution.chosen { for u in items[i].units where coveredBy[u] == nil { coveredBy[u] = pool[i].id } }
        let left = budget - solution.minutes
        var leftOut: [(Exercise, LeftOutReason)] = []
        for (i, exercise) in pool.enumerated() where !chosen.contains(i) {
            let item = items[i]
            let reason: LeftOutReason
            if item.weight > budget {
                reason = .longerThanBudget(minutes: item.weight, budget: budget)
            } else if !item.units.isEmpty, item.units.allSatisfy({ coveredBy[$0] != nil }) {
                reason = .nothingNew(
                    coveredBy: Set(item.units.compactMap { coveredBy[$0]?.description }).sorted(), left: left)
            } else if item.units.isEmpty {
                reason = request == .goals ? .noGoals(left: left) : .noRoom(left: left)
            } else {
                reason = .fewerCovered(minutes: item.weight, left: left)
            }
            leftOut.append((exercise, reason))
        }
        let uncovered = names.indices.filter { coveredBy[$0] == nil }.map { names[$0] }
        return Result(
            scheduled: scheduled, solution: solution, budget: budget, unitCount: names.count, leftOut: leftOut,
            uncovered: uncovered, request: request, poolCount: pool.count, exactnessLimit: solver.exactnessLimit)
    }
}
