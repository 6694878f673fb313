import Foundation
import Testing

/// Files are replaced by a new file taking the name, never rewritten in place: a hard link to the
/// old file keeps the old content, and a failed write is never reported as a success.
@Suite struct AtomicWriteTests {
    @Test(arguments: [["export", "--plan", ExportCommandTests.plan, "--format", "txt", "--force", "--output"]])
    func exportOverAHardLinkedFileLeavesTheLinkAlone(_ arguments: [String]) throws {
        let folder = try CLI.temporaryDirectory()
        let target = folder.appendingPathComponent("handout.txt").path
        let link = folder.appendingPathComponent("handout-link.txt").path
        try "old handout\n".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.linkItem(atPath: target, toPath: link)

        let output = try CLI.run(arguments + [target])

        #expect(output.status == 0, "\(output.stderr)")
        #expect(try String(contentsOfFile: link, encoding: .utf8) == "old handout\n")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written != "old handout\n")
        #expect(written.contains("Trainingsdag IGMA Femina"))
    }

    @Test func fmtInPlaceOverAHardLinkedFileLeavesTheLinkAlone() throws {
        let folder = try CLI.temporaryDirectory()
        let target = folder.appendingPathComponent("module-1.md").path
        let link = folder.appendingPathComponent("module-1-link.md").path
        let heading = "# Module 1: Samenwerken\n\n## 1.A Netwerken\n\n### Niveau 1\n\n#### 1.A.1.1 Een kaart\n\n"
        let old = heading + "Duur: 20 minuten\n\nLeerdoelen:\n* iets\n"
        try old.write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.linkItem(atPath: target, toPath: link)

        let output = try CLI.run(["fmt", target])

        #expect(output.status == 0, "\(output.stderr)")
        #expect(try String(contentsOfFile: link, encoding: .utf8) == old)
        #expect(
            try String(contentsOfFile: target, encoding: .utf8) == heading + "Duur: 20 min\n\nLeerdoelen:\n- iets\n")
    }

    @Test func aWriteIntoAMissingFolderFailsAndSaysSo() throws {
        let folder = try CLI.temporaryDirectory()
        let target = folder.appendingPathComponent("no-such-folder/handout.txt").path

        let output = try CLI.run(["export", "--plan", ExportCommandTests.plan, "--format", "txt", "--output", target])

        #expect(output.status == 2)  // failed output is never a mere finding (issue 13)
        #expect(output.stderr.contains("error[CUR805]: cannot write '\(target)'"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
