import Foundation
import Testing

@testable import CurriculumKit

/// The guarantees of `fmt`, as properties over real and generated curricula:
///
/// 1. parse → format → parse gives an equal model. "Equal" is `MeaningFingerprint`: the model with
///    source locations, label spellings, written duration forms and written annex-reference forms
///    left out (the things formatting exists to change), plus every comment's text and the element it
///    annotates, plus the diagnostic codes;
/// 2. fmt(fmt(x)) == fmt(x);
/// 3. no word is lost: the text's characters, with white space, list markers, heading hashes, dots,
///    case, field labels and duration values left out, are the same before and after;
/// 4. the checked path `fmt` uses never refuses (CUR802) on these inputs.
@Suite struct FormatPropertyTests {
    /// Checks the four properties for one file; returns a failure description or `nil`.
    static func violation(
        of text: String, role: FileRole, language: Language, notation: Notation = .canonical, path: String
    ) -> String? {
        guard case .success(let source) = SourceText.decode(text, path: path) else { return nil }
        let formatter = Formatter(language: language, notation: notation)
        let once = formatter.format(source, role: role)
        guard case .success(let formattedSource) = SourceText.decode(once, path: path) else {
            return "the formatted text does not decode"
        }
        if let difference = MeaningFingerprint(source: source, role: role).difference(
            from: MeaningFingerprint(source: formattedSource, role: role))
        {
            return "the model changed: \(difference)"
        }
        let twice = formatter.format(formattedSource, role: role)
        if twice != once {
            let diff = UnifiedDiff(old: once.components(separatedBy: "\n"), new: twice.components(separatedBy: "\n"))
                .rendered(oldName: "once", newName: "twice")
            return "not idempotent:\n\(diff)"
        }
        let before = wordStream(text)
        let after = wordStream(once)
        if before != after {
            let a = Array(before)
            let b = Array(after)
            var i = 0
            while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
            return
                "a word changed near '\(String(a[max(0, i - 30)..<min(a.count, i + 30)]))' → '\(String(b[max(0, i - 30)..<min(b.count, i + 30)]))'"
        }
        if case .meaningWouldChange(let diagnostic) = formatter.formatChecked(source, role: role) {
            return "the checked path refused: \(diagnostic.message)"
        }
        return nil
    }

    /// The characters that carry words: everything but white space, list markers, heading hashes,
    /// dots, field labels and duration values, lower-cased.
    static func wordStream(_ text: String) -> String {
        var stream = ""
        for rawLine in text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        {
            var line = Substring(rawLine)
            if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if let colon = line.firstIndex(of: ":"), let kind = LabelTable.kind(of: String(line[..<colon])),
                line.first?.isWhitespace == false
            {
                line = kind == .duration ? "" : line[line.index(after: colon)...]
            }
            var trimmed = line.drop { $0 == " " || $0 == "\t" }
            if let first = trimmed.first, "-*+".contains(first),
                trimmed.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true
            {
                trimmed = trimmed.dropFirst()
            }
            if trimmed.hasPrefix("#") {
                let hashes = trimmed.prefix { $0 == "#" }
                if hashes.count <= 6, trimmed.dropFirst(hashes.count).first.map({ $0 == " " || $0 == "\t" }) ?? true {
                    trimmed = trimmed.dropFirst(hashes.count)
                    while let last = trimmed.last, last == "#" || last == " " || last == "\t" {
                        trimmed = trimmed.dropLast()
                    }
                }
            }
            stream += trimmed.lowercased().filter { !$0.isWhitespace && $0 != "." }
        }
        return stream
    }

    @Test(arguments: Shipped.result.files.filter { FileManager.default.fileExists(atPath: $0) })
    func shippedFile(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let role = FileRole.of(fileName: path, catalogueName: Shipped.curriculum.manifest.annexFile)
        let violation = Self.violation(
            of: text, role: role, language: Shipped.curriculum.language, notation: Shipped.curriculum.manifest.notation,
            path: path)
        #expect(violation == nil, "\(path): \(violation ?? "")")
    }

    /// The shipped plans (`curriculum/igma-femina/plans/*.plan.md`).
    static let shippedPlans: [String] = {
        let folder = Repository.shippedCurriculum.appendingPathComponent("plans")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".plan.md") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    @Test(arguments: shippedPlans)
    func shippedPlan(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let violation = Self.violation(
            of: text, role: .plan, language: Shipped.curriculum.language,
            notation: Shipped.curriculum.manifest.notation, path: path)
        #expect(violation == nil, "\(path): \(violation ?? "")")
    }

    @Test func shippedCurriculumIsInCanonicalLayout() throws {
        for path in Shipped.result.files + Self.shippedPlans where FileManager.default.fileExists(atPath: path) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(
                formatted(
                    text, role: FileRole.of(fileName: path), language: Shipped.curriculum.language,
                    notation: Shipped.curriculum.manifest.notation, path: path) == text,
                "\(path) is not in canonical layout: run `curriculum fmt curriculum/igma-femina`")
        }
    }

    @Test(arguments: 0..<300)
    func generatedCurriculum(seed: Int) {
        var generator = CurriculumGenerator(seed: UInt64(seed))
        for file in generator.curriculum() {
            // Both notations: canonical spellings, and a transcription that keeps them.
            for notation in [Notation.canonical, .asWritten] {
                let violation = Self.violation(
                    of: file.text, role: file.role, language: generator.language, notation: notation, path: file.name)
                #expect(
                    violation == nil,
                    "seed \(seed), \(file.name), \(notation): \(violation ?? "") — replay with CurriculumGenerator(seed: \(seed))"
                )
            }
        }
    }

    /// The generator really produces the mess it promises (so the properties are tested on it).
    @Test func generatorCoversTheConstructs() {
        var all = ""
        for seed in 0..<50 {
            var generator = CurriculumGenerator(seed: UInt64(seed))
            all += generator.curriculum().map(\.text).joined()
        }
        for needle in [
            "\r\n", "\r", "* ", "+ ", "annex", "bijl.", "<!-- curriculum-ignore", "<!-- erratum", "1,30 uur",
            "een middag", "\n\n\n", "  \n", "#Geen kop",
        ] {
            #expect(all.contains(needle), "the generator never writes '\(needle.debugDescription)'")
        }
    }
}
