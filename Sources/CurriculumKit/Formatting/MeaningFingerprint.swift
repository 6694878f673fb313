/// What a file means to the tool, with everything formatting may legitimately change left out:
/// two texts with equal fingerprints parse to the same model.
///
/// The fingerprint is the parsed model (module, manifest or catalogue) written out by
/// `MeaningEncoder` through the model's `Encodable` conformance, with these parts removed and
/// nothing else:
///
/// * source locations (lines and columns move when blank lines are added or removed);
/// * the spelling of field labels (`Leerdoel` and `Leerdoelen` open the same field);
/// * the written form of a duration (`60 minuten` and `1 uur`), but not its value or remark;
/// * the written form of an annex reference (`0.C.1annex 1`), but not the ID it names, its title or
///   its location.
///
/// The model's bytes are compared exactly (no Unicode equivalence: `é` written as one scalar or as
/// two is a change). Comments are compared by their text with white space collapsed and by *which*
/// content line they annotate, counted in content lines (a suppression must still sit above the
/// same element), and the diagnostics by their codes, so that formatting can neither add nor hide a
/// finding.
public struct MeaningFingerprint: Equatable, Sendable {
    /// The model as `MeaningEncoder` writes it (UTF-8, JSON-like, locations and spellings left out).
    public let model: [UInt8]
    public let comments: [String]
    public let diagnosticCodes: [String]

    /// The fingerprint of `source` read as a file of `role` (a plan through `PlanParser`).
    public init(source: SourceText, role: FileRole) {
        self.init(scanner: LineScanner(source: source), role: role)
    }

    /// The fingerprint of a file already split into lines: the parser and the comment ordinals
    /// read the same scan.
    init(scanner: LineScanner, role: FileRole) {
        self.init(ParsedMeaning(scanner: scanner, role: role))
    }

    /// The fingerprint of a reading already made (`formatChecked` encodes only readings that its
    /// direct comparison found different).
    init(_ reading: ParsedMeaning) {
        model = reading.encodedModel
        comments = reading.comments
        diagnosticCodes = reading.diagnosticCodes
    }

    /// A short description of the first difference, or `nil` when the fingerprints are equal.
    public func difference(from other: MeaningFingerprint) -> LocalizedText? {
        if model != other.model {
            var i = 0
            while i < model.count, i < other.model.count, model[i] == other.model[i] { i += 1 }
            func excerpt(_ bytes: [UInt8]) -> String {
                String(decoding: bytes[max(0, i - 40)..<min(bytes.count, i + 40)], as: UTF8.self)
            }
            return LocalizedText(
                en: "the model changes: '…\(excerpt(model))…' becomes '…\(excerpt(other.model))…'",
                nl: "de inhoud verandert: '…\(excerpt(model))…' wordt '…\(excerpt(other.model))…'")
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

}
