import Testing

@testable import CurriculumKit

@Suite struct InitJobTests {
    @Test(arguments: [Language.dutch, .english])
    func writesTheTemplateIntoANewFolderAndItLoads(language: Language) {
        var job = InitJob(fileSystem: InMemoryFileSystem())
        let result = job.run(InitRequest(folder: "new/course", title: "Mijn cursus", language: language))
        #expect(result.diagnostics.isEmpty)
        let template = CurriculumTemplate(title: "Mijn cursus", language: language)
        #expect(result.created == template.files.map { "new/course/" + $0.name })
        let loaded = CurriculumLoader(fileSystem: job.fileSystem).load(folder: "new/course")
        #expect(loaded.curriculum?.title == "Mijn cursus")
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func writesIntoAnEmptyFolder() {
        var fileSystem = InMemoryFileSystem()
        #expect((try? fileSystem.createFolder("empty").get()) != nil)
        #expect(fileSystem.kind(of: "empty") == .directory)
        var job = InitJob(fileSystem: fileSystem)
        #expect(job.run(InitRequest(folder: "empty")).diagnostics.isEmpty)
    }

    @Test func refusesAFolderThatHoldsAnythingAndWritesNothing() {
        let before = InMemoryFileSystem(files: ["course/notes.txt": "mine"])
        var job = InitJob(fileSystem: before)
        let result = job.run(InitRequest(folder: "course"))
        #expect(result.diagnostics.map(\.code) == [.initTargetNotEmpty])
        #expect(result.diagnostics.first?.message.contains("holds 1 entry (notes.txt)") == true)
        #expect(result.created.isEmpty)
        #expect((job.fileSystem as? InMemoryFileSystem)?.files == before.files)
    }

    @Test func refusesAFile() {
        var job = InitJob(fileSystem: InMemoryFileSystem(files: ["course": "a file"]))
        let result = job.run(InitRequest(folder: "course"))
        #expect(result.diagnostics.map(\.code) == [.initTargetNotEmpty])
        #expect(result.diagnostics.first?.message.contains("is a file, not a folder") == true)
    }

    @Test func aFolderThatCannotBeMadeIsAnErrorWithTheReason() {
        var job = InitJob(fileSystem: ReadOnly())
        let result = job.run(InitRequest(folder: "course"))
        #expect(result.diagnostics.map(\.code) == [.unwritableOutput])
        #expect(result.diagnostics.first?.message == "cannot create 'course': the file system is read-only")
        #expect(result.hasErrors)
    }

    /// A file system that reads nothing and refuses every write (the protocol's defaults).
    struct ReadOnly: FileSystem {
        func kind(of path: String) -> FileKind { .missing }
        func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> { .failure(.missing) }
        func entries(of folder: String) -> Result<[String], FileError> { .failure(.missing) }
        func canonicalPath(_ path: String) -> String? { nil }
    }
}
