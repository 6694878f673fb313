/// What `list` is asked for: the outline of one curriculum, to a depth, of one module or level.
public struct ListRequest: Sendable {
    /// `text` and `json` for people and programs; `ids`, `topics` and `plans` print one name a line,
    /// for scripts and the shell completions: the exercise IDs (with the topics and modules
    /// `show` and `--select` take), the topic IDs, and the plan files kept with the curriculum.
    public enum Format: String, Sendable, CaseIterable { case text, json, ids, topics, plans }

    public var curriculumPath = CurriculumLookup.defaultPath
    /// 1 modules, 2 topics, 3 levels, 4 exercises.
    public var depth = 4
    public var level: Int?
    public var module: Int?
    public var format = Format.text
    /// The language of what the output says about the curriculum (`--lang`); `nil`: the
    /// curriculum's own.
    public var language: Language?
    /// The command as typed (`curriculum list`), for hints.
    public var commandLine = "curriculum list"

    public init() {}
}
