/// Where an exercise sits in its curriculum, in words: `Module 1 · 1.A Profiel van de professional ·
/// Niveau 1: Kennis`. Printed above an exercise in a handout, where the exercise stands alone.
enum ExerciseContext {
    static func line(for id: ExerciseID, in curriculum: Curriculum, labels: Labels) -> String? {
        guard let module = curriculum.module(number: id.module), let topic = curriculum.topic(id: id.topicID) else {
            return nil
        }
        var parts = ["\(labels.module) \(module.number)", "\(topic.id) \(topic.title)"]
        if let level = topic.levels.first(where: { $0.number == id.level && !$0.isImplicit }) {
            parts.append(labels.levelTitle(level, names: curriculum.manifest.levelNames))
        }
        return parts.joined(separator: " · ")
    }
}
