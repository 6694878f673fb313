import Testing

@testable import CurriculumKit

/// `export --output-dir`: each plan's handout is named after its plan file, and two plans that
/// would share a file are refused.
@Suite struct HandoutOutputsTests {
    @Test(arguments: [
        ("plans/dinsdag.plan.md", ExportRequest.Format.pdf, "out/dinsdag.pdf"),
        ("dinsdag.md", .html, "out/dinsdag.html"), ("a/b/week 2.plan.md", .md, "out/week 2.md"),
        ("notes.txt", .txt, "out/notes.txt.txt"), (".plan.md", .pdf, "out/.plan.pdf"),
    ])
    func aHandoutIsNamedAfterItsPlan(plan: String, format: ExportRequest.Format, expected: String) {
        let result = HandoutOutputs.paths(forPlans: [plan], in: "out", format: format, fileSystem: InMemoryFileSystem())
        #expect(result == .success([expected]))
    }

    @Test func twoPlansOnOneFileAreRefusedNamingBoth() {
        let plans = ["a/dinsdag.plan.md", "b/woensdag.plan.md", "b/dinsdag.md"]
        let result = HandoutOutputs.paths(forPlans: plans, in: "out", format: .pdf, fileSystem: InMemoryFileSystem())
        #expect(
            result == .failure(.init(firstPlan: "a/dinsdag.plan.md", secondPlan: "b/dinsdag.md", file: "dinsdag.pdf")))
    }

    @Test func thePathsKeepThePlansOrder() {
        let result = HandoutOutputs.paths(
            forPlans: ["z.plan.md", "a.plan.md"], in: "out", format: .html, fileSystem: InMemoryFileSystem())
        #expect(result == .success(["out/z.html", "out/a.html"]))
    }
}
