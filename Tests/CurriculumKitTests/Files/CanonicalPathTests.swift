import CurriculumKit
import Foundation
import Testing

/// `LocalFileSystem.canonicalPath(of:in:resolvedFolder:)`, the loader's quick resolution of a
/// curriculum's files: for every kind of name it must give what `realpath` gives for the joined
/// path, or a link out of the folder would pass the containment test unseen.
@Suite struct CanonicalPathTests {
    @Test func aNameInAResolvedFolderResolvesAsRealpathDoes() throws {
        let base = try FileWritingTests.folder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let files = FileManager.default
        try files.createDirectory(atPath: base + "/real/sub", withIntermediateDirectories: true)
        try files.createDirectory(atPath: base + "/outside", withIntermediateDirectories: true)
        #expect(files.createFile(atPath: base + "/real/module-1.md", contents: Data("x".utf8)))
        #expect(files.createFile(atPath: base + "/real/sub/module-2.md", contents: Data("x".utf8)))
        #expect(files.createFile(atPath: base + "/outside/secret.md", contents: Data("x".utf8)))
        try files.createSymbolicLink(atPath: base + "/real/out.md", withDestinationPath: base + "/outside/secret.md")
        try files.createSymbolicLink(atPath: base + "/real/in.md", withDestinationPath: "module-1.md")
        try files.createSymbolicLink(atPath: base + "/real/dangling.md", withDestinationPath: "nowhere.md")
        try files.createSymbolicLink(atPath: base + "/real/outdir", withDestinationPath: base + "/outside")
        // The folder itself reached through a link, and by a relative spelling.
        try files.createSymbolicLink(atPath: base + "/linked", withDestinationPath: base + "/real")

        let fileSystem = LocalFileSystem()
        let names = [
            "module-1.md", "sub/module-2.md", "out.md", "in.md", "dangling.md", "outdir", "outdir/secret.md",
            "missing.md", "sub", ".", "..", "../outside/secret.md", "sub/../module-1.md",
        ]
        var compared = 0
        for folder in [base + "/real", base + "/linked", base + "/real/", base + "/real/sub/.."] {
            let resolvedFolder = try #require(fileSystem.canonicalPath(folder))
            for name in names {
                let quick = fileSystem.canonicalPath(of: name, in: folder, resolvedFolder: resolvedFolder)
                #expect(quick == fileSystem.canonicalPath(fileSystem.join(folder, name)), "\(folder) \(name)")
                compared += 1
            }
        }
        #expect(compared == 52)
        // The two that matter most, spelled out.
        let real = try #require(fileSystem.canonicalPath(base + "/real"))
        #expect(
            fileSystem.canonicalPath(of: "module-1.md", in: base + "/linked", resolvedFolder: real) == real
                + "/module-1.md")
        #expect(
            fileSystem.canonicalPath(of: "out.md", in: base + "/linked", resolvedFolder: real)?.hasSuffix(
                "/outside/secret.md") == true)
    }
}
