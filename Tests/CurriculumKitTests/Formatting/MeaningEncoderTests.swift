import Foundation
import Testing

@testable import CurriculumKit

/// `MeaningEncoder` replaced `JSONEncoder` plus a stripping pass (`JSONStripper`, kept here as the
/// reference) in `MeaningFingerprint`. Both must draw the same line: two readings of a file are the
/// same meaning for one exactly when they are for the other, over the shipped curriculum's files,
/// their formatted forms, and edits that change a word, a number, a label's spelling, a written
/// duration, a reference's spelling, a comment, or only the layout.
@Suite struct MeaningEncoderTests {
    /// The reference: the model as sorted-key JSON with the formatting-dependent parts stripped.
    static func reference(_ source: SourceText, role: FileRole) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data?
        switch role {
        case .module: data = try? encoder.encode(ModuleParser.parse(source).module)
        case .manifest: data = try? encoder.encode(ManifestParser.parse(source).manifest)
        case .catalogue: data = try? encoder.encode(CatalogueParser.parse(source).catalogue)
        case .plan: data = try? encoder.encode(PlanParser.parse(source).plan)
        }
        guard let data else { return nil }
        var stripper = JSONStripper(bytes: Array(data))
        return stripper.value(key: nil).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    static func fast(_ source: SourceText, role: FileRole) -> [UInt8] {
        switch role {
        case .module: MeaningEncoder.encode(ModuleParser.parse(source).module)
        case .manifest: MeaningEncoder.encode(ManifestParser.parse(source).manifest)
        case .catalogue: MeaningEncoder.encode(CatalogueParser.parse(source).catalogue)
        case .plan: MeaningEncoder.encode(PlanParser.parse(source).plan)
        }
    }

    /// Edits of a file's text: some change only what formatting may change, some change meaning.
    static func variants(of text: String) -> [String] {
        var variants = [text]
        let edits: [(String, String)] = [
            ("Leerdoelen:", "Leerdoel:"), ("Duur:", "Tijdsduur:"), ("60 minuten", "1 uur"),
            ("60 minuten", "61 minuten"),
            ("1 uur", "60 min"), ("1 uur", "2 uur"), (" bijlage ", " Bijlage "), (" bijlage 1", " bijlage 2"),
            ("\n\n", "\n\n\n"), ("\n- ", "\n* "), ("de ", "het "), ("<!--", "<!-- x"), ("(15')", "(16')"),
            ("\n#### ", "\n####  "), ("Materiaal:", "Materialen:"), ("e", "é"),
        ]
        for (old, new) in edits {
            if let range = text.range(of: old) { variants.append(text.replacingCharacters(in: range, with: new)) }
        }
        return variants
    }

    @Test(arguments: [
        ("module-1.md", FileRole.module), ("module-4.md", .module), ("curriculum.md", .manifest),
        ("annexes.md", .catalogue), ("plans/module-1-niveau-1-gegeven.plan.md", .plan),
    ])
    func drawsTheSameLineAsTheJSONReference(name: String, role: FileRole) throws {
        let path = Repository.shippedCurriculum.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var texts = Self.variants(of: text)
        if case .success(let source) = SourceText.decode(text, path: path) {
            texts.append(Formatter(language: .dutch).format(source, role: role))
        }
        let sources = texts.compactMap { text -> SourceText? in
            guard case .success(let source) = SourceText.decode(text, path: path) else { return nil }
            return source
        }
        let references = sources.map { Self.reference($0, role: role) }
        let fasts = sources.map { Self.fast($0, role: role) }
        #expect(references.allSatisfy { $0 != nil })
        for i in sources.indices {
            for j in sources.indices where j > i {
                #expect((references[i] == references[j]) == (fasts[i] == fasts[j]), "\(name): variants \(i) and \(j)")
            }
        }
        // The edits include changes of meaning: the comparison is not trivially "all equal".
        #expect(Set(fasts).count > (role == .plan ? 1 : 2))
    }

    /// Equal dictionaries built in different orders (a manifest's level names) are written alike.
    @Test func dictionariesAreWrittenInKeyOrder() {
        var forwards: [Int: String] = [:]
        var backwards: [Int: String] = [:]
        for level in 1...40 { forwards[level] = "Niveau \(level)" }
        for level in (1...40).reversed() { backwards[level] = "Niveau \(level)" }
        backwards.reserveCapacity(500)
        #expect(MeaningEncoder.encode(forwards) == MeaningEncoder.encode(backwards))
        backwards[7] = "Anders"
        #expect(MeaningEncoder.encode(forwards) != MeaningEncoder.encode(backwards))
    }
}
