/// The account `plan --fill` prints under the agenda, in the curriculum's language: what the
/// choice covers, how it was found and how exact it is, and why each exercise left out was.
public struct FillReportRenderer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private func choose(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    public func render(_ fill: FillPlanner.Result) -> String {
        let labels = Labels(language)
        let solution = fill.solution
        let units =
            fill.request == .topics
            ? choose(fill.unitCount == 1 ? "onderwerp" : "onderwerpen", fill.unitCount == 1 ? "topic" : "topics")
            : choose(fill.unitCount == 1 ? "leerdoel" : "leerdoelen", fill.unitCount == 1 ? "goal" : "goals")
        let exercises = labels.exerciseCount(solution.chosen.count)
        var out = choose(
            "Vullen: dekt \(solution.covered) van \(fill.unitCount) \(units) met \(exercises), \(solution.minutes) trainingsminuten; de dag loopt tot \(fill.dayEnd) (uiterlijk \(fill.limit)), pauzes en lunch ingepland",
            "Fill: covers \(solution.covered) of \(fill.unitCount) \(units) with \(exercises), \(solution.minutes) training minutes; the day ends at \(fill.dayEnd) (limit \(fill.limit)), breaks and lunch laid out"
        )
        out +=
            " (\(method(solution.method)), \(solution.isExact ? choose("exact", "exact") : choose("benaderd", "approximate")))\n"
        if let approximation = fill.approximation, let bound = solution.upperBound {
            let ratio = bound == 0 ? 100 : solution.covered * 100 / bound
            let boundUnits =
                fill.request == .topics ? choose("onderwerpen", "topics") : choose("leerdoelen", "goals")
            let why: String
            switch approximation {
            case .sharedGoalsBeyondLimit(let limit):
                why = choose(
                    "de verzameling van \(fill.poolCount) oefeningen met gedeelde leerdoelen is groter dan de grens van \(limit) voor een exact antwoord",
                    "the pool of \(fill.poolCount) exercises with shared goals is beyond the exact limit of \(limit)")
            case .beyondSearchLimit(let partialDays):
                why = choose(
                    "de verzameling van \(fill.poolCount) oefeningen vraagt meer dan de \(partialDays) gedeeltelijke dagen van de exacte zoektocht",
                    "the pool of \(fill.poolCount) exercises is beyond the exact search's \(partialDays) partial days")
            }
            out += choose(
                "  Benadering: \(why); geen keuze dekt meer dan \(bound) \(boundUnits), dus deze haalt minstens \(ratio)% van het optimum (een trainingsbudget van \(fill.budget) min, verlaagd tot de dag past).\n",
                "  Approximation: \(why); no choice covers more than \(bound) \(boundUnits), so this one reaches at least \(ratio)% of the optimum (a training budget of \(fill.budget) min, lowered until the day fits).\n"
            )
        }
        if !fill.uncovered.isEmpty {
            out += choose("  Niet gedekt: ", "  Not covered: ") + fill.uncovered.joined(separator: "; ") + "\n"
        }
        if !fill.leftOut.isEmpty {
            out += choose("  Weggelaten:\n", "  Left out:\n")
            for (exercise, reason) in fill.leftOut {
                out +=
                    "    \(exercise.id) (\(exercise.minutes)): \(self.reason(reason, request: fill.request, limit: fill.limit))\n"
            }
        }
        return out
    }

    func method(_ method: FillSolver.Method) -> String {
        switch method {
        case .dynamicProgramming: return choose("dynamisch programmeren over minuten", method.rawValue)
        case .branchAndBound: return choose("branch and bound", method.rawValue)
        case .greedy: return choose("aangepast gulzig", method.rawValue)
        case .bruteForce: return choose("alle keuzes geprobeerd", method.rawValue)
        case .layoutDynamicProgramming:
            return choose("dynamisch programmeren over de ingedeelde dag", method.rawValue)
        case .layoutBranchAndBound: return choose("branch and bound over de ingedeelde dag", method.rawValue)
        }
    }

    func reason(_ reason: FillPlanner.LeftOutReason, request: FillPlanner.Request, limit: ClockTime) -> String {
        let after = { (end: ClockTime) in
            self.choose(
                "erbij loopt de dag tot \(end), na \(limit)", "with it the day would end at \(end), after \(limit)")
        }
        switch reason {
        case .tooLongForTheDay(let minutes, let end):
            return choose(
                "duurt \(minutes) min; alleen al loopt de dag dan tot \(end), na \(limit)",
                "takes \(minutes) min; on its own it would end the day at \(end), after \(limit)")
        case .nothingNew(let coveredBy, let end):
            let by = coveredBy.joined(separator: ", ")
            return request == .topics
                ? choose(
                    "voegt niets toe: het onderwerp komt al aan bod in \(by); \(after(end))",
                    "adds nothing new: its topic is already covered by \(by); \(after(end))")
                : choose(
                    "voegt niets toe: de leerdoelen komen al aan bod in \(by); \(after(end))",
                    "adds nothing new: its goals are already covered by \(by); \(after(end))")
        case .noGoals(let end):
            return choose("heeft geen leerdoelen; \(after(end))", "has no learning goals; \(after(end))")
        case .noRoom(let end):
            return after(end)
        case .fewerCovered(let end):
            let units = request == .topics ? choose("onderwerpen", "topics") : choose("leerdoelen", "goals")
            return choose(
                "\(after(end)); elke ruil waarmee het past, dekt minder \(units) of minder minuten",
                "\(after(end)); any swap that fits it covers fewer \(units) or fewer minutes")
        }
    }
}
