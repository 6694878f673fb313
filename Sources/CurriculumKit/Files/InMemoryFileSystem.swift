/// Files held in a dictionary: for tests and for tools that build curricula in memory.
public struct InMemoryFileSystem: FileSystem {
    /// File contents by path; folders are implied by the paths of their files.
    public var files: [String: [UInt8]]
    /// Folders created empty, which no file's path implies.
    public var folders: Set<String> = []

    public init(files: [String: String] = [:]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) {
        self.files = bytes
    }

    public func kind(of path: String) -> FileKind {
        let key = normalise(path)
        if let bytes = files[key] { return .file(size: bytes.count) }
        let prefix = key.isEmpty ? "" : key + "/"
        if folders.contains(key) || key.isEmpty { return .directory }
        let isFolder = files.keys.contains { $0.hasPrefix(prefix) } || folders.contains { $0.hasPrefix(prefix) }
        return isFolder ? .directory : .missing
    }

    public func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> {
        switch kind(of: path) {
        case .file(let size) where size > limit: return .failure(.tooLarge(size: size, limit: limit))
        case .file: return .success(files[normalise(path)] ?? [])
        case .directory: return .failure(.isDirectory)
        default: return .failure(.missing)
        }
    }

    public func entries(of folder: String) -> Result<[String], FileError> {
        guard kind(of: folder) == .directory else {
            return .failure(kind(of: folder) == .missing ? .missing : .notRegular)
        }
        let key = normalise(folder)
        let prefix = key.isEmpty ? "" : key + "/"
        var names: Set<String> = []
        for path in Array(files.keys) + folders where path.hasPrefix(prefix) {
            if let first = path.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(first)) }
        }
        return .success(names.sorted())
    }

    public func canonicalPath(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in normalise(path).split(separator: "/") {
            if part == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else if part != "." {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Stores the bytes; the name is only taken by a file (a folder's name cannot be written).
    public mutating func write(_ bytes: [UInt8], to path: String, overwrite: Overwrite) -> Result<
        Void, FileWriteError
    > {
        switch kind(of: path) {
        case .directory: return .failure(.cannotWrite("Is a directory"))
        case .file where overwrite == .never: return .failure(.exists)
        default:
            files[normalise(path)] = bytes
            return .success(())
        }
    }

    private func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." { parts.append(part) }
        return parts.joined(separator: "/")
    }

    /// Records the folder; a file in the way is an error, as on disk.
    public mutating func createFolder(_ path: String) -> Result<Void, FileWriteError> {
        switch kind(of: path) {
        case .directory: return .success(())
        case .missing:
            folders.insert(normalise(path))
            return .success(())
        default: return .failure(.cannotWrite("File exists"))
        }
    }

    /// Replaces everything under `folder` with `files` in one step (a dictionary has no half state).
    public mutating func writeFolder(_ files: [String: [UInt8]], to folder: String, overwrite: Overwrite) -> Result<
        Void, FileWriteError
    > {
        let key = normalise(folder)
        switch kind(of: folder) {
        case .missing: break
        case .file where overwrite != .never: self.files[key] = nil
        case .directory where overwrite != .never && !key.isEmpty:
            self.files = self.files.filter { !$0.key.hasPrefix(key + "/") }
            folders = folders.filter { $0 != key && !$0.hasPrefix(key + "/") }
        default: return .failure(.exists)
        }
        folders.insert(key)
        for (name, bytes) in files { self.files[normalise(key + "/" + name)] = bytes }
        return .success(())
    }
}
