/// Finds and loads the one curriculum a job works on, from the paths a user gave: so that `list`,
/// `show`, `budget`, `plan --select` and `export` accept the same paths and refuse the same
/// mistakes with the same findings.
public struct CurriculumLookup: Sendable {
    /// The curriculum, when exactly one was found and its manifest could be read.
    public struct Found: JobResult {
        public var curriculum: Curriculum?
        public var diagnostics: [Diagnostic]
        public var sources: [String: SourceText]
        /// Every file read, so that no output is written over one of them.
        public var files: [String] = []
    }

    /// Where a curriculum is looked for when no path is given and no folder upwards holds one:
    /// `./curriculum`.
    public static let defaultPath = "curriculum"

    /// The curriculum a command works on when given no path, found the way git finds its
    /// repository: the nearest folder, from `workingDirectory` upwards, holding `curriculum.md`
    /// (`.`, `..`, `../..`), so every command works from inside a curriculum or any folder below
    /// it; failing that `./curriculum`, which may hold several curricula.
    ///
    /// - Parameter workingDirectory: the absolute path of the current folder; the library never
    ///   reads it itself.
    public static func defaultPath(workingDirectory: String, fileSystem: any FileSystem) -> String {
        guard workingDirectory.hasPrefix("/") else { return defaultPath }
        var folder = workingDirectory
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        var steps = 0
        while true {
            if case .file = fileSystem.kind(of: fileSystem.join(folder, CurriculumLoader.manifestName)) {
                return steps == 0 ? "." : Array(repeating: "..", count: steps).joined(separator: "/")
            }
            guard folder != "/", let slash = folder.lastIndex(of: "/") else { return defaultPath }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
            steps += 1
        }
    }

    public var loader: CurriculumLoader

    public init(loader: CurriculumLoader = CurriculumLoader()) {
        self.loader = loader
    }

    /// Loads the curriculum the paths name: a folder holding `curriculum.md`, a folder with exactly
    /// one such folder directly below it, or a `curriculum.md` itself.
    ///
    /// - Parameter commandLine: the command as typed so far (`curriculum list`), for the hint
    ///   when a path holds several curricula.
    public func load(_ paths: [String], commandLine: String) -> Found {
        var folders: [String] = []
        for path in paths {
            if path.hasSuffix("/" + CurriculumLoader.manifestName) || path == CurriculumLoader.manifestName {
                let folder = String(path.dropLast(CurriculumLoader.manifestName.count + 1))
                folders.append(folder.isEmpty ? "." : folder)
                continue
            }
            let found = loader.curriculumFolders(in: path)
            if found.isEmpty {
                let missing = loader.fileSystem.kind(of: path) == .missing
                return Found(
                    curriculum: nil, diagnostics: [.noCurriculumFound(at: path, missing: missing)], sources: [:])
            }
            folders += found
        }
        guard folders.count == 1, let folder = folders.first else {
            return Found(
                curriculum: nil, diagnostics: [.severalCurricula(folders, commandLine: commandLine)], sources: [:])
        }
        let result = loader.load(folder: folder)
        // A file left out (unreadable, not text, missing, outside the folder, listed twice) stops
        // every command, as `check` reports it: a handout without module 1 is worse than none.
        let problems = result.diagnostics.filter(\.isFileProblem)
        if !problems.isEmpty {
            return Found(curriculum: nil, diagnostics: problems, sources: result.sources, files: result.files)
        }
        return Found(
            curriculum: result.curriculum, diagnostics: result.diagnostics, sources: result.sources,
            files: result.files)
    }
}

extension Diagnostic {
    fileprivate static func noCurriculumFound(at path: String, missing: Bool) -> Diagnostic {
        Diagnostic(
            missing ? .unreadableFile : .noCurriculum,
            missing
                ? LocalizedText(en: "'\(path)' does not exist", nl: "'\(path)' bestaat niet")
                : LocalizedText(
                    en: "no curriculum.md in '\(path)' or in a folder directly below it",
                    nl: "geen curriculum.md in '\(path)' of in een map er direct onder"),
            at: nil,
            hint: FixHint(
                en: "give a curriculum folder (one that holds curriculum.md); the default is ./curriculum",
                nl: "geef een curriculummap (een map met curriculum.md); zonder pad is het ./curriculum"))
    }

    fileprivate static func severalCurricula(_ folders: [String], commandLine: String) -> Diagnostic {
        let list = folders.joined(separator: ", ")
        return Diagnostic(
            .severalCurricula, en: "\(folders.count) curricula found (\(list)); this command works on one",
            nl: "\(folders.count) curricula gevonden (\(list)); deze opdracht werkt met één curriculum", at: nil,
            hint: FixHint(
                en: "name the curriculum folder, for example '\(commandLine) \(folders.first ?? "curriculum/NAME")'",
                nl: "noem de curriculummap, bijvoorbeeld '\(commandLine) \(folders.first ?? "curriculum/NAAM")'"))
    }
}
