/// The `show` pipeline: one exercise, topic or module, as text or as JSON.
public struct ShowJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: ShowRequest) -> ShowResult {
        let found = CurriculumLookup(loader: CurriculumLoader(fileSystem: fileSystem)).load(
            [request.curriculumPath], commandLine: request.commandLine)
        guard let curriculum = found.curriculum?.speaking(request.language) else {
            return ShowResult(diagnostics: found.diagnostics.sortedByLocation(), sources: found.sources)
        }
        // The text is the document the export renders, through the same text renderer.
        let excerpt = ExcerptBuilder()
        let text = { (document: ExportDocument) in DocumentTextRenderer().render(document) }
        let json = request.format == .json
        let output: String?
        var notes: [Diagnostic] = []
        switch request.target {
        case .exercise(let id):
            let resolved = curriculum.exercise(resolving: id)
            if let resolved, resolved.viaFormerID { notes.append(.formerID(id, of: resolved.exercise)) }
            output = resolved.map {
                json ? JSONText.encode($0.exercise) + "\n" : text(excerpt.document(for: $0.exercise, in: curriculum))
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
        return ShowResult(diagnostics: notes, output: output)
    }
}

extension Diagnostic {
    fileprivate static func formerID(_ id: ExerciseID, of exercise: Exercise) -> Diagnostic {
        Diagnostic(
            .formerExerciseID,
            en: "\(id) is a former ID of exercise \(exercise.id) (its `Eerder:` field); showing \(exercise.id)",
            nl: "\(id) is een vorig nummer van oefening \(exercise.id) (haar veld `Eerder:`); dit is \(exercise.id)",
            at: nil,
            hint: FixHint(en: "name it \(exercise.id) from now on", nl: "noem haar voortaan \(exercise.id)"))
    }

    fileprivate static func notFound(_ id: String, in curriculum: Curriculum) -> Diagnostic {
        let candidates =
            curriculum.exercises.map(\.id.description) + curriculum.topics.map(\.id.description)
            + curriculum.modules.map { "\($0.number)" }
        let suggestion = EditDistance.suggestion(for: id.uppercased(), among: candidates)
        return Diagnostic(
            .notInCurriculum, en: "'\(curriculum.title)' has no \(id)", nl: "'\(curriculum.title)' heeft geen \(id)",
            at: nil,
            hint: FixHint(
                en: suggestion.map { "did you mean \($0)?" } ?? "'curriculum list' shows every ID",
                nl: suggestion.map { "bedoelde je \($0)?" } ?? "'curriculum list' toont elk nummer"))
    }
}
