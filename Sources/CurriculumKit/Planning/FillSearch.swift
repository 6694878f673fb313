/// Chooses the exercises of one day with the day laid out exactly as the agenda will be: breaks,
/// lunch and transitions placed by the same `DayBuilder`, so that a choice counts as fitting if and
/// only if its agenda fits. What `plan --fill` solves.
///
/// A budget of training minutes cannot be exact: a break is needed only where a stretch would pass
/// the maximum, so whether a set of exercises fits depends on their lengths and order, not on
/// their sum. The search therefore walks the pool in curriculum order with a day under way, and
/// compares partial days by `DayBuilder.State` (when the day stands, the stretch since the last
/// break, lunch taken or not): two partial days with equal states lay out anything after them
/// alike.
///
/// The objective is `FillSolver`'s: units covered, then training minutes, then the earliest
/// exercises in curriculum order.
///
/// - **Dynamic programming over day states** when the units fall into runs (topics; goals no two
///   exercises share): exact while the search holds at most `stateLimit` partial days.
/// - **Branch and bound** otherwise: exact for pools of up to `FillSolver.exactnessLimit`.
///
/// `solve` returns `nil` beyond those sizes; the planner then approximates and says so.
struct FillSearch {
    let items: [FillSolver.Item]
    let entries: [DayBuilder.Entry]
    /// An empty day: the frame, the policy with breaks inserted, details off.
    let day: DayBuilder
    /// The latest end a fitting day may have: the frame's end less the required buffer.
    let limit: ClockTime
    /// More than any day's training minutes: one unit outweighs every minute.
    let scale: Int

    /// The largest number of partial days the dynamic programme keeps (documented in docs/plans.md).
    static let stateLimit = 2_000_000

    init(items: [FillSolver.Item], entries: [DayBuilder.Entry], frame: DayFrame, policy: BreakPolicy) {
        var policy = policy
        policy.autoBreaks = true
        var day = DayBuilder(number: 1, frame: frame, policy: policy, language: .english)
        day.recordsDetails = false
        self.items = items
        self.entries = entries
        self.day = day
        self.limit = frame.end.adding(minutes: -policy.requiredSlack(for: frame))
        self.scale = items.reduce(1) { $0 + $1.weight }
    }

    /// The day with `entry` added, or `nil` when it then ends after the limit (and so does every
    /// day that adds more: a day only grows).
    func adding(_ index: Int, to builder: DayBuilder) -> DayBuilder? {
        var next = builder
        next.append(entries[index])
        return next.latestEnd <= limit ? next : nil
    }

    /// Where a day of the chosen items (ascending) ends, laid out in order.
    func end(of chosen: [Int]) -> ClockTime {
        var builder = day
        for i in chosen { builder.append(entries[i]) }
        return builder.latestEnd
    }

    func solve(exactnessLimit: Int) -> FillSolver.Solution? {
        if let groups = FillSolver.groups(items), let chosen = dynamicProgramme(groups: groups) {
            return solution(chosen, method: .layoutDynamicProgramming)
        }
        if items.count <= exactnessLimit {
            return solution(branchAndBound(), method: .layoutBranchAndBound)
        }
        return nil
    }

    private func solution(_ chosen: [Int], method: FillSolver.Method) -> FillSolver.Solution {
        let (covered, minutes) = FillSolver.evaluate(items, chosen)
        return FillSolver.Solution(
            chosen: chosen, covered: covered, minutes: minutes, method: method, isExact: true, upperBound: nil)
    }

    // MARK: Dynamic programming over day states

    private struct Key: Hashable {
        var taken: Bool
        var state: DayBuilder.State
    }

    /// A partial day after some items: whether its group already has an item, and where taking
    /// or skipping the next item leads (indices into the next layer; `include` -1: it does not fit).
    private struct Link {
        var taken: Bool
        var exclude: Int32 = 0
        var include: Int32 = -1
    }

    /// Forward: the partial days reachable after each item, each with its two successors (only
    /// the current layer's days are kept whole). Backward: the best score from each. Then forward
    /// again, taking an item whenever taking it is optimal (the earliest-items tie-break). `nil`
    /// past `stateLimit` partial days.
    private func dynamicProgramme(groups: [Int]) -> [Int]? {
        let n = items.count
        var layers: [[Link]] = []
        layers.reserveCapacity(n + 1)
        var current: [(builder: DayBuilder, taken: Bool)] = [(day, false)]
        var total = 1
        for i in 0..<n {
            let same = i + 1 < n && groups[i + 1] == groups[i]
            var next: [(builder: DayBuilder, taken: Bool)] = []
            var index: [Key: Int32] = [:]
            func slot(_ builder: DayBuilder, _ taken: Bool) -> Int32 {
                let key = Key(taken: taken, state: builder.state)
                if let found = index[key] { return found }
                let position = Int32(next.count)
                index[key] = position
                next.append((builder, taken))
                return position
            }
            var layer: [Link] = []
            layer.reserveCapacity(current.count)
            for (builder, taken) in current {
                var link = Link(taken: taken)
                link.exclude = slot(builder, same ? taken : false)
                if let added = adding(i, to: builder) { link.include = slot(added, same) }
                layer.append(link)
            }
            layers.append(layer)
            total += next.count
            if total > Self.stateLimit { return nil }
            current = next
        }
        var values: [[Int]] = Array(repeating: [], count: n + 1)
        values[n] = [Int](repeating: 0, count: current.count)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let later = values[i + 1]
            values[i] = layers[i].map { link in
                let skip = later[Int(link.exclude)]
                guard link.include >= 0 else { return skip }
                return max(skip, gain(i, taken: link.taken) + later[Int(link.include)])
            }
        }
        var chosen: [Int] = []
        var k = 0
        for i in 0..<n {
            let link = layers[i][k]
            if link.include >= 0,
                gain(i, taken: link.taken) + values[i + 1][Int(link.include)] >= values[i + 1][Int(link.exclude)]
            {
                chosen.append(i)
                k = Int(link.include)
            } else {
                k = Int(link.exclude)
            }
        }
        return chosen
    }

    private func gain(_ i: Int, taken: Bool) -> Int {
        (taken ? 0 : items[i].units.count) * scale + items[i].weight
    }

    // MARK: Branch and bound

    private func branchAndBound() -> [Int] {
        let n = items.count
        var bestScore = -1
        var bestChosen: [Int] = []
        var chosen: [Int] = []
        var coverCount = [Int: Int]()
        var covered = 0
        var suffixUnits = [Set<Int>](repeating: [], count: n + 1)
        var suffixWeight = [Int](repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            suffixUnits[i] = suffixUnits[i + 1].union(items[i].units)
            suffixWeight[i] = suffixWeight[i + 1] + items[i].weight
        }
        func search(_ i: Int, _ builder: DayBuilder, _ minutes: Int) {
            let score = covered * scale + minutes
            if score > bestScore {
                bestScore = score
                bestChosen = chosen
            }
            guard i < n else { return }
            let newUnits = suffixUnits[i].filter { (coverCount[$0] ?? 0) == 0 }.count
            let room = max(0, limit.minutesSinceMidnight - builder.latestEnd.minutesSinceMidnight)
            // Strictly better is needed: on a tie the choice found first (taking earlier items) stays.
            if (covered + newUnits) * scale + minutes + min(room, suffixWeight[i]) <= bestScore { return }
            let item = items[i]
            if let added = adding(i, to: builder) {
                chosen.append(i)
                for u in item.units {
                    if coverCount[u, default: 0] == 0 { covered += 1 }
                    coverCount[u, default: 0] += 1
                }
                search(i + 1, added, minutes + item.weight)
                for u in item.units {
                    coverCount[u, default: 0] -= 1
                    if coverCount[u] == 0 { covered -= 1 }
                }
                chosen.removeLast()
            }
            search(i + 1, builder, minutes)
        }
        search(0, day, 0)
        return bestChosen
    }
}
