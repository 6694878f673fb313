import Foundation
import Testing

@testable import CurriculumKit

/// `ParsedMeaning.meansTheSame(as:)` compares two readings of a file field by field where
/// `MeaningFingerprint` compares their encodings; `formatChecked` trusts its "the same" without
/// encoding. It must agree with the fingerprint on the shipped files, their formatted forms, the
/// edits of `MeaningEncoderTests` (labels, durations, references, words, comments, layout) and
/// an edit of every line (each heading, each field of every kind, each item and paragraph).
@Suite struct MeaningComparableTests {
    static func reading(_ text: String, path: String, role: FileRole) -> ParsedMeaning? {
        guard case .success(let source) = SourceText.decode(text, path: path) else { return nil }
        return ParsedMeaning(scanner: LineScanner(source: source), role: role)
    }

    /// The text with `edit` appended to line `index` (0-based).
    static func appending(_ edit: String, toLine index: Int, of lines: [Substring]) -> String {
        var lines = lines
        lines[index] += edit
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [
        ("module-1.md", FileRole.module), ("module-4.md", .module), ("curriculum.md", .manifest),
        ("annexes.md", .catalogue), ("plans/module-1-niveau-1-gegeven.plan.md", .plan),
    ])
    func agreesWithTheFingerprint(name: String, role: FileRole) throws {
        let path = Repository.shippedCurriculum.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var texts = MeaningEncoderTests.variants(of: text)
        if case .success(let source) = SourceText.decode(text, path: path) {
            texts.append(Formatter(language: .dutch).format(source, role: role))
        }
        let variantCount = texts.count
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in lines.indices.prefix(400) {
            texts.append(Self.appending(" x", toLine: index, of: lines))
            texts.append(Self.appending("  ", toLine: index, of: lines))
        }
        let readings = texts.compactMap { Self.reading($0, path: path, role: role) }
        #expect(readings.count == texts.count)
        let fingerprints = readings.map(MeaningFingerprint.init)
        var same = 0
        var different = 0
        for i in readings.indices {
            // Every pair of the hand-made variants; each line edit against the file as it is.
            for j in readings.indices where j > i && (j < variantCount || i == 0) {
                let equal = fingerprints[i] == fingerprints[j]
                #expect(readings[i].meansTheSame(as: readings[j]) == equal, "\(name): texts \(i) and \(j)")
                if equal { same += 1 } else { different += 1 }
            }
        }
        // Both answers occur: the comparison is not trivially "all equal" or "all different".
        #expect(same > 0 && different > 0)
    }

    /// A manifest's level names are compared as a dictionary, whatever order they were added in.
    @Test func levelNamesAreComparedByKey() throws {
        let path = Repository.shippedCurriculum.appendingPathComponent("curriculum.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let reading = try #require(Self.reading(text, path: path, role: .manifest))
        guard case .manifest(let parsed?) = reading.model else {
            Issue.record("the shipped manifest does not parse")
            return
        }
        var forwards = parsed
        var backwards = parsed
        forwards.levelNames = [:]
        backwards.levelNames = [:]
        backwards.levelNames.reserveCapacity(100)
        for level in 1...20 { forwards.levelNames[level] = "Niveau \(level)" }
        for level in (1...20).reversed() { backwards.levelNames[level] = "Niveau \(level)" }
        #expect(forwards.meansTheSame(as: backwards))
        backwards.levelNames[7] = "Niveau zeven"
        #expect(!forwards.meansTheSame(as: backwards))
    }
}
