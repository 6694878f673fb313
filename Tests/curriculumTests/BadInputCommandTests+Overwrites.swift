import Foundation
import Testing

/// Issue 14, item 3: `--write` and `--output` never replace a file the command read, by any name
/// (the path, a symbolic link, a hard link), and `plan --write` never writes a plan with errors.
extension BadInputCommandTests {
    /// A copy of the small curriculum with a plan in `plans/`; `items` are the plan's lines.
    func curriculumWithPlan(items: String) throws -> (folder: URL, plan: URL) {
        let folder = try temporaryFolder().appendingPathComponent("course")
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent("small-curriculum"), to: folder)
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let plan = plans.appendingPathComponent("day.plan.md")
        try "# Lesplan\n\nCurriculum: ..\nTitel: Dag\nDagindeling: 09:00-16:30\n\n<!-- keep me -->\n\(items)".write(
            to: plan, atomically: true, encoding: .utf8)
        return (folder, plan)
    }

    @Test func planWithErrorsIsNeverWritten() throws {
        let (folder, plan) = try curriculumWithPlan(items: "- 1.A.1.1\n- 9.Z.9.9 <!-- onbekend -->\n")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let before = try Data(contentsOf: plan)
        let run = try Self.bounded(
            ["plan", plan.path, "--write", plan.path, "--force"], seconds: 20, megabytes: 512)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("error[CUR023]"), "\(run.stderr)")
        #expect(try Data(contentsOf: plan) == before, "the plan was rewritten")
    }

    @Test(arguments: ["same path", "symbolic link", "hard link"])
    func writeOverThePlanReadIsRefused(_ alias: String) throws {
        let (folder, plan) = try curriculumWithPlan(items: "- 1.A.1.1\n")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let target = try Self.alias(plan, as: alias, in: folder.deletingLastPathComponent())
        let before = try Data(contentsOf: plan)
        let run = try Self.bounded(["plan", plan.path, "--write", target, "--force"], seconds: 20, megabytes: 512)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("error[CUR022]"), "\(run.stderr)")
        #expect(try Data(contentsOf: plan) == before, "the plan was rewritten")
    }

    @Test(arguments: ["same path", "symbolic link", "hard link"])
    func exportOverASourceModuleIsRefused(_ alias: String) throws {
        let (folder, _) = try curriculumWithPlan(items: "- 1.A.1.1\n")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let module = folder.appendingPathComponent("module-1.md")
        let target = try Self.alias(module, as: alias, in: folder.deletingLastPathComponent())
        let before = try Data(contentsOf: module)
        for source in [[folder.path], ["--plan", folder.appendingPathComponent("plans/day.plan.md").path]] {
            let run = try Self.bounded(
                ["export"] + source + ["--format", "md", "--output", target, "--force"], seconds: 20, megabytes: 512)
            #expect(run.status == 2, "\(source): \(run.stderr)")
            #expect(run.stderr.contains("error[CUR022]"), "\(source): \(run.stderr)")
            #expect(try Data(contentsOf: module) == before, "\(source): the module was replaced")
        }
    }

    /// `file` by another name in `scratch`: itself, a symbolic link or a hard link.
    static func alias(_ file: URL, as kind: String, in scratch: URL) throws -> String {
        let other = scratch.appendingPathComponent("alias-" + file.lastPathComponent)
        switch kind {
        case "symbolic link": try FileManager.default.createSymbolicLink(at: other, withDestinationURL: file)
        case "hard link": try FileManager.default.linkItem(at: file, to: other)
        default: return file.path
        }
        return other.path
    }
}
