import Foundation
import Testing

@testable import CurriculumKit

/// The stability check formats the formatted text again reusing the first pass's rendering of
/// every line with the same bytes, scan and context (`LineDecisions`). Reusing must give exactly
/// the text a full second pass gives, on every shipped file, every fixture, edits of them, and with
/// the decisions of an unrelated file (a wrong pairing costs a rendering, never a wrong line).
@Suite struct LineDecisionsTests {
    static func scanner(_ text: String, path: String) -> LineScanner? {
        guard case .success(let source) = SourceText.decode(text, path: path) else { return nil }
        return LineScanner(source: source)
    }

    /// Every Markdown file of the shipped curriculum and of the fixtures, with its role.
    static let files: [(path: String, role: FileRole)] = {
        var found: [(String, FileRole)] = []
        for folder in [Repository.shippedCurriculum, Repository.root.appendingPathComponent("Tests/Fixtures")] {
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            while let name = walker.nextObject() as? String {
                guard name.hasSuffix(".md") else { continue }
                let file = (name as NSString).lastPathComponent
                found.append(
                    (folder.appendingPathComponent(name).path, FileRole.of(fileName: file, catalogueName: "annexes.md"))
                )
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }()

    /// Formats `text` twice, the second time with and without the first pass's decisions (or with
    /// `foreign` ones); `nil` when the reuse agrees with the full pass.
    static func disagreement(_ text: String, role: FileRole, path: String, foreign: LineDecisions? = nil) -> String? {
        guard let first = scanner(text, path: path) else { return nil }
        let formatter = Formatter(language: Formatter.language(of: first.source))
        let (once, decisions) = formatter.format(first, role: role, recording: true)
        guard let second = scanner(String(decoding: once, as: UTF8.self), path: path) else { return nil }
        let full = formatter.format(second, role: role).bytes
        let reused = formatter.format(second, role: role, reusing: foreign ?? decisions).bytes
        guard reused == full else { return "\(path): reusing gives a different text" }
        // The stability check's comparison as the text is laid out agrees with building it.
        for expected in [once, full, full + Array("x".utf8), Array(full.dropLast()), []] {
            let matches = formatter.formats(second, role: role, reusing: foreign ?? decisions, toBytesOf: expected)
            guard matches == (full == expected) else {
                return "\(path): laying out compared with \(expected.count) bytes says \(matches)"
            }
        }
        return nil
    }

    @Test func reusingGivesTheFullSecondPass() throws {
        #expect(Self.files.count > 20)
        for (path, role) in Self.files {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            for variant in MeaningEncoderTests.variants(of: text) {
                #expect(Self.disagreement(variant, role: role, path: path) == nil)
            }
        }
    }

    @Test func decisionsOfAnotherFileChangeNothing() throws {
        let module = Repository.shippedCurriculum.appendingPathComponent("module-1.md").path
        let text = try String(contentsOfFile: module, encoding: .utf8)
        let scanned = try #require(Self.scanner(text, path: module))
        let foreign = Formatter(language: .dutch).format(scanned, role: .module, recording: true).decisions
        for (path, role) in Self.files {
            guard let other = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            #expect(Self.disagreement(other, role: role, path: path, foreign: foreign) == nil)
        }
    }

    /// The decisions are used: a rendering changed in them shows in the second pass (which the
    /// stability check would then report), so the test above is not comparing two full passes.
    @Test func aChangedDecisionShows() throws {
        let module = Repository.shippedCurriculum.appendingPathComponent("module-1.md").path
        let text = try String(contentsOfFile: module, encoding: .utf8)
        let first = try #require(Self.scanner(text, path: module))
        let formatter = Formatter(language: .dutch)
        let (once, recorded) = formatter.format(first, role: .module, recording: true)
        var decisions = try #require(recorded)
        // A field line the first pass left as it was (so the second pass meets the same bytes).
        let source = decisions.source
        let index = try #require(
            decisions.lines.firstIndex {
                guard $0.rendered.layout == .field, case .source(let range) = $0.rendered.text else { return false }
                return range == $0.line.lineStart..<source.lineEnds[$0.line.number - 1]
            })
        let changed = decisions.lines[index]
        var rendering = changed.rendered
        let line = changed.line.lineStart..<source.lineEnds[changed.line.number - 1]
        rendering.text = .made(source.string(from: line.lowerBound, to: line.upperBound) + " (changed)")
        decisions.lines[index] = LineDecision(line: changed.line, context: changed.context, rendered: rendering)
        let second = try #require(Self.scanner(String(decoding: once, as: UTF8.self), path: module))
        let again = String(decoding: formatter.format(second, role: .module, reusing: decisions).bytes, as: UTF8.self)
        #expect(again != String(decoding: once, as: UTF8.self))
        #expect(again.contains(" (changed)\n"))
    }
}
