/// One curriculum as the editor shows it at one moment: loaded from the unsaved buffers, checked,
/// and kept so that hover, navigation and completion answer from the same model the diagnostics
/// came from.
public struct CurriculumSnapshot: Sendable {
    /// The curriculum folder, or the lone file's path for a file outside any curriculum.
    public var folder: String
    public var loaded: CurriculumLoader.Result
    public var report: CheckReport
    /// The file system it was read from (the overlay), for plan files read on demand.
    public var loader: CurriculumLoader

    public var curriculum: Curriculum? { loaded.curriculum }

    /// Every file the check read, the plan files among them.
    public var files: [String] { report.files }

    /// The decoded text of a file the check read.
    public func source(_ path: String) -> SourceText? {
        loaded.sources[path] ?? report.sources[path]
    }

    /// The plan file at `path` laid out against this curriculum.
    public func scheduledPlan(_ path: String) -> ScheduledPlan? {
        guard path.hasSuffix(PlanParser.fileSuffix) else { return nil }
        let known = curriculum.map { (folder: folder, curriculum: $0) }
        return ScheduledPlan.load(path: path, loader: loader, known: known)
    }

    /// The text of line `number` of a file (1-based), from the check's sources or the file system.
    public func lineText(_ path: String, line number: Int) -> String? {
        if let source = source(path) { return source.line(number) }
        if case .success(let source) = loader.source(at: path) { return source.line(number) }
        return nil
    }
}
