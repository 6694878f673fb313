import CurriculumKit
import Foundation
import Testing

/// `FileSystem.writeFolder`: a whole folder written at once, on disk and in memory.
@Suite struct FolderWritingTests {
    static let files: [String: [UInt8]] = [
        "curriculum.md": Array("# A\n".utf8), "module-1.md": Array("# Module 1: A\n".utf8),
        "sub/notes.md": Array("notes\n".utf8),
    ]

    static func contents(_ folder: String) -> [String: String] {
        var found: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: folder)
        while let name = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            if !isFolder.boolValue {
                found[name] = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? "?"
            }
        }
        return found
    }

    /// The names in `parent`, to see that no temporary or set-aside folder is left behind.
    static func names(in parent: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
    }

    @Test func aNewFolderIsWrittenWholeWithItsSubfoldersAndNothingElseIsLeft() throws {
        let parent = try FileWritingTests.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let fileSystem = LocalFileSystem()
        let target = parent + "/deeper/out"
        #expect((try? fileSystem.writeFolder(Self.files, to: target, overwrite: .never).get()) != nil)
        #expect(
            Self.contents(target) == [
                "curriculum.md": "# A\n", "module-1.md": "# Module 1: A\n", "sub/notes.md": "notes\n",
            ])
        #expect(Self.names(in: parent + "/deeper") == ["out"])
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        let mode = (attributes[.posixPermissions] as? Int) ?? 0
        #expect(mode & 0o755 == 0o755, "an ordinary folder's mode, not mkdtemp's 0700: \(String(mode, radix: 8))")
    }

    @Test(arguments: [true, false])
    func anExistingFolderOrFileIsRefusedWithoutLeaveAndKept(isFolder: Bool) throws {
        let parent = try FileWritingTests.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let target = parent + "/out"
        if isFolder {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        } else {
            #expect(FileManager.default.createFile(atPath: target, contents: Data("mine".utf8)))
        }
        let fileSystem = LocalFileSystem()
        #expect(throws: FileWriteError.exists) {
            try fileSystem.writeFolder(Self.files, to: target, overwrite: .never).get()
        }
        #expect(Self.names(in: parent) == ["out"])
        #expect(
            isFolder ? Self.names(in: target).isEmpty : (try? String(contentsOfFile: target, encoding: .utf8)) == "mine"
        )
    }

    @Test func forceReplacesTheOldFolderWithoutFollowingItsLinks() throws {
        let parent = try FileWritingTests.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let target = parent + "/out"
        let outside = parent + "/outside.md"
        #expect(FileManager.default.createFile(atPath: outside, contents: Data("outside".utf8)))
        try FileManager.default.createDirectory(atPath: target + "/old", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: target + "/old/stale.md", contents: Data("stale".utf8)))
        try FileManager.default.createSymbolicLink(atPath: target + "/link.md", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: target + "/parent", withDestinationPath: parent)
        let fileSystem = LocalFileSystem()
        #expect((try? fileSystem.writeFolder(Self.files, to: target, overwrite: .allowed).get()) != nil)
        #expect(
            Self.contents(target) == [
                "curriculum.md": "# A\n", "module-1.md": "# Module 1: A\n", "sub/notes.md": "notes\n",
            ])
        #expect((try? String(contentsOfFile: outside, encoding: .utf8)) == "outside")
        #expect(Self.names(in: parent) == ["out", "outside.md"])
    }

    @Test func aFailedWriteLeavesNoTemporaryFolder() throws {
        let parent = try FileWritingTests.folder()
        defer {
            chmod(parent, 0o755)
            try? FileManager.default.removeItem(atPath: parent)
        }
        guard getuid() != 0 else { return }  // root writes anywhere: the failure cannot be made
        chmod(parent, 0o555)
        let fileSystem = LocalFileSystem()
        guard case .failure(.cannotWrite) = fileSystem.writeFolder(Self.files, to: parent + "/out", overwrite: .never)
        else {
            Issue.record("a folder was written into a read-only folder")
            return
        }
        #expect(Self.names(in: parent).isEmpty)
    }

    @Test func aWriteThatFailsHalfwayRemovesTheFoldersItMadeAbove() throws {
        let parent = try FileWritingTests.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let fileSystem = LocalFileSystem()
        // `a` is written as a file, so the folder `a/` for `a/b` cannot be made: a failure after
        // the missing folders above the target were created.
        let clash: [String: [UInt8]] = ["a": Array("x".utf8), "a/b": Array("y".utf8)]
        guard case .failure = fileSystem.writeFolder(clash, to: parent + "/new/deeper/out", overwrite: .never) else {
            Issue.record("a folder was written with a file and a folder of the same name")
            return
        }
        #expect(Self.names(in: parent).isEmpty)
    }

    @Test func inMemoryTheFolderIsReplacedOnlyWithLeave() {
        var fileSystem = InMemoryFileSystem(files: ["out/mine.md": "mine", "outer.md": "x"])
        #expect(throws: FileWriteError.exists) {
            try fileSystem.writeFolder(Self.files, to: "out", overwrite: .never).get()
        }
        #expect(fileSystem.files.keys.sorted() == ["out/mine.md", "outer.md"])
        #expect((try? fileSystem.writeFolder(Self.files, to: "out", overwrite: .allowed).get()) != nil)
        #expect(
            fileSystem.files.keys.sorted() == ["out/curriculum.md", "out/module-1.md", "out/sub/notes.md", "outer.md"])
        #expect((try? fileSystem.writeFolder([:], to: "empty", overwrite: .never).get()) != nil)
        #expect(fileSystem.kind(of: "empty") == .directory)
    }
}
