import Foundation
import Testing

@testable import CurriculumKit

/// Every format of a small fixture (Tests/Fixtures/export/small-en) against golden files under
/// Golden/export/; re-recorded with RECORD_GOLDEN=1.
@Suite struct ExportGoldenTests {
    static func documents() throws -> [(name: String, document: ExportDocument)] {
        let curriculum = try #require(ExportFixture.curriculum("small-en"))
        let handout = ExportFixture.handout(curriculum.exercises, of: curriculum)
        return [
            ("handout", HandoutBuilder().document(for: handout)),
            ("participants", HandoutBuilder(audience: .participants).document(for: handout)),
            ("booklet", try #require(BookletBuilder().document(for: curriculum))),
        ]
    }

    @Test(arguments: ["html", "md", "txt"])
    func golden(format: String) throws {
        for (name, document) in try Self.documents() {
            let output: String
            switch format {
            case "html": output = HTMLRenderer().render(document)
            case "md": output = MarkdownRenderer().render(document)
            default: output = DocumentTextRenderer().render(document)
            }
            let result = Golden.check(output, named: "export/\(name).\(format)")
            #expect(result.matches, "export/\(name).\(format) differs from its golden file:\n\(output)")
        }
    }
}
