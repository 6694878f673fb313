import Foundation
import Testing

@testable import CurriculumKit

/// `import book` as a job: the folder is written whole or not at all, never over an existing one
/// without `force`, and a bad book writes nothing.
@Suite struct ImportBookJobTests {
    static let book =
        (try? String(contentsOfFile: Repository.fixture("books/dutch-columns.txt"), encoding: .utf8)) ?? ""

    @Test func writesTheCurriculumAndTheReport() throws {
        var job = ImportBookJob(fileSystem: InMemoryFileSystem(files: ["book.txt": Self.book]))
        let result = job.run(ImportBookRequest(book: "book.txt", output: "out"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.folder == "out")
        #expect(result.files == ["curriculum.md", "module-0.md", "annexes.md", "IMPORT.md"])
        #expect(result.exerciseCount == 3)
        #expect(job.fileSystem.kind(of: "out/IMPORT.md") != .missing)
        #expect(try job.fileSystem.entries(of: ".").get() == ["book.txt", "out"], "no temporary folder left")
    }

    @Test func anExistingFolderIsReplacedOnlyWithForce() throws {
        var job = ImportBookJob(
            fileSystem: InMemoryFileSystem(files: ["book.txt": Self.book, "out/mine.md": "# mine\n"]))
        let refused = job.run(ImportBookRequest(book: "book.txt", output: "out"))
        #expect(refused.diagnostics.map(\.code) == [.outputExists])
        #expect(refused.folder == nil)
        #expect(try job.fileSystem.entries(of: "out").get() == ["mine.md"])
        let forced = job.run(ImportBookRequest(book: "book.txt", output: "out", force: true))
        #expect(forced.diagnostics.isEmpty)
        #expect(try job.fileSystem.entries(of: "out").get().contains("IMPORT.md"))
        let entries = try job.fileSystem.entries(of: "out").get()
        #expect(!entries.contains("mine.md"))
        #expect(try job.fileSystem.entries(of: ".").get() == ["book.txt", "out"])
    }

    @Test(arguments: [("", DiagnosticCode.bookNotText), ("Alleen tekst.\n", DiagnosticCode.bookWithoutExercises)])
    func aBadBookWritesNothing(_ text: String, _ code: DiagnosticCode) throws {
        var job = ImportBookJob(fileSystem: InMemoryFileSystem(files: ["book.txt": text]))
        let result = job.run(ImportBookRequest(book: "book.txt", output: "out"))
        #expect(result.diagnostics.map(\.code) == [code])
        #expect(result.hasUnreadableInput)
        #expect(try job.fileSystem.entries(of: ".").get() == ["book.txt"])
    }

    @Test func aMissingBookIsUnreadableInput() throws {
        var job = ImportBookJob(fileSystem: InMemoryFileSystem())
        let result = job.run(ImportBookRequest(book: "missing.txt", output: "out"))
        #expect(result.hasUnreadableInput)
        #expect(!job.fileSystem.exists("out"))
    }

    @Test func theDiskGetsTheFolderByRenameAndKeepsNoLeftovers() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("import-book-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        var disk = LocalFileSystem()
        let target = base.appendingPathComponent("course").path
        let first = ["a.md": Array("a\n".utf8)]
        try disk.writeFolder(first, to: target, overwrite: .never).get()
        guard case .failure(.exists) = disk.writeFolder(first, to: target, overwrite: .never) else {
            Issue.record("an existing folder was replaced without leave")
            return
        }
        let second = ["b.md": Array("b\n".utf8)]
        try disk.writeFolder(second, to: target, overwrite: .allowed).get()
        #expect(try FileManager.default.contentsOfDirectory(atPath: target) == ["b.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["course"])
    }
}
