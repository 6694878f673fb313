import Testing

@testable import CurriculumKit

/// The concurrent path: a folder of curricula is checked on every core (`concurrentPerform`), and
/// the report must be the one that checking each curriculum alone, in folder order, would give.
@Suite struct ConcurrentCheckTests {
    static let parent = "courses"

    /// The rules' triggering examples, each a small curriculum with its own findings.
    static let examples: [RuleExample] = RuleRegistry.rules.flatMap { type(of: $0).examples }.filter {
        $0.code != nil
    }

    /// The folder of the `index`th curriculum. Zero-padded, so that folder order (names) and the
    /// order of the findings (paths) agree.
    static func folder(_ index: Int) -> String {
        let number = String(index + 1)
        return parent + "/course-" + String(repeating: "0", count: max(0, 2 - number.count)) + number
    }

    /// `count` curricula below `parent`, cycling through the examples.
    static func fileSystem(holding count: Int) -> InMemoryFileSystem {
        var files: [String: String] = [:]
        for index in 0..<count {
            let example = examples[index % examples.count]
            for (path, text) in example.curriculumFiles {
                files[folder(index) + path.dropFirst(RuleExample.folder.count)] = text
            }
        }
        return InMemoryFileSystem(files: files)
    }

    /// What checking each folder alone gives, joined in folder order.
    static func oneByOne(_ checker: Checker, count: Int) -> (report: CheckReport, parts: [CheckReport]) {
        var joined = CheckReport()
        var parts: [CheckReport] = []
        for index in 0..<count {
            let part = checker.check(paths: [folder(index)])
            joined.diagnostics += part.diagnostics
            joined.files += part.files
            joined.sources.merge(part.sources) { a, _ in a }
            parts.append(part)
        }
        return (joined, parts)
    }

    @Test func theExamplesAreEnoughForSixteenDifferentCurricula() {
        #expect(Self.examples.count >= 16)
    }

    @Test(arguments: [2, 16])
    func aFolderOfCurriculaReportsWhatEachAloneReportsInFolderOrder(count: Int) {
        let checker = Checker(loader: CurriculumLoader(fileSystem: Self.fileSystem(holding: count)))
        let together = checker.check(paths: [Self.parent])
        let (alone, parts) = Self.oneByOne(checker, count: count)

        // Every curriculum has findings of its own, unlike its neighbours'.
        for (index, part) in parts.enumerated() {
            #expect(!part.diagnostics.isEmpty, "\(Self.folder(index)) has no findings")
            #expect(part.diagnostics.allSatisfy { $0.location?.file.hasPrefix(Self.folder(index) + "/") == true })
        }
        let shapes = parts.map { $0.diagnostics.map { "\($0.code.id) \($0.location?.line ?? 0) \($0.message)" } }
        #expect(Set(shapes).count == count, "the curricula are not all different")

        #expect(together.diagnostics == alone.diagnostics)
        #expect(together.files == alone.files)
        #expect(together.files.count > count)
        #expect(together.sources.keys.sorted() == alone.sources.keys.sorted())
        #expect(together.sources.mapValues(\.bytes) == alone.sources.mapValues(\.bytes))
        #expect(!together.sources.isEmpty)
        #expect(together.truncated == 0)
    }

    @Test func repeatedRunsGiveTheSameReport() {
        let checker = Checker(loader: CurriculumLoader(fileSystem: Self.fileSystem(holding: 16)))
        let first = checker.check(paths: [Self.parent])
        for _ in 0..<8 {
            let again = checker.check(paths: [Self.parent])
            #expect(again.diagnostics == first.diagnostics)
            #expect(again.files == first.files)
            #expect(again.sources.mapValues(\.bytes) == first.sources.mapValues(\.bytes))
        }
    }
}
