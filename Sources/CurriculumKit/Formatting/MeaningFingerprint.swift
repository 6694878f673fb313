#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a file means to the tool, with everything formatting may legitimately change left out:
/// two texts with equal fingerprints parse to the same model.
///
/// The fingerprint is the parsed model (module, manifest or catalogue) encoded as JSON with these
/// parts removed, and nothing else:
///
/// * source locations (lines and columns move when blank lines are added or removed);
/// * the spelling of field labels (`Leerdoel` and `Leerdoelen` open the same field);
/// * the written form of a duration (`60 minuten` and `1 uur`), but not its value or remark;
/// * the written form of an annex reference (`0.C.1annex 1`), but not the ID it names, its title or
///   its location.
///
/// Comments are compared by their text with white space collapsed and by *which* content line they
/// annotate, counted in content lines (a suppression must still sit above the same element), and
/// the diagnostics by their codes, so that formatting can neither add nor hide a finding.
public struct MeaningFingerprint: Equatable, Sendable {
    public let model: String
    public let comments: [String]
    public let diagnosticCodes: [String]

    /// The fingerprint of `source` read as a file of `role` (a plan through `PlanParser`).
    public init(source: SourceText, role: FileRole) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let comments: [Comment]
        let diagnostics: [Diagnostic]
        let data: Data?
        switch role {
        case .module:
            let result = ModuleParser.parse(source)
            comments = result.comments
            diagnostics = result.diagnostics
            data = try? encoder.encode(result.module)
        case .manifest:
            let result = ManifestParser.parse(source)
            comments = result.comments
            diagnostics = result.diagnostics
            data = try? encoder.encode(result.manifest)
        case .catalogue:
            let result = CatalogueParser.parse(source)
            comments = result.comments
            diagnostics = result.diagnostics
            data = try? encoder.encode(result.catalogue)
        case .plan:
            let result = PlanParser.parse(source)
            comments = LineScanner(source: source).comments
            diagnostics = result.diagnostics
            data = try? encoder.encode(result.plan)
        }
        model = data.map { Self.stripped($0) } ?? "<not encodable>"
        let scanner = LineScanner(source: source)
        var ordinal: [Int: Int] = [:]
        var count = 0
        for line in scanner.lines where !line.isBlankOrComment {
            count += 1
            ordinal[line.number] = count
        }
        self.comments = comments.map { comment in
            let target = comment.annotatedLine.flatMap { ordinal[$0] }.map { "content line \($0)" } ?? "end of file"
            return "\(comment.text.collapsingWhitespace()) → \(target)"
        }
        diagnosticCodes = diagnostics.map(\.code.id).sorted()
    }

    /// A short description of the first difference, or `nil` when the fingerprints are equal.
    public func difference(from other: MeaningFingerprint) -> LocalizedText? {
        if model != other.model {
            let a = Array(model)
            let b = Array(other.model)
            var i = 0
            while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
            func excerpt(_ text: [Character]) -> String {
                let start = max(0, i - 40)
                return String(text[start..<min(text.count, i + 40)])
            }
            return LocalizedText(
                en: "the model changes: '…\(excerpt(a))…' becomes '…\(excerpt(b))…'",
                nl: "de inhoud verandert: '…\(excerpt(a))…' wordt '…\(excerpt(b))…'")
        }
        if comments != other.comments {
            let first = zip(comments, other.comments).first { $0 != $1 }
            return first.map {
                LocalizedText(
                    en: "a comment changes: '\($0.0)' becomes '\($0.1)'",
                    nl: "een commentaar verandert: '\($0.0)' wordt '\($0.1)'")
            }
                ?? LocalizedText(
                    en: "the number of comments changes from \(comments.count) to \(other.comments.count)",
                    nl: "het aantal commentaren verandert van \(comments.count) naar \(other.comments.count)")
        }
        if diagnosticCodes != other.diagnosticCodes {
            let (before, after) = (
                diagnosticCodes.joined(separator: ", "), other.diagnosticCodes.joined(separator: ", ")
            )
            return LocalizedText(
                en: "the findings change from [\(before)] to [\(after)]",
                nl: "de meldingen veranderen van [\(before)] naar [\(after)]")
        }
        return nil
    }

    /// The JSON with the parts formatting may change removed (keys are already sorted by the
    /// encoder). A small byte-level pass: Foundation's `JSONSerialization` bridges every value and
    /// made `fmt` fifty times slower than `check`.
    static func stripped(_ data: Data) -> String {
        var stripper = JSONStripper(bytes: Array(data))
        guard let value = stripper.value(key: nil) else { return "<not JSON>" }
        return String(decoding: value.bytes, as: UTF8.self)
    }
}
