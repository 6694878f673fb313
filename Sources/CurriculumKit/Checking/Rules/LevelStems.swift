/// The key-word stems of one level's exercises, each exercise's title and learning goals as one
/// sorted set, for `LevelGoalsRule`.
///
/// Every exercise's stems are worked out once, into one flat array that is reused from level to
/// level, so that matching a level costs no allocation once the array has grown.
struct LevelStems {
    /// The sets one after the other; exercise `k`'s is `stems[ends[k - 1]..<ends[k]]`.
    private var stems: [Stem] = []
    private var ends: [Int] = []
    /// A goal's stems, reused from goal to goal.
    private var goal: [Stem] = []

    /// Replaces the sets by those of `level`'s exercises; `false` when a title or goal has a word
    /// beyond Latin-1, which only `Wording`'s Unicode path compares exactly.
    mutating func load(_ level: Level) -> Bool {
        stems.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        return level.exercises.withUnsafeBufferPointer { exercises in
            for index in exercises.indices {
                let start = stems.count
                // Title and goals apart give the words they would give joined by spaces.
                guard Wording.addStems(of: exercises[index].title, to: &stems, from: start) else { return false }
                for goal in exercises[index].goals.indices {
                    guard Wording.addStems(of: exercises[index].goals[goal].text, to: &stems, from: start) else { return false }
                }
                ends.append(stems.count)
            }
            return true
        }
    }

    /// Whether a loaded exercise addresses one of `goals`: shares two of its stems with it (one,
    /// when the goal has only one). `nil` when a goal, before one is found addressed, has a word
    /// beyond Latin-1: `LevelGoalsRule` then takes `Wording`'s Unicode path for the whole level.
    mutating func addresses(_ goals: [Goal]) -> Bool? {
        for text in goals.lazy.map(\.text) {
            goal.removeAll(keepingCapacity: true)
            guard Wording.addStems(of: text, to: &goal, from: 0) else { return nil }
            let needed = min(2, goal.count)
            guard needed > 0 else { continue }
            var start = 0
            for end in ends {
                if Wording.sharedCount(stems[start..<end], goal, upTo: needed) >= needed { return true }
                start = end
            }
        }
        return false
    }
}
