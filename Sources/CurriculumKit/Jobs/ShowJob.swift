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
    /// The command as typed (`curriculum show`), for hints.
    public var commandLine = "curriculum show"

    public init(target: Target, id: String) {
        self.target = target
        self.id = id
    }
}

/// The exercise, topic or module, or the findings that stopped it.
public struct ShowResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// The text or JSON, for standard output.
    public var output: String?
}

/// The `show` pipeline: one exercise, topic or module, as text or as JSON.
public struct ShowJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: ShowRequest) -> ShowResult {
        let found = CurriculumLookup(loader: CurriculumLoader(fileSystem: fileSystem)).load(
            [request.curriculumPath], commandLine: request.commandLine)
        guard let curriculum = found.curriculum else {
            return ShowResult(diagnostics: found.diagnostics.sortedByLocation(), sources: found.sources)
        }
        // The text is the document the export renders, through the same text renderer.
        let excerpt = ExcerptBuilder()
        let text = { (document: ExportDocument) in DocumentTextRenderer().render(document) }
        let json = request.format == .json
        let output: String?
        switch request.target {
        case .exercise(let id):
            output = curriculum.exercise(id: id).map {
                json ? JSONText.encode($0) + "\n" : text(excerpt.document(for: $0, in: curriculum))
            }
        case .topic(let id):
            output = curriculum.topic(id: id).map {
                json ? JSONText.encode($0) + "\n" : text(excerpt.document(for: $0, in: curriculum))
            }
        case .module(let number):
            output = curriculum.module(number: number).map {
                json ? JSONText.encode($0) + "\n" : text(excerpt.document(for: $0, in: curriculum))
            }
        }
        guard let output else { return ShowResult(diagnostics: [.notFound(request.id, in: curriculum)]) }
        return ShowResult(output: output)
    }
}

extension Diagnostic {
    fileprivate static func notFound(_ id: String, in curriculum: Curriculum) -> Diagnostic {
        let candidates =
            curriculum.exercises.map(\.id.description) + curriculum.topics.map(\.id.description)
            + curriculum.modules.map { "\($0.number)" }
        let suggestion = EditDistance.suggestion(for: id.uppercased(), among: candidates)
        return Diagnostic(
            .notInCurriculum, "'\(curriculum.title)' has no \(id)", at: nil,
            hint: FixHint(suggestion.map { "did you mean \($0)?" } ?? "'curriculum list' shows every ID"))
    }
}
