/// What `show` is asked for: one exercise, topic or module in full.
public struct ShowRequest: Sendable {
    /// What an ID names, by its shape: `1.A.1.1` or `0.A.1`, `1.A`, `1` or `module 1`.
    public enum Target: Sendable, Equatable {
        case exercise(ExerciseID)
        case topic(TopicID)
        case module(Int)

        /// `nil` when the text is not shaped like any ID.
        public init?(_ text: String) {
            let key = text.lowercased().hasPrefix("module") ? String(text.dropFirst(6)).trimmingWhitespace() : text
            if let id = ExerciseID(key) {
                self = .exercise(id)
            } else if let id = TopicID(key) {
                self = .topic(id)
            } else if let number = Int(key) {
                self = .module(number)
            } else {
                return nil
            }
        }
    }

    public enum Format: String, Sendable, CaseIterable { case text, json }

    public var target: Target
    /// The ID as the user wrote it, for messages.
    public var id: String
    public var curriculumPath = CurriculumLookup.defaultPath
    public var format = Format.text
    /// The language of what the output says about the curriculum (`--lang`); `nil`: the
    /// curriculum's own.
    public var language: Language?
    /// The command as typed (`curriculum show`), for hints.
    public var commandLine = "curriculum show"

    public init(target: Target, id: String) {
        self.target = target
        self.id = id
    }
}
