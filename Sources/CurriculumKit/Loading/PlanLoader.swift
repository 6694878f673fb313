/// Reads a plan file and the curriculum it names: the first half of what `plan PLAN` and `check` share
/// (`ScheduledPlan` lays the plan out).
public struct PlanLoader: Sendable {
    public let loader: CurriculumLoader

    public init(loader: CurriculumLoader = CurriculumLoader()) {
        self.loader = loader
    }

    /// Everything read for one plan file, and every finding, in file order.
    public struct Result: Sendable {
        public var plan: Plan?
        public var curriculum: Curriculum?
        public var diagnostics: [Diagnostic]
        public var sources: [String: SourceText]
        public var curriculumFolder: String?
        /// Every file read: the plan, then its curriculum's files.
        public var files: [String] = []
    }

    /// The folder of a file path (`a/b/c.plan.md` → `a/b`; `c.plan.md` → `.`).
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: 0x2F) else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The curriculum folder a plan names: `Curriculum:` relative to the plan's folder, or, when
    /// the plan says nothing and lives in a `plans/` folder, the folder above it.
    public func curriculumFolder(for plan: Plan, planPath: String) -> String? {
        let planFolder = Self.folder(of: planPath)
        if let written = plan.metadata.curriculum {
            if written.hasPrefix("/") { return written }
            return normalise(loader.fileSystem.join(planFolder, written))
        }
        if planFolder.split(separator: "/").last == "plans" {
            return normalise(loader.fileSystem.join(planFolder, ".."))
        }
        return nil
    }

    /// `a/plans/..` → `a`; keeps leading `..` that cannot be resolved textually.
    func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        let absolute = path.hasPrefix("/")
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Reads, parses and lays out the plan at `path`. `overrides` take precedence over the
    /// plan's own settings (the command line's `--start`, `--buffer`…), which take precedence
    /// over the manifest's.
    ///
    /// `known` is a curriculum the caller has already loaded (`check` checking a folder and its
    /// plans): when the plan names that folder, it is used instead of being read again.
    public func load(path: String, known: (folder: String, curriculum: Curriculum)? = nil) -> Result {
        var result = Result(
            plan: nil, curriculum: nil, diagnostics: [], sources: [:], curriculumFolder: nil, files: [path])
        let source: SourceText
        switch loader.source(at: path) {
        case .failure(let diagnostic):
            result.diagnostics.append(diagnostic)
            return result
        case .success(let s): source = s
        }
        result.sources[path] = source
        let parsed = PlanParser.parse(source)
        result.diagnostics += parsed.diagnostics
        guard let plan = parsed.plan else { return result }
        result.plan = plan
        guard let folder = curriculumFolder(for: plan, planPath: path) else {
            result.diagnostics.append(.noCurriculumNamed(in: path))
            return result
        }
        result.curriculumFolder = folder
        let fileSystem = loader.fileSystem
        let loaded: CurriculumLoader.Result
        // The same folder by its written path first (without `..`, dropping `.` and doubled
        // slashes changes no resolution): resolving both paths took a system call per path
        // component, for every plan of every curriculum `check` reads.
        if let known,
            (!known.folder.contains("..") && normalise(known.folder) == folder)
                || fileSystem.canonicalPath(known.folder).map({ $0 == fileSystem.canonicalPath(folder) }) == true
        {
            loaded = CurriculumLoader.Result(curriculum: known.curriculum, diagnostics: [], sources: [:], files: [])
        } else {
            loaded = loader.load(folder: folder)
        }
        result.files += loaded.files
        guard let curriculum = loaded.curriculum else {
            let at =
                plan.fieldLocations[PlanParser.Field.curriculum.rawValue]
                ?? SourceLocation(file: path, line: 1, column: 1)
            let why =
                loaded.diagnostics.first?.text
                ?? LocalizedText(en: "it cannot be read", nl: "het kan niet gelezen worden")
            result.diagnostics.append(.unreadableCurriculum(folder, because: why, at: at))
            return result
        }
        // A file of the curriculum left out is reported with the plan, as `check` reports it, so
        // that no plan is laid out or exported without a module.
        let problems = loaded.diagnostics.filter(\.isFileProblem)
        result.diagnostics += problems
        for problem in problems {
            if let file = problem.location?.file, let source = loaded.sources[file] { result.sources[file] = source }
        }
        result.curriculum = curriculum
        return result
    }
}

extension Diagnostic {
    fileprivate static func noCurriculumNamed(in path: String) -> Diagnostic {
        Diagnostic(
            .missingPlanField, en: "the plan does not say which curriculum it plans",
            nl: "het plan zegt niet welk curriculum het inplant", at: SourceLocation(file: path, line: 1, column: 1),
            hint: FixHint(
                en: "add `Curriculum: ..` (the curriculum folder, relative to this file)",
                nl: "voeg `Curriculum: ..` toe (de curriculummap, gezien vanaf dit bestand)"))
    }

    fileprivate static func unreadableCurriculum(
        _ folder: String, because why: LocalizedText, at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .planCurriculumMissing, en: "the curriculum '\(folder)' cannot be read: \(why.english)",
            nl: "het curriculum '\(folder)' kan niet gelezen worden: \(why.dutch)", at: location, length: 10,
            hint: FixHint(
                en: "set `Curriculum:` to the curriculum folder, relative to the plan file",
                nl: "zet bij `Curriculum:` de curriculummap, gezien vanaf het planbestand"))
    }
}
