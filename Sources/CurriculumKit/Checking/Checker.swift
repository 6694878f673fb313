import Dispatch

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Runs a check: loads every curriculum a path names, applies the rules, filters and orders the
/// findings.
public struct Checker: Sendable {
    public var loader: CurriculumLoader
    public var rules: [any Rule]
    public var options: CheckOptions

    public init(
        loader: CurriculumLoader = CurriculumLoader(), rules: [any Rule] = RuleRegistry.rules,
        options: CheckOptions = CheckOptions()
    ) {
        self.loader = loader
        self.rules = rules
        self.options = options
    }

    /// Checks curricula and files. A path may be a curriculum folder, a folder of curricula, a
    /// curriculum's `curriculum.md`, or a single module file.
    public func check(paths: [String]) -> CheckReport {
        var report = CheckReport()
        var found: [Diagnostic] = []
        for path in paths {
            let fileSystem = loader.fileSystem
            switch fileSystem.kind(of: path) {
            case .directory:
                let folders = loader.curriculumFolders(in: path)
                if folders.isEmpty {
                    found.append(.noCurriculum(in: path))
                }
                for (part, partFound) in checkFolders(folders) {
                    report.files += part.files
                    report.sources.merge(part.sources) { a, _ in a }
                    found += partFound
                }
            case .file where path.split(separator: "/").last == Substring(CurriculumLoader.manifestName):
                let folder = path.split(separator: "/").dropLast().joined(separator: "/")
                checkFolder(
                    path.hasPrefix("/") ? "/" + folder : (folder.isEmpty ? "." : folder), into: &report, found: &found)
            case .file where path.hasSuffix(PlanParser.fileSuffix):
                checkPlanFile(path, into: &report, found: &found)
            case .file:
                report.files.append(path)
                switch loader.source(at: path) {
                case .failure(let diagnostic): found.append(diagnostic)
                case .success(let source):
                    report.sources[path] = source
                    found += ModuleParser.parse(source).diagnostics
                }
            case .missing:
                found.append(.missingPath(path))
            case .linkLoop:
                found.append(FileError.linkLoop.diagnostic(path: path))
            case .other:
                found.append(FileError.notRegular.diagnostic(path: path))
            case .unreadable(let reason):
                found.append(FileError.unreadable(reason).diagnostic(path: path))
            }
        }
        var kept = found.filter { options.reports($0.code) }.sortedByLocation()
        if let limit = options.maximumErrors {
            var errors = 0
            var limited: [Diagnostic] = []
            for diagnostic in kept {
                if diagnostic.severity == .error {
                    errors += 1
                    if errors > limit {
                        report.truncated += 1
                        continue
                    }
                }
                limited.append(diagnostic)
            }
            kept = limited
        }
        report.diagnostics = kept
        return report
    }

    /// Checks curriculum folders on every core, returning each one's files and findings in the order
    /// given. Each keeps only the decoded sources its findings point into (the renderers quote those
    /// lines), and no curriculum model outlives its check, so that a run over many curricula holds
    /// little more than the one being checked on each core.
    private func checkFolders(_ folders: [String]) -> [(CheckReport, [Diagnostic])] {
        let slots = ConcurrentSlots<(CheckReport, [Diagnostic])>(count: folders.count)
        let check: @Sendable (Int) -> Void = { index in
            var part = CheckReport()
            var found: [Diagnostic] = []
            checkFolder(folders[index], into: &part, found: &found)
            let quoted = Set(found.compactMap { $0.range?.file })
            part.sources = part.sources.filter { quoted.contains($0.key) }
            slots.store((part, found), at: index)
        }
        if folders.count == 1 {
            check(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: folders.count, execute: check)
        }
        return slots.values
    }

    /// Checks a curriculum folder the caller has already loaded (the language server loads it once
    /// and keeps the model for navigation): the rules, suppressions and the folder's plan files.
    /// Findings are filtered by the options and ordered by location; no limit is applied.
    public func check(folder: String, loaded: CurriculumLoader.Result) -> CheckReport {
        var report = CheckReport()
        var found: [Diagnostic] = []
        checkFolder(folder, loaded: loaded, into: &report, found: &found)
        report.diagnostics = found.filter { options.reports($0.code) }.sortedByLocation()
        return report
    }

    private func checkFolder(_ folder: String, into report: inout CheckReport, found: inout [Diagnostic]) {
        checkFolder(folder, loaded: loader.load(folder: folder), into: &report, found: &found)
    }

    private func checkFolder(
        _ folder: String, loaded: CurriculumLoader.Result, into report: inout CheckReport, found: inout [Diagnostic]
    ) {
        report.files += loaded.files
        report.sources.merge(loaded.sources) { a, _ in a }
        guard let curriculum = loaded.curriculum else {
            found += loaded.diagnostics
            return
        }
        let suppressions = Suppressions(curriculum: curriculum, sources: loaded.sources)
        let context = CheckContext(
            fileSystem: loader.fileSystem, sources: loaded.sources, commentFreeBytes: loaded.commentFreeBytes,
            suppressions: suppressions)
        var ruleFindings: [Diagnostic] = []
        for rule in rules { ruleFindings += rule.check(curriculum, context: context) }
        found += suppressions.apply(to: loaded.diagnostics + ruleFindings, options: options)
        checkPlans(inCurriculumFolder: folder, root: loaded.root, curriculum: curriculum, into: &report, found: &found)
    }
}

extension Diagnostic {
    fileprivate static func noCurriculum(in path: String) -> Diagnostic {
        Diagnostic(
            .noCurriculum, en: "no curriculum.md in '\(path)' or in any folder directly below it",
            nl: "geen curriculum.md in '\(path)' of in een map direct daaronder", at: nil,
            hint: FixHint(
                en: "give a curriculum folder (one that holds curriculum.md), or create one with 'curriculum init DIR'",
                nl: "geef een curriculummap (een map met curriculum.md), of maak er een met 'curriculum init MAP'"))
    }

    fileprivate static func missingPath(_ path: String) -> Diagnostic {
        .missingFile(
            path, at: nil,
            hint: FixHint(
                en: "check the path; the default is ./curriculum",
                nl: "controleer het pad; zonder pad is het ./curriculum"))
    }
}
