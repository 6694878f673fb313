/// The curricula an editor has open: the unsaved buffers over the disk, and one checked snapshot
/// per curriculum folder, rebuilt only when one of its files changed.
///
/// A workspace may hold several curricula; each file belongs to the nearest folder above it that
/// holds a `curriculum.md` (a plan in `plans/` to the curriculum above that folder).
public struct EditorWorkspace: Sendable {
    public private(set) var fileSystem: OverlayFileSystem
    public var options: CheckOptions
    private var snapshots: [String: CurriculumSnapshot] = [:]
    /// Module files parsed before: after a keystroke only the changed file is parsed again.
    public let cache = ParseCache()

    public init(base: any FileSystem, options: CheckOptions = CheckOptions()) {
        self.fileSystem = OverlayFileSystem(base: base)
        self.options = options
    }

    /// Holds the editor's text for `path`, replacing what the disk says.
    public mutating func setBuffer(_ path: String, bytes: [UInt8]) {
        fileSystem.buffers[path] = bytes
        invalidate(path)
    }

    /// Drops the buffer: the disk's text counts again.
    public mutating func closeBuffer(_ path: String) {
        fileSystem.buffers[path] = nil
        invalidate(path)
    }

    public func hasBuffer(_ path: String) -> Bool { fileSystem.buffers[path] != nil }

    /// Forgets the snapshot a file belongs to (the file changed on disk or in the editor).
    public mutating func invalidate(_ path: String) {
        snapshots[curriculumFolder(containing: path) ?? path] = nil
    }

    /// Forgets every snapshot.
    public mutating func invalidateAll() { snapshots = [:] }

    /// The curriculum folder a file belongs to, or `nil` for a file outside any curriculum.
    public func curriculumFolder(containing path: String) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        while !parts.isEmpty {
            let folder = parts.joined(separator: "/")
            if !folder.isEmpty,
                case .file = fileSystem.kind(of: fileSystem.join(folder, CurriculumLoader.manifestName))
            {
                return folder
            }
            parts = parts.dropLast()
        }
        return nil
    }

    /// The snapshot of the curriculum a file belongs to (or of the lone file), built if stale.
    public mutating func snapshot(containing path: String) -> CurriculumSnapshot {
        snapshot(key: curriculumFolder(containing: path) ?? path)
    }

    /// The snapshot of a curriculum folder (one that holds a `curriculum.md`) or of a lone file,
    /// as `curriculumFolder(containing:)` names them.
    public mutating func snapshot(key: String) -> CurriculumSnapshot {
        if let known = snapshots[key] { return known }
        let isFolder: Bool
        if case .file = fileSystem.kind(of: fileSystem.join(key, CurriculumLoader.manifestName)) {
            isFolder = true
        } else {
            isFolder = false
        }
        let made = makeSnapshot(key, isFolder: isFolder)
        snapshots[key] = made
        return made
    }

    /// The snapshots already built, by folder.
    public var currentSnapshots: [String: CurriculumSnapshot] { snapshots }

    private func makeSnapshot(_ key: String, isFolder: Bool) -> CurriculumSnapshot {
        let loader = CurriculumLoader(fileSystem: fileSystem, cache: cache)
        let checker = Checker(loader: loader, options: options)
        if isFolder {
            let loaded = loader.load(folder: key)
            return CurriculumSnapshot(
                folder: key, loaded: loaded, report: checker.check(folder: key, loaded: loaded), loader: loader)
        }
        let report = checker.check(paths: [key])
        let loaded = CurriculumLoader.Result(curriculum: nil, diagnostics: [], sources: report.sources, files: [key])
        return CurriculumSnapshot(folder: key, loaded: loaded, report: report, loader: loader)
    }
}
