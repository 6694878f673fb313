import CurriculumKit
import Foundation
import Testing

/// `FileSystem.createFolder`: what `init` makes its folder with.
@Suite struct FolderCreationTests {
    @Test func createFolderMakesTheParentsAndAcceptsAnExistingFolder() throws {
        let folder = try FileWritingTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fileSystem = LocalFileSystem()
        let nested = folder + "/a/b/c"
        #expect((try? fileSystem.createFolder(nested).get()) != nil)
        #expect(fileSystem.kind(of: nested) == .directory)
        #expect((try? fileSystem.createFolder(nested).get()) != nil)
    }

    @Test func createFolderRefusesAFileInTheWay() throws {
        let folder = try FileWritingTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fileSystem = LocalFileSystem()
        #expect(FileManager.default.createFile(atPath: folder + "/taken", contents: Data("x".utf8)))
        guard case .failure(.cannotWrite(let reason)) = fileSystem.createFolder(folder + "/taken/inner") else {
            Issue.record("a folder was made below a file")
            return
        }
        #expect(!reason.isEmpty)
        #expect(fileSystem.kind(of: folder + "/taken") == .file(size: 1))
    }
}
