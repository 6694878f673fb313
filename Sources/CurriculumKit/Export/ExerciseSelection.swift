/// Reads the words of `--select`: an exercise (`1.A.1.1`, `0.A.1`), a topic (`1.A`) or a module
/// (`1`, `module 1`), and finds their exercises in course order.
public enum ExerciseSelection {
    /// The exercises `word` names, or `nil` when the curriculum has no such exercise, topic or
    /// module.
    public static func exercises(matching word: String, in curriculum: Curriculum) -> [Exercise]? {
        var key = word.trimmingWhitespace()
        if key.lowercased().hasPrefix("module") { key = String(key.dropFirst(6)).trimmingWhitespace() }
        if let id = ExerciseID(key) { return curriculum.exercise(id: id).map { [$0] } }
        if let id = TopicID(key) { return curriculum.topic(id: id)?.exercises }
        if let number = Int(key) { return curriculum.module(number: number)?.exercises }
        return nil
    }
}
