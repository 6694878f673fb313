/// Reads a Carpentries Workbench lesson folder: `config.yaml` (title, `lang`, the `episodes:`
/// order) and each episode it lists, from `episodes/`.
public struct CarpentriesLessonReader: Sendable {
    /// What was read: the lesson when nothing stood in the way, the findings, and the files read.
    public struct Result: Sendable {
        /// The lesson; `nil` when any error stood in the way.
        public var lesson: CarpentriesLesson?
        /// Every finding, errors and warnings.
        public var diagnostics: [Diagnostic] = []
        /// The files read, by path, to quote findings from.
        public var sources: [String: SourceText] = [:]
    }

    /// The lesson's configuration file, in its top folder.
    public static let configName = "config.yaml"
    /// The folder the episodes listed in `config.yaml` are read from.
    public static let episodeFolder = "episodes"

    /// Where the lesson is read from.
    public var fileSystem: any FileSystem

    /// A reader of lessons on `fileSystem` (the disk by default).
    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Reads the lesson in `folder`. Any error leaves `lesson` nil: a lesson is imported whole or
    /// not at all.
    public func read(folder: String) -> Result {
        var result = Result()
        let loader = CurriculumLoader(fileSystem: fileSystem)
        switch fileSystem.kind(of: folder) {
        case .directory: break
        case .missing:
            result.diagnostics = [FileError.missing.diagnostic(path: folder)]
            return result
        default:
            result.diagnostics = [.notALesson(folder, reason: LocalizedText(en: "is not a folder", nl: "is geen map"))]
            return result
        }
        let configPath = fileSystem.join(folder, Self.configName)
        guard fileSystem.exists(configPath) else {
            result.diagnostics = [
                .notALesson(
                    folder,
                    reason: LocalizedText(en: "holds no \(Self.configName)", nl: "bevat geen \(Self.configName)"))
            ]
            return result
        }
        let config: SourceText
        switch loader.source(at: configPath) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let source): config = source
        }
        result.sources[configPath] = config
        let document: YAMLNode
        switch YAMLReader.read((1...config.lineCount).map { config.line($0) }) {
        case .failure(let error):
            result.diagnostics = [error.diagnostic(path: configPath)]
            return result
        case .success(let node): document = node
        }
        func at(_ node: YAMLNode?) -> SourceLocation {
            SourceLocation(file: configPath, line: node?.line ?? 1, column: 1)
        }
        guard let title = document["title"]?.scalar?.collapsingWhitespace(), !title.isEmpty else {
            result.diagnostics = [.missingField("title", in: .same(Self.configName), at: at(document["title"]))]
            return result
        }
        let names: [YAMLNode]
        switch document["episodes"]?.value {
        case .sequence(let items) where !items.isEmpty: names = items
        case .scalar:
            result.diagnostics = [.episodesNotAList(at: at(document["episodes"]))]
            return result
        default:
            result.diagnostics = [.noEpisodes(at: at(document["episodes"]))]
            return result
        }
        var episodes: [CarpentriesEpisode] = []
        for node in names {
            guard let name = node.scalar, !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                result.diagnostics.append(.badEpisodeName(at: at(node)))
                continue
            }
            let file = Self.episodeFolder + "/" + name
            let path = fileSystem.join(folder, file)
            switch loader.source(at: path, listedAt: at(node)) {
            case .failure(let diagnostic): result.diagnostics.append(diagnostic)
            case .success(let source):
                result.sources[path] = source
                let read = CarpentriesEpisodeReader.read(source, file: file)
                result.diagnostics += read.diagnostics
                if let episode = read.episode { episodes.append(episode) }
            }
        }
        guard !result.diagnostics.contains(where: { $0.severity == .error }) else { return result }
        var lesson = CarpentriesLesson(folder: folder, title: title, episodes: episodes)
        lesson.language = document["lang"]?.scalar
        lesson.source = document["source"]?.scalar
        lesson.license = document["license"]?.scalar
        let licensePath = fileSystem.join(folder, "LICENSE.md")
        if case .file = fileSystem.kind(of: licensePath), case .success(let source) = loader.source(at: licensePath) {
            lesson.licenseText = source.string(from: 0, to: source.bytes.count)
        }
        result.lesson = lesson
        return result
    }
}

extension Diagnostic {
    fileprivate static func notALesson(_ folder: String, reason: LocalizedText) -> Diagnostic {
        Diagnostic(
            .notALesson, en: "'\(folder)' \(reason.english): it is not a Carpentries Workbench lesson",
            nl: "'\(folder)' \(reason.dutch): het is geen Carpentries Workbench-les", at: nil,
            hint: FixHint(
                en: "give the lesson's top folder, the one holding config.yaml and episodes/",
                nl: "geef de bovenste map van de les, die met config.yaml en episodes/"))
    }

    fileprivate static func noEpisodes(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .lessonWithoutEpisodes, en: "config.yaml lists no episodes", nl: "config.yaml noemt geen episodes",
            at: location,
            hint: FixHint(
                en: "list the episode files in teaching order: 'episodes:' and then '- 01-introduction.md'",
                nl: "noem de episodebestanden in lesvolgorde: 'episodes:' en dan '- 01-introduction.md'"))
    }

    fileprivate static func episodesNotAList(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidLessonField, en: "'episodes' is not a list of files", nl: "'episodes' is geen lijst van bestanden",
            at: location,
            hint: FixHint(
                en: "write one episode file per line: '- 01-introduction.md'",
                nl: "schrijf één episodebestand per regel: '- 01-introduction.md'"))
    }

    fileprivate static func badEpisodeName(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .invalidLessonField, en: "an episode is a file name in episodes/, without '/' and not starting with '.'",
            nl: "een episode is een bestandsnaam in episodes/, zonder '/' en niet beginnend met '.'",
            at: location,
            hint: FixHint(
                en: "write the file's name only: '- 01-introduction.md'",
                nl: "schrijf alleen de naam van het bestand: '- 01-introduction.md'"))
    }
}
