import CurriculumKit
import Foundation
import Testing

/// `FileSystem.write`: atomic on disk, no overwrite without leave, the same promises in memory.
@Suite struct FileWritingTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("file-writing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test(arguments: [Overwrite.never, .allowed, .inPlace])
    func aNewFileIsWritten(_ overwrite: Overwrite) throws {
        let path = try Self.folder() + "/new.txt"
        let result = LocalFileSystem().write(Array("new\n".utf8), to: path, overwrite: overwrite)
        #expect(result.writeError == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    }

    @Test func anExistingFileIsRefusedWithoutLeave() throws {
        let path = try Self.folder() + "/old.txt"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        let result = LocalFileSystem().write(Array("new\n".utf8), to: path, overwrite: .never)
        #expect(result.writeError == .exists)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    }

    @Test(arguments: [Overwrite.allowed, .inPlace])
    func replacingGivesTheNameANewFileSoAHardLinkKeepsTheOldContent(_ overwrite: Overwrite) throws {
        let folder = try Self.folder()
        try "old\n".write(toFile: folder + "/a.txt", atomically: false, encoding: .utf8)
        try FileManager.default.linkItem(atPath: folder + "/a.txt", toPath: folder + "/b.txt")
        let result = LocalFileSystem().write(Array("new\n".utf8), to: folder + "/a.txt", overwrite: overwrite)
        #expect(result.writeError == nil)
        #expect(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8) == "new\n")
        #expect(try String(contentsOfFile: folder + "/b.txt", encoding: .utf8) == "old\n")
    }

    @Test func aWriteIntoAMissingFolderFailsAndLeavesNoFile() throws {
        let path = try Self.folder() + "/missing/new.txt"
        let result = LocalFileSystem().write(Array("new\n".utf8), to: path, overwrite: .allowed)
        guard case .failure(.cannotWrite(let reason)) = result else {
            Issue.record("expected cannotWrite, got \(result)")
            return
        }
        #expect(!reason.isEmpty)
        #expect(!LocalFileSystem().exists(path))
    }

    @Test func aDanglingLinkTakesTheName() throws {
        let folder = try Self.folder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/nowhere")
        #expect(LocalFileSystem().exists(folder + "/link"))
        #expect(LocalFileSystem().write([], to: folder + "/link", overwrite: .never).writeError == .exists)
    }

    @Test func inMemoryWritesKeepTheSamePromises() {
        var files = InMemoryFileSystem(files: ["c/a.md": "old"])
        #expect(files.write(Array("new".utf8), to: "c/a.md", overwrite: .never).writeError == .exists)
        #expect(files.files["c/a.md"] == Array("old".utf8))
        #expect(files.write(Array("new".utf8), to: "c/a.md", overwrite: .allowed).writeError == nil)
        #expect(files.files["c/a.md"] == Array("new".utf8))
        #expect(files.write(Array("x".utf8), to: "c", overwrite: .allowed).writeError == .cannotWrite("Is a directory"))
    }
}

extension Result where Success == Void, Failure == FileWriteError {
    /// Why the write failed, or `nil` when it succeeded: `Result<Void, _>` itself is not equatable.
    fileprivate var writeError: FileWriteError? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
