/// A file system that can put a whole folder in place at once: written beside its place under a
/// temporary name, then renamed into it, so that a reader sees no folder or the whole folder.
///
/// Kept minimal for `import book`; a folder-writing operation for the other importers may replace it.
public protocol FolderWriting: FileSystem {
    /// Renames `source` to `target`, which must not exist.
    mutating func moveItem(_ source: String, to target: String) -> Result<Void, FileWriteError>
    /// Removes the file or folder at `path` and everything in it, never following a link.
    mutating func removeItem(_ path: String) -> Result<Void, FileWriteError>
}

extension FolderWriting {
    /// Writes `files` (name, bytes) as the folder `path`: into a temporary folder first, renamed
    /// into place. Refuses a taken name unless `replace`; then the old folder is set aside, the new
    /// one renamed in, and only then the old one removed. A failure leaves what was there as it was.
    public mutating func writeFolder(
        _ files: [(name: String, bytes: [UInt8])], to path: String, replace: Bool
    ) -> Result<Void, FileWriteError> {
        let taken = exists(path)
        if taken, !replace { return .failure(.exists) }
        let temporary = freeName(path + ".tmp-import")
        if case .failure(let failure) = createFolder(temporary) { return .failure(failure) }
        for file in files {
            if case .failure(let failure) = write(file.bytes, to: join(temporary, file.name), overwrite: .never) {
                _ = removeItem(temporary)
                return .failure(failure)
            }
        }
        guard taken else {
            if case .failure(let failure) = moveItem(temporary, to: path) {
                _ = removeItem(temporary)
                return .failure(failure)
            }
            return .success(())
        }
        let old = freeName(path + ".old-import")
        if case .failure(let failure) = moveItem(path, to: old) {
            _ = removeItem(temporary)
            return .failure(failure)
        }
        if case .failure(let failure) = moveItem(temporary, to: path) {
            _ = moveItem(old, to: path)
            _ = removeItem(temporary)
            return .failure(failure)
        }
        _ = removeItem(old)
        return .success(())
    }

    /// `base`, or `base-2`, `base-3`… : the first name nothing is at.
    private func freeName(_ base: String) -> String {
        var candidate = base
        var counter = 1
        while exists(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        return candidate
    }
}
