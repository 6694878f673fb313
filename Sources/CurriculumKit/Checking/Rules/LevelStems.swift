/// The key-word stems of one level's goals and exercises, for `LevelGoalsRule`.
///
/// A level is nearly always addressed, usually by its first exercises, so the stems are worked out
/// as they are needed: every goal's first (a goal has few words), then one exercise at a time until
/// one shares enough of them with a goal. The arrays are reused from level to level, so that
/// matching a level costs no allocation once they have grown.
struct LevelStems {
    /// The goals' sets one after the other; goal `k`'s is `goals[goalEnds[k - 1]..<goalEnds[k]]`.
    private var goals: [Stem] = []
    private var goalEnds: [Int] = []
    /// One exercise's title and learning goals as one sorted set, reused from exercise to exercise.
    private var exercise: [Stem] = []

    /// Whether an exercise of `level` addresses one of its goals: shares two of the goal's stems
    /// (one, when the goal has only one). `nil` when no pair was found among the texts the byte
    /// path reads and some title or goal has a word beyond Latin-1, which only `Wording`'s Unicode
    /// path compares exactly: `LevelGoalsRule` then takes that path for the whole level.
    mutating func addresses(_ level: Level) -> Bool? {
        goals.removeAll(keepingCapacity: true)
        goalEnds.removeAll(keepingCapacity: true)
        var undecided = false
        for goal in level.goals {
            let start = goals.count
            if !Wording.addStems(of: goal.text, to: &goals, from: start) {
                // Left out (an empty set matches nothing); the Unicode path decides instead.
                goals.removeSubrange(start...)
                undecided = true
            }
            goalEnds.append(goals.count)
        }
        for candidate in level.exercises {
            exercise.removeAll(keepingCapacity: true)
            // Title and goals apart give the words they would give joined by spaces.
            var readable = Wording.addStems(of: candidate.title, to: &exercise, from: 0)
            for goal in candidate.goals where readable {
                readable = Wording.addStems(of: goal.text, to: &exercise, from: 0)
            }
            guard readable else {
                undecided = true
                continue
            }
            var start = 0
            for end in goalEnds {
                let needed = min(2, end - start)
                if needed > 0, Wording.sharedCount(goals[start..<end], exercise, upTo: needed) >= needed { return true }
                start = end
            }
        }
        return undecided ? nil : false
    }
}
