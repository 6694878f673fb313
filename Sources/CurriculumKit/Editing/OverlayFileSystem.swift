/// A file system that reads the editor's unsaved buffers where it has them and the disk (or any
/// other file system) elsewhere, so that a check sees what the author sees on screen.
///
/// Read-only: the language server never writes files, it sends edits to the editor.
public struct OverlayFileSystem: FileSystem {
    public var base: any FileSystem
    /// Open documents by absolute path.
    public var buffers: [String: [UInt8]]

    public init(base: any FileSystem, buffers: [String: [UInt8]] = [:]) {
        self.base = base
        self.buffers = buffers
    }

    public func kind(of path: String) -> FileKind {
        if let bytes = buffers[path] { return .file(size: bytes.count) }
        return base.kind(of: path)
    }

    public func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> {
        guard let bytes = buffers[path] else { return base.read(path, limit: limit) }
        if bytes.count > limit { return .failure(.tooLarge(size: bytes.count, limit: limit)) }
        return .success(bytes)
    }

    /// The folder's entries on the base, with the names of buffers in it that are not saved yet.
    public func entries(of folder: String) -> Result<[String], FileError> {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let unsaved = buffers.keys.compactMap { path -> String? in
            guard path.hasPrefix(prefix) else { return nil }
            let rest = path.dropFirst(prefix.count)
            return rest.contains("/") || rest.isEmpty ? nil : String(rest)
        }
        switch base.entries(of: folder) {
        case .success(let names): return .success(Array(Set(names + unsaved)).sorted())
        case .failure(let error): return unsaved.isEmpty ? .failure(error) : .success(unsaved.sorted())
        }
    }

    /// An unsaved buffer that is not on disk yet has no resolved path of its own: its folder's,
    /// with its name, so that it compares with the folders the base resolves (a buffer is inside
    /// its curriculum folder exactly when its file would be).
    public func canonicalPath(_ path: String) -> String? {
        if let resolved = base.canonicalPath(path) { return resolved }
        guard buffers[path] != nil else { return nil }
        guard let slash = path.lastIndex(of: "/") else { return base.canonicalPath(".").map { join($0, path) } }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return base.canonicalPath(folder).map { join($0, String(path[path.index(after: slash)...])) }
    }
}
