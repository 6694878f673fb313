import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds the repository root that CI reports name files from: the nearest folder, from the
/// working directory upwards, holding a `.git` entry (a folder, or the file of a worktree or
/// submodule); the working directory itself when there is none. The library runs no git and reads
/// no working directory, so the command line looks and passes the answer in.
enum RepositoryLocator {
    static func root(from workingDirectory: String) -> RepositoryRoot {
        var folder = workingDirectory
        while true {
            if FileManager.default.fileExists(atPath: folder + (folder.hasSuffix("/") ? "" : "/") + ".git") {
                return RepositoryRoot(path: folder, workingDirectory: workingDirectory)
            }
            guard let slash = folder.lastIndex(of: "/"), folder != "/" else { break }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
        return RepositoryRoot(workingDirectory: workingDirectory)
    }
}
