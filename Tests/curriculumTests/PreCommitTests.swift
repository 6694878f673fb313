import Foundation
import Testing

/// .pre-commit-hooks.yaml through `pre-commit try-repo` (pre-commit from PyPI): a repository of
/// the hooks file, a sample repository with a curriculum, and the built binary on PATH (the hooks
/// run the installed `curriculum`, language: system).
@Suite(
    .enabled(if: ExternalTool.has("pre-commit"), "needs pre-commit (pip install pre-commit)"),
    .enabled(if: ExternalTool.has("git"), "needs git"))
struct PreCommitTests {
    static let identity = ["-c", "user.name=curriculum tests", "-c", "user.email=tests@example.invalid"]

    /// A git repository whose one commit holds the project's .pre-commit-hooks.yaml.
    static func hooksRepository(in folder: URL) throws -> URL {
        let hooks = folder.appendingPathComponent("hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CLI.root.appendingPathComponent(".pre-commit-hooks.yaml"),
            to: hooks.appendingPathComponent(".pre-commit-hooks.yaml"))
        for command in [["init", "-q"], ["add", "."], identity + ["commit", "-q", "-m", "hooks"]] {
            #expect(try ExternalTool.run(["git", "-C", hooks.path] + command).status == 0)
        }
        return hooks
    }

    /// A sample repository with `curriculum/` holding `source` as `cursus`, staged.
    static func sample(in folder: URL, from source: URL) throws -> URL {
        let sample = folder.appendingPathComponent("sample")
        try FileManager.default.createDirectory(
            at: sample.appendingPathComponent("curriculum"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: sample.appendingPathComponent("curriculum/cursus"))
        #expect(try ExternalTool.run(["git", "init", "-q", sample.path]).status == 0)
        #expect(try ExternalTool.run(["git", "-C", sample.path, "add", "."]).status == 0)
        return sample
    }

    static func tryRepo(_ hook: String, hooks: URL, sample: URL, home: URL) throws -> (status: Int32, output: String) {
        let path =
            CLI.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        let result = try ExternalTool.run([
            "env", "PATH=\(path)", "PRE_COMMIT_HOME=\(home.path)", "sh", "-c",
            "cd \"$1\" && pre-commit try-repo \"$2\" \"$3\" --all-files", "sh", sample.path, hooks.path, hook,
        ])
        return (result.status, result.stdout + result.stderr)
    }

    @Test func checkFailsOnABrokenCurriculumAndPassesOnAGoodOne() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hooks = try Self.hooksRepository(in: folder)
        let broken = try Self.sample(in: folder, from: CLI.fixtures.appendingPathComponent("check/broken"))
        let failing = try Self.tryRepo("curriculum-check", hooks: hooks, sample: broken, home: folder)
        #expect(failing.status == 1, "\(failing.output)")
        #expect(failing.output.contains("curriculum/cursus/module-1.md:21:3: error[CUR401]"))
        try FileManager.default.removeItem(at: broken)
        let good = try Self.sample(in: folder, from: CLI.root.appendingPathComponent("curriculum/igma-femina"))
        let passing = try Self.tryRepo("curriculum-check", hooks: hooks, sample: good, home: folder)
        #expect(passing.status == 0, "\(passing.output)")
        #expect(passing.output.contains("Passed"))
    }

    @Test func fmtRewritesAFileAndFailsOnceThenPasses() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let hooks = try Self.hooksRepository(in: folder)
        let sample = try Self.sample(in: folder, from: CLI.root.appendingPathComponent("curriculum/igma-femina"))
        let module = sample.appendingPathComponent("curriculum/cursus/module-1.md")
        let text = try String(contentsOf: module, encoding: .utf8)
        let bullet = try #require(text.range(of: "\n- Professioneel profiel\n"))
        try text.replacingCharacters(in: bullet, with: "\n* Professioneel profiel\n").write(
            to: module, atomically: true, encoding: .utf8)
        #expect(try ExternalTool.run(["git", "-C", sample.path, "add", "."]).status == 0)
        let first = try Self.tryRepo("curriculum-fmt", hooks: hooks, sample: sample, home: folder)
        #expect(first.status == 1, "\(first.output)")
        #expect(first.output.contains("files were modified by this hook"))
        #expect(try String(contentsOf: module, encoding: .utf8) == text)
        #expect(try ExternalTool.run(["git", "-C", sample.path, "add", "."]).status == 0)
        let second = try Self.tryRepo("curriculum-fmt", hooks: hooks, sample: sample, home: folder)
        #expect(second.status == 0, "\(second.output)")
    }
}
