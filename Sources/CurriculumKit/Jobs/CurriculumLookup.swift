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

    /// Where a curriculum is looked for when no path is given: `./curriculum`.
    public static let defaultPath = "curriculum"

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
            missing ? "'\(path)' does not exist" : "no curriculum.md in '\(path)' or in a folder directly below it",
            at: nil,
            hint: FixHint("give a curriculum folder (one that holds curriculum.md); the default is ./curriculum"))
    }

    fileprivate static func severalCurricula(_ folders: [String], commandLine: String) -> Diagnostic {
        Diagnostic(
            .severalCurricula,
            "\(folders.count) curricula found (\(folders.joined(separator: ", "))); this command works on one", at: nil,
            hint: FixHint(
                "name the curriculum folder, for example '\(commandLine) \(folders.first ?? "curriculum/NAME")'"))
    }
}
