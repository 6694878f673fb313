#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension LocalFileSystem {
    /// The files go into a temporary folder beside `folder` (`.NAME.tmp-XXXXXX`), each written and
    /// flushed as `write` does, and the folder then takes its name with one `rename`. Replacing an
    /// existing folder first moves it aside, then renames the new one in and only then removes the
    /// old one, so that a failure at any step leaves the old folder where it was.
    public func writeFolder(_ files: [String: [UInt8]], to folder: String, overwrite: Overwrite) -> Result<
        Void, FileWriteError
    > {
        if overwrite == .never, exists(folder) { return .failure(.exists) }
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let slash = trimmed.lastIndex(of: "/")
        let parent = slash.map { trimmed[..<$0].isEmpty ? "/" : String(trimmed[..<$0]) } ?? "."
        let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        // The folders above that are missing, deepest first: made now, removed again on failure.
        var madeAbove: [String] = []
        var above = parent
        while !exists(above), let slash = above.lastIndex(of: "/") {
            madeAbove.append(above)
            above = slash == above.startIndex ? "/" : String(above[..<slash])
        }
        if !exists(above) { madeAbove.append(above) }
        let undo = { for folder in madeAbove { rmdir(folder) } }
        if case .failure(let failure) = createFolder(parent) {
            undo()
            return .failure(failure)
        }
        guard let temporary = Self.makeTemporaryFolder(join(parent, ".\(name).tmp-XXXXXX")) else {
            let why = Self.reason()
            undo()
            return .failure(.cannotWrite(why))
        }
        // mkdtemp makes the folder private (0700); give it the mode an ordinary mkdir would.
        let mask = umask(0)
        umask(mask)
        chmod(temporary, 0o777 & ~mask)
        for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let path = join(temporary, relative)
            if let end = relative.lastIndex(of: "/"),
                case .failure(let failure) = createFolder(
                    join(temporary, String(relative[..<end])))
            {
                removeTree(temporary)
                undo()
                return .failure(failure)
            }
            if case .failure(let failure) = write(bytes, to: path, overwrite: .never) {
                removeTree(temporary)
                undo()
                return .failure(failure)
            }
        }
        let placed = place(temporary, at: trimmed, parent: parent, name: name, overwrite: overwrite)
        if case .failure = placed { undo() }
        return placed
    }

    /// Gives the finished temporary folder the target's name.
    private func place(_ temporary: String, at folder: String, parent: String, name: String, overwrite: Overwrite)
        -> Result<Void, FileWriteError>
    {
        guard exists(folder) else {
            guard rename(temporary, folder) == 0 else {
                let code = errno
                let why = Self.reason()
                removeTree(temporary)
                return .failure(code == EEXIST || code == ENOTEMPTY ? .exists : .cannotWrite(why))
            }
            return .success(())
        }
        guard overwrite != .never else {
            removeTree(temporary)
            return .failure(.exists)
        }
        // Move the old folder (or file) aside under a fresh unique name, then put the new one in.
        guard let aside = Self.makeTemporaryFolder(join(parent, ".\(name).old-XXXXXX")), rmdir(aside) == 0,
            rename(folder, aside) == 0
        else {
            let why = Self.reason()
            removeTree(temporary)
            return .failure(.cannotWrite(why))
        }
        guard rename(temporary, folder) == 0 else {
            let why = Self.reason()
            rename(aside, folder)
            removeTree(temporary)
            return .failure(.cannotWrite(why))
        }
        removeTree(aside)
        return .success(())
    }

    /// Removes a file, a link (never what it points to) or a folder with everything in it.
    func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR {
            if case .success(let names) = entries(of: path) {
                for name in names { removeTree(join(path, name)) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
