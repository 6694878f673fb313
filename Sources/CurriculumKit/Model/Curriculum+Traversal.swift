extension Curriculum {
    /// Calls `body` with every exercise in course order, without building the array of copies that
    /// `exercises` returns: every rule walks every exercise, and on large corpora the copies cost
    /// more than the rules themselves. Modules, topics and levels are read in place from their
    /// arrays' storage (a `for` loop would copy each one it visits, retaining all its strings and
    /// arrays); each exercise is handed over from its array's storage too, though the optimiser
    /// still copies it for a `body` it does not inline (about 1,000 instructions an exercise).
    func forEachExercise(_ body: (Exercise) throws -> Void) rethrows {
        try forEachLevel { _, level in
            try level.exercises.withBufferView { exercises in
                for index in exercises.indices { try body(exercises[index]) }
            }
        }
    }

    /// Calls `body` with every level and its topic in course order, lent in place like
    /// `forEachExercise`'s exercises.
    func forEachLevel(_ body: (Topic, Level) throws -> Void) rethrows {
        try forEachTopic { topic in
            try topic.levels.withBufferView { levels in
                for level in levels.indices { try body(topic, levels[level]) }
            }
        }
    }

    /// Calls `body` with every topic in course order, lent in place like `forEachExercise`'s
    /// exercises (`topics` would copy them all into a new array).
    func forEachTopic(_ body: (Topic) throws -> Void) rethrows {
        try modules.withBufferView { modules in
            for module in modules.indices {
                try modules[module].topics.withBufferView { topics in
                    for topic in topics.indices { try body(topics[topic]) }
                }
            }
        }
    }
}
