import Foundation
import Testing

/// action.yml end to end: its `run:` steps run in order, as a GitHub runner runs them, in a
/// temporary repository with the variables GitHub sets (Tests/Fixtures/action/run_action.py, which
/// also checks the file's structure).
@Suite(
    .enabled(if: ExternalTool.hasPythonModule("yaml"), "needs Python's PyYAML (pip install pyyaml)"),
    .enabled(if: ExternalTool.has("git"), "needs git"))
struct ActionTests {
    static let runner = CLI.fixtures.appendingPathComponent("action/run_action.py")

    /// A git repository holding the broken fixture as `cursus/` and the shipped curriculum under
    /// `curriculum/`.
    static func repository() throws -> URL {
        let folder = try CLI.temporaryDirectory()
        #expect(try ExternalTool.run(["git", "init", "-q", folder.path]).status == 0)
        try FileManager.default.copyItem(
            at: CLI.fixtures.appendingPathComponent("check/broken"), to: folder.appendingPathComponent("cursus"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("curriculum"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CLI.root.appendingPathComponent("curriculum/igma-femina"),
            to: folder.appendingPathComponent("curriculum/igma-femina"))
        return folder
    }

    static func run(_ inputs: [String: String], in repository: URL) throws -> (status: Int32, stdout: String) {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: inputs), as: UTF8.self)
        let result = try ExternalTool.run(["python3", runner.path, CLI.root.path, repository.path, json])
        return (result.status, result.stdout + result.stderr)
    }

    @Test func findingsBecomeAnnotationsAndSARIFResolvesFromTheRepository() throws {
        let repository = try Self.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try Self.run(
            ["path": "cursus", "binary": CLI.binary.path, "sarif-file": "curriculum.sarif"], in: repository)
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("::error file=cursus/module-1.md,line=21,col=3,"))
        #expect(result.stdout.contains("::notice title=curriculum check::5 errors, 3 warnings in 3 files"))
        let sarif = try String(contentsOf: repository.appendingPathComponent("curriculum.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"uri\" : \"cursus/module-1.md\""))
        #expect(sarif.contains("\"uri\" : \"file://\(repository.resolvingSymlinksInPath().path)/\""))
    }

    @Test func aCleanCurriculumPassesStrictWithTheDefaultPath() throws {
        let repository = try Self.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try Self.run(["binary": CLI.binary.path, "strict": "true"], in: repository)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("::notice title=curriculum check::0 errors, 0 warnings in "))
        #expect(!FileManager.default.fileExists(atPath: repository.appendingPathComponent("curriculum.sarif").path))
    }

    @Test(.enabled(if: ExternalTool.has("curl"), "needs curl"))
    func aReleaseTarballIsDownloadedAndRun() throws {
        let repository = try Self.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let staging = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: staging) }
        let top = staging.appendingPathComponent("curriculum-0.1.0-linux-x86_64")
        try FileManager.default.createDirectory(at: top, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.binary, to: top.appendingPathComponent("curriculum"))
        let tarball = staging.appendingPathComponent("release.tar.gz")
        let tar = try ExternalTool.run(["tar", "-czf", tarball.path, "-C", staging.path, top.lastPathComponent])
        #expect(tar.status == 0)
        let result = try Self.run(["path": "cursus", "release-url": tarball.absoluteString], in: repository)
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("::error file=cursus/module-1.md,line=21,"))
    }

    @Test func aMissingBinaryIsAClearErrorWithStatusTwo() throws {
        let repository = try Self.repository()
        defer { try? FileManager.default.removeItem(at: repository) }
        let result = try Self.run(["binary": "/no/such/curriculum"], in: repository)
        #expect(result.status == 2)
        #expect(result.stdout.contains("::error title=curriculum action::no curriculum binary found"))
    }
}
