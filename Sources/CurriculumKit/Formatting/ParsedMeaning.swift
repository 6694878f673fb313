/// One reading of a file for the meaning check: its parsed model, its comments with the content
/// line each annotates, and the codes of its findings; what `MeaningFingerprint` is made of,
/// before the model is encoded.
///
/// `formatChecked` compares two readings directly (`meansTheSame(as:)`) and encodes them only when
/// that finds a difference, to decide and describe it exactly as the fingerprint always did.
struct ParsedMeaning {
    /// The model the role's parser made.
    enum Model {
        case module(Module?)
        case manifest(Manifest?)
        case catalogue(AnnexCatalogue?)
        case plan(Plan?)
    }

    let model: Model
    /// Each comment's text with white space collapsed, and the content line it annotates.
    let comments: [String]
    let diagnosticCodes: [String]

    /// Reads a file already split into lines (the layout shares the scan).
    init(scanner: LineScanner, role: FileRole) {
        let comments: [Comment]
        let diagnostics: [Diagnostic]
        switch role {
        case .module:
            let result = ModuleParser.parse(scanner)
            comments = result.comments
            diagnostics = result.diagnostics
            model = .module(result.module)
        case .manifest:
            let result = ManifestParser.parse(scanner)
            comments = result.comments
            diagnostics = result.diagnostics
            model = .manifest(result.manifest)
        case .catalogue:
            let result = CatalogueParser.parse(scanner)
            comments = result.comments
            diagnostics = result.diagnostics
            model = .catalogue(result.catalogue)
        case .plan:
            let result = PlanParser.parse(scanner)
            comments = scanner.comments
            diagnostics = result.diagnostics
            model = .plan(result.plan)
        }
        self.comments = comments.isEmpty ? [] : Self.describe(comments, lines: scanner.lines)
        diagnosticCodes = diagnostics.map(\.code.id).sorted()
    }

    /// `text → content line N` (counted in lines that are neither blank nor comment), or `→ end of
    /// file`: a suppression must still sit above the same element.
    static func describe(_ comments: [Comment], lines: [ScannedLine]) -> [String] {
        // Line numbers are 1-based and dense: an array, not a dictionary of every content line.
        var ordinal = [Int](repeating: 0, count: (lines.last?.number ?? 0) + 1)
        var count = 0
        for line in lines where !line.isBlankOrComment {
            count += 1
            if line.number >= 0, line.number < ordinal.count { ordinal[line.number] = count }
        }
        return comments.map { comment in
            let target =
                comment.annotatedLine.flatMap { $0 >= 0 && $0 < ordinal.count && ordinal[$0] > 0 ? ordinal[$0] : nil }
                .map { "content line \($0)" } ?? "end of file"
            return "\(comment.text.collapsingWhitespace()) → \(target)"
        }
    }

    /// Whether the two readings mean the same. `true` only when their fingerprints are equal; a
    /// `false` is settled by the fingerprints (`MeaningFingerprint(_:)`).
    func meansTheSame(as other: ParsedMeaning) -> Bool {
        guard comments == other.comments, diagnosticCodes == other.diagnosticCodes else { return false }
        switch (model, other.model) {
        case (.module(let a), .module(let b)): return a.meansTheSame(as: b)
        case (.manifest(let a), .manifest(let b)): return a.meansTheSame(as: b)
        case (.catalogue(let a), .catalogue(let b)): return a.meansTheSame(as: b)
        // Plans are small and rare: their readings are compared through the encoder.
        case (.plan(let a), .plan(let b)): return MeaningEncoder.encode(a) == MeaningEncoder.encode(b)
        default: return false
        }
    }

    /// The model as `MeaningEncoder` writes it.
    var encodedModel: [UInt8] {
        switch model {
        case .module(let module): MeaningEncoder.encode(module)
        case .manifest(let manifest): MeaningEncoder.encode(manifest)
        case .catalogue(let catalogue): MeaningEncoder.encode(catalogue)
        case .plan(let plan): MeaningEncoder.encode(plan)
        }
    }
}
