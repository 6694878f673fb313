/// What changed between two versions of a plan: exercises added, removed and moved, and how far
/// each start time shifted. What `curriculum plan diff OLD NEW` prints.
public struct PlanDiff: Hashable, Sendable {
    /// One exercise's place in a schedule.
    public struct Placement: Hashable, Sendable {
        public var id: ExerciseID
        public var title: String
        public var day: Int
        public var start: ClockTime
        public var latestStart: ClockTime
    }

    /// An exercise in both versions.
    public struct Change: Hashable, Sendable {
        public var old: Placement
        public var new: Placement
        /// Whether it changed day or order relative to the other exercises.
        public var moved: Bool
        /// Minutes its (latest) start moved; across days, the clock difference (the day is named).
        public var shift: Int { new.latestStart.minutesSinceMidnight - old.latestStart.minutesSinceMidnight }
    }

    public var added: [Placement]
    public var removed: [Placement]
    public var changes: [Change]

    public var moved: [Change] { changes.filter(\.moved) }
    public var shifted: [Change] { changes.filter { $0.shift != 0 || $0.old.day != $0.new.day } }
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && shifted.isEmpty && moved.isEmpty }

    static func placements(_ schedule: Schedule) -> [Placement] {
        schedule.days.flatMap { day in
            day.items.compactMap { item in
                item.exercise.map {
                    Placement(
                        id: $0.id, title: $0.title, day: day.number, start: item.start, latestStart: item.latestStart)
                }
            }
        }
    }

    public init(old: Schedule, new: Schedule) {
        let before = Self.placements(old)
        let after = Self.placements(new)
        let oldIDs = Set(before.map(\.id))
        let newIDs = Set(after.map(\.id))
        added = after.filter { !oldIDs.contains($0.id) }
        removed = before.filter { !newIDs.contains($0.id) }
        let common = before.filter { newIDs.contains($0.id) }
        var newIndex: [ExerciseID: Int] = [:]
        for (i, p) in after.enumerated() where newIndex[p.id] == nil { newIndex[p.id] = i }
        // The exercises that kept their relative order: a longest increasing subsequence of new
        // positions taken in old order. The others moved.
        let positions = common.compactMap { newIndex[$0.id] }
        let kept = Self.longestIncreasing(positions)
        var afterByID: [ExerciseID: Placement] = [:]
        for p in after where afterByID[p.id] == nil { afterByID[p.id] = p }
        changes = common.enumerated().compactMap { offset, p in
            guard let n = afterByID[p.id] else { return nil }
            return Change(old: p, new: n, moved: !kept.contains(offset) || p.day != n.day)
        }
    }

    /// The indices of one longest strictly increasing subsequence (patience sorting).
    static func longestIncreasing(_ values: [Int]) -> Set<Int> {
        var tails: [Int] = []  // indices into values
        var previous = [Int](repeating: -1, count: values.count)
        for (i, v) in values.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < v { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[i] = tails[low - 1] }
            if low == tails.count { tails.append(i) } else { tails[low] = i }
        }
        var result = Set<Int>()
        var k = tails.last ?? -1
        while k >= 0 {
            result.insert(k)
            k = previous[k]
        }
        return result
    }
}
