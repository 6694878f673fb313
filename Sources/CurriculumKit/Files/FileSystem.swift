/// The files a curriculum is read from: the disk, or memory in tests.
///
/// The library reads through this protocol only, so that it never depends on the current
/// directory or any other global state, and so that tests can build folders without touching disk.
public protocol FileSystem: Sendable {
    /// What is at `path`, following symbolic links.
    func kind(of path: String) -> FileKind
    /// The bytes of a regular file, at most `limit` of them (larger files fail with `.tooLarge`).
    func read(_ path: String, limit: Int) -> Result<[UInt8], FileError>
    /// The names (not paths) of the entries of a folder, sorted.
    func entries(of folder: String) -> Result<[String], FileError>
    /// The path with every symbolic link and `..` resolved, or `nil` if it cannot be resolved.
    func canonicalPath(_ path: String) -> String?
    /// `canonicalPath(join(folder, name))` when the canonical path of `folder` is known to be
    /// `resolvedFolder`: asked for every file of a curriculum, so that the disk can answer it
    /// without resolving the folder's path again for each.
    func canonicalPath(of name: String, in folder: String, resolvedFolder: String) -> String?
    /// What makes the file at `path` itself (on disk: its device and inode, following links), so
    /// that two spellings, a symbolic link and a hard link all name one file; `nil` if nothing is there.
    func identity(of path: String) -> String?
    /// Whether anything is at `path`: a file, a folder, or a symbolic link even when it leads
    /// nowhere (a name that is taken, so a new file may not be written there).
    func exists(_ path: String) -> Bool
    /// Writes `bytes` to `path` atomically: a reader sees the old file or the new one, never half a
    /// file, and a write that fails leaves what was there as it was. Refuses to replace an existing
    /// file unless `overwrite` allows it, so no command ever destroys a user's file by accident.
    mutating func write(_ bytes: [UInt8], to path: String, overwrite: Overwrite) -> Result<Void, FileWriteError>
    /// Creates the folder at `path` and any missing folders above it; succeeds when it exists.
    mutating func createFolder(_ path: String) -> Result<Void, FileWriteError>
    /// Writes a whole folder at once: `files` (paths relative to the folder, `/` between
    /// subfolders) go into a temporary folder beside `folder`, which then takes its name in one
    /// rename, so that a reader sees no folder or the complete one, never half of it. Refuses an
    /// existing `folder` unless `overwrite` allows replacing it; a failure leaves what was there.
    mutating func writeFolder(_ files: [String: [UInt8]], to folder: String, overwrite: Overwrite) -> Result<
        Void, FileWriteError
    >
}

extension FileSystem {
    /// Without hard links, a file is its resolved path.
    public func identity(of path: String) -> String? {
        kind(of: path) == .missing ? nil : canonicalPath(path)
    }

    /// Whether anything is at `path`; file systems without links need no more than `kind(of:)`.
    public func exists(_ path: String) -> Bool {
        kind(of: path) != .missing
    }

    /// A file system that only reads creates no folder.
    public mutating func createFolder(_ path: String) -> Result<Void, FileWriteError> {
        .failure(.cannotWrite("the file system is read-only"))
    }

    /// A file system that only reads refuses every write.
    public mutating func write(_ bytes: [UInt8], to path: String, overwrite: Overwrite) -> Result<
        Void, FileWriteError
    > {
        .failure(.cannotWrite("the file system is read-only"))
    }

    /// A file system that only reads writes no folder.
    public mutating func writeFolder(_ files: [String: [UInt8]], to folder: String, overwrite: Overwrite) -> Result<
        Void, FileWriteError
    > {
        .failure(.cannotWrite("the file system is read-only"))
    }

    public func canonicalPath(of name: String, in folder: String, resolvedFolder: String) -> String? {
        canonicalPath(join(folder, name))
    }

    /// Joins a folder and a relative name the way users write paths (`curriculum/igma-femina/module-1.md`).
    public func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." || name.hasPrefix("/") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
