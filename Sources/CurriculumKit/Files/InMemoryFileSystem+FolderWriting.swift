extension InMemoryFileSystem: FolderWriting {
    /// Moves every file and folder under `source` to `target`.
    public mutating func moveItem(_ source: String, to target: String) -> Result<Void, FileWriteError> {
        guard !exists(target) else { return .failure(.exists) }
        guard exists(source) else { return .failure(.cannotWrite("No such file or directory")) }
        let from = Self.key(source)
        let to = Self.key(target)
        for (path, bytes) in files where path == from || path.hasPrefix(from + "/") {
            files[path] = nil
            files[to + path.dropFirst(from.count)] = bytes
        }
        for folder in folders where folder == from || folder.hasPrefix(from + "/") {
            folders.remove(folder)
            folders.insert(to + folder.dropFirst(from.count))
        }
        return .success(())
    }

    /// Forgets every file and folder under `path`.
    public mutating func removeItem(_ path: String) -> Result<Void, FileWriteError> {
        let key = Self.key(path)
        files = files.filter { $0.key != key && !$0.key.hasPrefix(key + "/") }
        folders = folders.filter { $0 != key && !$0.hasPrefix(key + "/") }
        return .success(())
    }

    private static func key(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }
}
