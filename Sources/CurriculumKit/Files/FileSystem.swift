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
}

/// What a path names.
public enum FileKind: Equatable, Sendable {
    case file(size: Int)
    case directory
    case missing
    /// A device, socket or pipe.
    case other
    /// A chain of symbolic links that never ends.
    case linkLoop
    case unreadable(String)
}

/// Why a file could not be read.
public enum FileError: Error, Equatable, Sendable {
    case missing
    case isDirectory
    case tooLarge(size: Int, limit: Int)
    case notRegular
    case linkLoop
    case unreadable(String)

}

extension FileSystem {
    /// Joins a folder and a relative name the way users write paths (`curriculum/igma-femina/module-1.md`).
    public func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." || name.hasPrefix("/") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
