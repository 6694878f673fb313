/// Chooses items within a time budget so that they cover as many requested units (topics or
/// learning goals) as possible: the optimisation behind `plan --fill`.
///
/// The objective is lexicographic: first the number of units covered, then the minutes used (a
/// filled day rather than an empty one), and among equally good choices the one that takes the
/// earliest items in curriculum order (at the first item where two choices differ, the one that
/// includes it wins).
///
/// Exact methods:
/// - **Dynamic programming over minutes** when items fall into runs of consecutive items that
///   cover the same units, and different runs cover disjoint units: topics (every exercise of a
///   topic covers that one topic), and goals when no two exercises share a goal. Time and memory
///   are O(items × budget minutes), exact for any pool size.
/// - **Branch and bound** otherwise (goals shared between exercises), exact for pools of up to
///   `exactnessLimit` items.
///
/// Beyond the limit the solver uses the modified greedy of Khuller, Moss and Naor (1999): the
/// better of (a) adding items by new units per minute while they fit and (b) the best single
/// item, which covers at least (1 − 1/e)/2 ≈ 31.6 % of the optimum in the worst case. It also
/// computes a fractional-knapsack upper bound on the optimum for the instance at hand, so that
/// the answer states a proven ratio (`upperBound`).
public struct FillSolver: Sendable {
    public struct Item: Hashable, Sendable {
        /// Minutes the item takes (its maximum, so that the choice fits whatever happens).
        public var weight: Int
        /// The units it covers, as indices.
        public var units: [Int]

        public init(weight: Int, units: [Int]) {
            self.weight = weight
            self.units = Array(Set(units)).sorted()
        }
    }

    public enum Method: String, Hashable, Sendable, Codable {
        case dynamicProgramming = "dynamic programming over minutes"
        case branchAndBound = "branch and bound"
        case greedy = "modified greedy"
        case bruteForce = "brute force"
        /// `FillSearch`: the day laid out with its breaks and lunch, exact.
        case layoutDynamicProgramming = "dynamic programming over the laid-out day"
        case layoutBranchAndBound = "branch and bound over the laid-out day"
    }

    public struct Solution: Hashable, Sendable {
        /// Indices of the chosen items, ascending.
        public var chosen: [Int]
        public var covered: Int
        public var minutes: Int
        public var method: Method
        /// Whether the solution is proven optimal.
        public var isExact: Bool
        /// For an approximation: no choice covers more units than this.
        public var upperBound: Int?
    }

    /// Pools larger than this, when the dynamic programme does not apply, are solved
    /// approximately.
    public var exactnessLimit: Int

    public init(exactnessLimit: Int = 40) {
        self.exactnessLimit = exactnessLimit
    }

    public func solve(_ items: [Item], capacity: Int) -> Solution {
        let capacity = max(0, capacity)
        let unitTotal = items.reduce(0) { $0 + $1.units.count }
        if let groups = Self.groups(items), (unitTotal + 1) * (capacity + 1) + capacity < Int(Int32.max) {
            return dynamicProgramme(items, groups: groups, capacity: capacity)
        }
        if items.count <= exactnessLimit {
            return branchAndBound(items, capacity: capacity)
        }
        return greedy(items, capacity: capacity)
    }

    // MARK: Scores

    /// Units first, then minutes: `covered × (capacity + 1) + minutes`.
    static func score(covered: Int, minutes: Int, capacity: Int) -> Int { covered * (capacity + 1) + minutes }

    static func evaluate(_ items: [Item], _ chosen: [Int]) -> (covered: Int, minutes: Int) {
        var units = Set<Int>()
        var minutes = 0
        for i in chosen {
            units.formUnion(items[i].units)
            minutes += items[i].weight
        }
        return (units.count, minutes)
    }

    // MARK: Dynamic programming

    /// Runs of consecutive items with identical units, when runs' units are pairwise disjoint:
    /// the group of each item, or `nil` when the structure does not hold.
    static func groups(_ items: [Item]) -> [Int]? {
        var groupOf: [Int] = []
        groupOf.reserveCapacity(items.count)
        var owner: [Int: Int] = [:]  // unit → group
        var group = -1
        for (i, item) in items.enumerated() {
            if i == 0 || item.units != items[i - 1].units || item.units.isEmpty { group += 1 }
            for unit in item.units {
                if let g = owner[unit], g != group { return nil }
                owner[unit] = group
            }
            groupOf.append(group)
        }
        return groupOf
    }

    func dynamicProgramme(_ items: [Item], groups: [Int], capacity: Int) -> Solution {
        let n = items.count
        let width = capacity + 1
        // best[(i * width + c) * 2 + b]: the best score from items i… with c minutes left, b = the
        // group of item i already has a chosen item.
        // Int32 halves the table (and its page faults) for large pools; scores fit easily: at
        // most (units + 1) × (capacity + 1).
        var best = [Int32](repeating: 0, count: (n + 1) * width * 2)
        func sameGroupNext(_ i: Int) -> Bool { i + 1 < n && groups[i + 1] == groups[i] }
        if n > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                let w = items[i].weight
                let gain = Int32(items[i].units.count * width)
                let same = sameGroupNext(i)
                let next = (i + 1) * width * 2
                let here = i * width * 2
                for c in 0...capacity {
                    for b in 0...1 {
                        let exclude = best[next + c * 2 + (same ? b : 0)]
                        var value = exclude
                        if w <= c {
                            let include = best[next + (c - w) * 2 + (same ? 1 : 0)] + (b == 1 ? 0 : gain) + Int32(w)
                            if include > value { value = include }
                        }
                        best[here + c * 2 + b] = value
                    }
                }
            }
        }
        var chosen: [Int] = []
        var c = capacity
        var b = 0
        for i in 0..<n {
            let w = items[i].weight
            let same = sameGroupNext(i)
            let next = (i + 1) * width * 2
            let exclude = best[next + c * 2 + (same ? b : 0)]
            if w <= c {
                let include =
                    best[next + (c - w) * 2 + (same ? 1 : 0)] + Int32((b == 1 ? 0 : items[i].units.count * width) + w)
                if include >= exclude {
                    chosen.append(i)
                    c -= w
                    b = same ? 1 : 0
                    continue
                }
            }
            b = same ? b : 0
        }
        let (covered, minutes) = Self.evaluate(items, chosen)
        return Solution(
            chosen: chosen, covered: covered, minutes: minutes, method: .dynamicProgramming, isExact: true,
            upperBound: nil)
    }

    // MARK: Branch and bound

    func branchAndBound(_ items: [Item], capacity: Int) -> Solution {
        let n = items.count
        var bestScore = -1
        var bestChosen: [Int] = []
        var chosen: [Int] = []
        var coverCount = [Int: Int]()
        var covered = 0
        // Suffix unions of units, for the bound.
        var suffixUnits = [Set<Int>](repeating: [], count: n + 1)
        var suffixWeight = [Int](repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            suffixUnits[i] = suffixUnits[i + 1].union(items[i].units)
            suffixWeight[i] = suffixWeight[i + 1] + items[i].weight
        }
        func search(_ i: Int, _ left: Int, _ minutes: Int) {
            let score = Self.score(covered: covered, minutes: minutes, capacity: capacity)
            if score > bestScore {
                bestScore = score
                bestChosen = chosen
            }
            guard i < n else { return }
            let newUnits = suffixUnits[i].filter { (coverCount[$0] ?? 0) == 0 }.count
            let bound = Self.score(
                covered: covered + newUnits, minutes: minutes + min(left, suffixWeight[i]), capacity: capacity)
            if bound <= bestScore { return }
            let item = items[i]
            if item.weight <= left {
                chosen.append(i)
                for u in item.units {
                    if coverCount[u, default: 0] == 0 { covered += 1 }
                    coverCount[u, default: 0] += 1
                }
                search(i + 1, left - item.weight, minutes + item.weight)
                for u in item.units {
                    coverCount[u, default: 0] -= 1
                    if coverCount[u] == 0 { covered -= 1 }
                }
                chosen.removeLast()
            }
            search(i + 1, left, minutes)
        }
        search(0, capacity, 0)
        let (c, m) = Self.evaluate(items, bestChosen)
        return Solution(
            chosen: bestChosen, covered: c, minutes: m, method: .branchAndBound, isExact: true, upperBound: nil)
    }

    /// Every subset: for tests on small pools only.
    public func bruteForce(_ items: [Item], capacity: Int) -> Solution {
        precondition(items.count <= 20, "brute force is for small pools")
        var best: (score: Int, chosen: [Int])?
        for mask in 0..<(1 << items.count) {
            var chosen: [Int] = []
            var weight = 0
            for i in 0..<items.count where mask & (1 << i) != 0 {
                chosen.append(i)
                weight += items[i].weight
            }
            guard weight <= capacity else { continue }
            let (c, m) = Self.evaluate(items, chosen)
            let score = Self.score(covered: c, minutes: m, capacity: capacity)
            if let current = best {
                if score > current.score || (score == current.score && Self.prefers(chosen, over: current.chosen)) {
                    best = (score, chosen)
                }
            } else {
                best = (score, chosen)
            }
        }
        let chosen = best?.chosen ?? []
        let (c, m) = Self.evaluate(items, chosen)
        return Solution(chosen: chosen, covered: c, minutes: m, method: .bruteForce, isExact: true, upperBound: nil)
    }

    /// The tie-break: at the first index where the two choices differ, the one that includes it.
    public static func prefers(_ a: [Int], over b: [Int]) -> Bool {
        let sa = Set(a)
        let sb = Set(b)
        for i in 0...max(a.max() ?? 0, b.max() ?? 0) where sa.contains(i) != sb.contains(i) {
            return sa.contains(i)
        }
        return false
    }

    // MARK: Approximation

    func greedy(_ items: [Item], capacity: Int) -> Solution {
        // (a) By new units per minute, skipping what does not fit.
        var chosen: [Int] = []
        var taken = [Bool](repeating: false, count: items.count)
        var coveredUnits = Set<Int>()
        var left = capacity
        while true {
            var pick: (index: Int, gain: Int, ratio: Double)?
            for (i, item) in items.enumerated() where !taken[i] && item.weight <= left {
                let gain = item.units.reduce(0) { $0 + (coveredUnits.contains($1) ? 0 : 1) }
                guard gain > 0 else { continue }
                let ratio = Double(gain) / Double(max(1, item.weight))
                if ratio > pick?.ratio ?? -1 { pick = (i, gain, ratio) }
            }
            guard let (index, _, _) = pick else { break }
            taken[index] = true
            chosen.append(index)
            coveredUnits.formUnion(items[index].units)
            left -= items[index].weight
        }
        // (b) The best single item.
        let single = items.indices.filter { items[$0].weight <= capacity }.max { a, b in
            (items[a].units.count, -a) < (items[b].units.count, -b)
        }
        if let single, items[single].units.count > coveredUnits.count {
            chosen = [single]
            taken = [Bool](repeating: false, count: items.count)
            taken[single] = true
            coveredUnits = Set(items[single].units)
            left = capacity - items[single].weight
        }
        // Fill the rest of the day in curriculum order.
        for (i, item) in items.enumerated() where !taken[i] && item.weight <= left {
            taken[i] = true
            chosen.append(i)
            left -= item.weight
        }
        chosen.sort()
        let (c, m) = Self.evaluate(items, chosen)
        return Solution(
            chosen: chosen, covered: c, minutes: m, method: .greedy, isExact: false,
            upperBound: Self.upperBound(items, capacity: capacity))
    }

    /// No choice within `capacity` covers more units than this: the fractional knapsack with each
    /// item worth all its units (overlaps counted twice), capped by the units that can be covered
    /// at all.
    public static func upperBound(_ items: [Item], capacity: Int) -> Int {
        let fitting = items.filter { $0.weight <= capacity && !$0.units.isEmpty }
        let coverable = Set(fitting.flatMap(\.units)).count
        let free = fitting.filter { $0.weight == 0 }.reduce(0) { $0 + $1.units.count }
        let sorted = fitting.filter { $0.weight > 0 }.sorted {
            Double($0.units.count) / Double($0.weight) > Double($1.units.count) / Double($1.weight)
        }
        var left = Double(capacity)
        var value = Double(free)
        for item in sorted {
            if left <= 0 { break }
            let take = min(1, left / Double(item.weight))
            value += take * Double(item.units.count)
            left -= take * Double(item.weight)
        }
        return min(coverable, Int(value.rounded(.down)))
    }
}
