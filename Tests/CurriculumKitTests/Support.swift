import Foundation

@testable import CurriculumKit

/// Paths to the repository's folders, found from this file's location so tests run from anywhere.
enum Repository {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    static let shippedCurriculum = root.appendingPathComponent("curriculum/igma-femina")
    static let golden = root.appendingPathComponent("Tests/CurriculumKitTests/Golden")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
}

/// Loads the shipped IGMA curriculum once per test process.
enum Shipped {
    static let result: CurriculumLoader.Result = CurriculumLoader().load(folder: Repository.shippedCurriculum.path)
    static var curriculum: Curriculum {
        guard let curriculum = result.curriculum else {
            fatalError("the shipped curriculum did not load: \(result.diagnostics)")
        }
        return curriculum
    }
}

/// A module file in memory, parsed: for tests that assert on one construct.
func parseModule(_ text: String, path: String = "test.md") -> ModuleParser.Result {
    ModuleParser.parse(text, path: path)
}

/// Golden files: compared exactly; re-recorded when RECORD_GOLDEN=1 is set.
enum Golden {
    static func check(_ actual: String, named name: String) -> (matches: Bool, expected: String) {
        let url = Repository.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return (true, actual)
        }
        let expected =
            (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(name); run with RECORD_GOLDEN=1>"
        return (expected == actual, expected)
    }
}
