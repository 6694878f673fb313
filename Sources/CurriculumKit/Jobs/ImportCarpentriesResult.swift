/// What `import carpentries` did: the lesson it read and the folder it wrote, or why it wrote
/// nothing.
public struct ImportCarpentriesResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The lesson as read; `nil` when it could not be read.
    public var lesson: CarpentriesLesson?
    /// The curriculum folder written, once it is in place; `nil` when nothing was written.
    public var written: String?
    /// The files in it, by name.
    public var files: [String] = []

    /// A result with nothing read or written yet.
    public init() {}

    /// The import in one line, in the user's language: `imported 14 episodes (3 h 12 min) of 'Version
    /// Control with Git' into git-course`.
    public func summary(in language: Language) -> String? {
        guard let lesson, let written else { return nil }
        let minutes = lesson.episodes.reduce(0) { $0 + $1.minutes }
        let duration = DurationFormatter.hoursAndMinutes(minutes, language: language)
        switch language {
        case .english:
            return "imported \(lesson.episodes.count) episodes (\(duration)) of '\(lesson.title)' into \(written)"
        case .dutch:
            return "\(lesson.episodes.count) episodes (\(duration)) van '\(lesson.title)' geïmporteerd in \(written)"
        }
    }
}
