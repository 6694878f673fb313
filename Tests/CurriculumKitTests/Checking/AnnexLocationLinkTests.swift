import CurriculumKit
import Foundation
import Testing

/// An annex file reached through a symbolic link out of the curriculum folder is lost when the
/// folder is copied: `check` reports it, and a file inside the folder passes.
@Suite struct AnnexLocationLinkTests {
    static let manifest = "# Cursus\n\nTaal: nl\n\nModules:\n- module-1.md\n"
    static let module =
        "# Module 1: Een\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 oefening\nDuur: 1 uur\nBijlagen:\n- 1.A.1.1 bijlage 1: Kaart\n"

    static func curriculum(linkingOut: Bool) throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("annex-link-\(UUID().uuidString)")
        let folder = base.appendingPathComponent("c")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("bijlagen"), withIntermediateDirectories: true)
        try manifest.write(to: folder.appendingPathComponent("curriculum.md"), atomically: false, encoding: .utf8)
        try module.write(to: folder.appendingPathComponent("module-1.md"), atomically: false, encoding: .utf8)
        try "# Bijlagen\n\n- 1.A.1.1 bijlage 1: Kaart <bijlagen/kaart.pdf>\n".write(
            to: folder.appendingPathComponent("annexes.md"), atomically: false, encoding: .utf8)
        let card = folder.appendingPathComponent("bijlagen/kaart.pdf")
        if linkingOut {
            let outside = base.appendingPathComponent("kaart.pdf")
            try "pdf".write(to: outside, atomically: false, encoding: .utf8)
            try FileManager.default.createSymbolicLink(at: card, withDestinationURL: outside)
        } else {
            try "pdf".write(to: card, atomically: false, encoding: .utf8)
        }
        return folder.path
    }

    @Test func aLinkOutOfTheFolderIsReported() throws {
        let report = Checker().check(paths: [try Self.curriculum(linkingOut: true)])
        let found = report.diagnostics.filter { $0.code == .annexPathOutside }
        #expect(found.count == 1, "\(report.diagnostics)")
        #expect(found.first?.message.contains("is a link to") == true)
        #expect(found.first?.location?.file.hasSuffix("annexes.md") == true)
    }

    @Test func aFileInsideTheFolderPasses() throws {
        let report = Checker().check(paths: [try Self.curriculum(linkingOut: false)])
        #expect(!report.diagnostics.contains { $0.code == .annexPathOutside }, "\(report.diagnostics)")
    }
}
