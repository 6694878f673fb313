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
            "Vullen: dekt \(solution.covered) van \(fill.unitCount) \(units) met \(exercises), \(solution.minutes) van \(fill.budget) trainingsminuten",
            "Fill: covers \(solution.covered) of \(fill.unitCount) \(units) with \(exercises), \(solution.minutes) of \(fill.budget) training minutes"
        )
        out +=
            " (\(method(solution.method)), \(solution.isExact ? choose("exact", "exact") : choose("benaderd", "approximate")))\n"
        if !solution.isExact, let bound = solution.upperBound {
            let ratio = bound == 0 ? 100 : solution.covered * 100 / bound
            out += choose(
                "  Benadering: de verzameling van \(fill.poolCount) oefeningen met gedeelde leerdoelen is groter dan de grens van \(fill.exactnessLimit) voor een exact antwoord; geen keuze dekt meer dan \(bound) leerdoelen, dus deze haalt minstens \(ratio)% van het optimum (slechtste geval voor de methode: 31,6%).\n",
                "  Approximation: the pool of \(fill.poolCount) exercises with shared goals is beyond the exact limit of \(fill.exactnessLimit); no choice covers more than \(bound) goals, so this one reaches at least \(ratio)% of the optimum (worst case for the method: 31.6%).\n"
            )
        }
        if !fill.uncovered.isEmpty {
            out += choose("  Niet gedekt: ", "  Not covered: ") + fill.uncovered.joined(separator: "; ") + "\n"
        }
        if !fill.leftOut.isEmpty {
            out += choose("  Weggelaten:\n", "  Left out:\n")
            for (exercise, reason) in fill.leftOut {
                out += "    \(exercise.id) (\(exercise.minutes)): \(self.reason(reason, request: fill.request))\n"
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
        }
    }

    func reason(_ reason: FillPlanner.LeftOutReason, request: FillPlanner.Request) -> String {
        switch reason {
        case .longerThanBudget(let minutes, let budget):
            return choose(
                "duurt \(minutes) min, langer dan de \(budget) trainingsminuten van de dag",
                "takes \(minutes) min, more than the day's \(budget)-min training budget")
        case .nothingNew(let coveredBy, let left):
            let by = coveredBy.joined(separator: ", ")
            return request == .topics
                ? choose(
                    "voegt niets toe: het onderwerp is al gedekt door \(by); het past niet in de \(left) min die over zijn",
                    "adds nothing new: its topic is already covered by \(by); it does not fit in the \(left) min left")
                : choose(
                    "voegt niets toe: de leerdoelen zijn al gedekt door \(by); het past niet in de \(left) min die over zijn",
                    "adds nothing new: its goals are already covered by \(by); it does not fit in the \(left) min left")
        case .noGoals(let left):
            return choose(
                "heeft geen leerdoelen en past niet in de \(left) min die over zijn",
                "has no learning goals and does not fit in the \(left) min left")
        case .noRoom(let left):
            return choose("past niet in de \(left) min die over zijn", "does not fit in the \(left) min left")
        case .fewerCovered(let minutes, let left):
            let units = request == .topics ? choose("onderwerpen", "topics") : choose("leerdoelen", "goals")
            return choose(
                "duurt \(minutes) min met \(left) min over; wie het inpast, dekt minder \(units) of minder minuten",
                "takes \(minutes) min with \(left) min left; fitting it would cover fewer \(units) or fewer minutes")
        }
    }
}
