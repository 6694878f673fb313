/// The titles of plans and handouts built without a plan file, made from what was selected, so
/// that `plan --select` and `export --select` name the same selection the same way.
public enum Titles {
    /// A plan's title from the words given (`1.A, 1.B niveau 1`), or the curriculum's title when
    /// none were given.
    public static func plan(words: [String], level: Int?, in curriculum: Curriculum) -> String {
        let levelWord = curriculum.language == .dutch ? "niveau" : "level"
        var title = words.joined(separator: ", ")
        if let level { title += " \(levelWord) \(level)" }
        return title.isEmpty ? curriculum.title : title
    }

    /// A handout's title from what the selection names: `1.A Profiel van de professional ·
    /// Niveau 1`, `Module 2: Loopbaan advisering…`.
    public static func handout(_ selection: Selection, in curriculum: Curriculum) -> String {
        let labels = Labels(curriculum.language)
        var parts = selection.terms.map { term -> String in
            switch term {
            case .exercise(let id): return curriculum.exercise(id: id).map { "\($0.id) \($0.title)" } ?? id.description
            case .topic(let id): return curriculum.topic(id: id).map { "\($0.id) \($0.title)" } ?? id.description
            case .module(let n):
                return curriculum.module(number: n).map { "\(labels.module) \(n): \($0.title)" }
                    ?? "\(labels.module) \(n)"
            }
        }.joined(separator: ", ")
        if let level = selection.level {
            parts +=
                " · "
                + (curriculum.levelName(level).map { "\(labels.level) \(level): \($0)" } ?? "\(labels.level) \(level)")
        }
        return parts
    }
}
