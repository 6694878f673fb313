import Foundation
import Testing

/// Issue 14, item 1: runs of inline markers in one rendered field. The old scan looked ahead from
/// every opener for its closer, so 200,000 `[` in one procedure step took 70 s to export; each
/// form now exports within a bound far above the linear time (benchmarks/pathological.sh measures
/// the time per MB) and far below the old quadratic one.
extension BadInputCommandTests {
    static let pathologicalForms = ["[", "<", "![", "[a](", "*", "`", "_", "*a ", "**a ", "[*"]

    @Test(arguments: pathologicalForms)
    func longRunOfInlineMarkersExportsInLinearTime(_ form: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = folder.appendingPathComponent("course")
        try FileManager.default.copyItem(at: CLI.fixtures.appendingPathComponent("small-curriculum"), to: course)
        let module = course.appendingPathComponent("module-1.md")
        let run = String(repeating: form, count: 200_000 / form.count)
        let text = try String(contentsOf: module, encoding: .utf8)
            .replacingOccurrences(of: "Deelnemers maken een lijst van organisaties.", with: run)
        try text.write(to: module, atomically: true, encoding: .utf8)
        for format in ["html", "md", "txt"] {
            let output = folder.appendingPathComponent("out.\(format)").path
            let export = try Self.bounded(
                ["export", course.path, "--format", format, "--output", output, "--force"], seconds: 30,
                megabytes: 2048)
            #expect(!export.timedOut && !export.crashed, "\(form) \(format): status \(export.status)\n\(export.stderr)")
            #expect(export.status == 0, "\(form) \(format): \(export.stderr.prefix(500))")
        }
    }
}
