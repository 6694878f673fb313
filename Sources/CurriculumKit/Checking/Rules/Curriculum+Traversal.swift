extension Curriculum {
    /// Calls `body` with every exercise in course order, without building the array of copies that
    /// `exercises` returns: every rule walks every exercise, and on large corpora the copies cost
    /// more than the rules themselves.
    func forEachExercise(_ body: (Exercise) throws -> Void) rethrows {
        for module in modules {
            for topic in module.topics {
                for level in topic.levels {
                    for exercise in level.exercises { try body(exercise) }
                }
            }
        }
    }
}
