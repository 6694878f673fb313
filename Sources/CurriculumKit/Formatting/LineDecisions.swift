/// What `Formatter` decided for the lines of one text, in order: kept by `formatChecked` so that
/// the stability check (formatting the result again) renders only the lines the first pass changed.
/// A rendering is reused only for a line with the same bytes, scan and `LineContext` as the line
/// it was made for, which by `Formatter.render` gives the same rendering: the check stays whole.
struct LineDecisions {
    /// The text the decisions were made for.
    let source: SourceText
    /// The lines whose rendering is not empty, in order.
    var lines: [LineDecision] = []
}

/// One line's rendering, with what it was made from.
struct LineDecision {
    let line: ScannedLine
    let context: LineContext
    let rendered: Formatter.Rendered

    /// Whether `other`, a line of `source`, has this line's bytes (in `earlier`) and the same scan:
    /// kind and offsets of marker, label and content within the line.
    func isSame(as other: ScannedLine, in source: SourceText, earlier: SourceText) -> Bool {
        guard line.kind == other.kind, line.markerStart - line.lineStart == other.markerStart - other.lineStart,
            line.labelEnd - line.lineStart == other.labelEnd - other.lineStart,
            line.contentStart - line.lineStart == other.contentStart - other.lineStart,
            line.contentEnd - line.lineStart == other.contentEnd - other.lineStart
        else { return false }
        let range = line.lineStart..<earlier.lineEnds[line.number - 1]
        let otherRange = other.lineStart..<source.lineEnds[other.number - 1]
        guard range.count == otherRange.count else { return false }
        return earlier.bytes.withBufferView { bytes in
            source.bytes.withBufferView { bytes.extracting(range).elementsEqual($0.extracting(otherRange)) }
        }
    }
}

/// The facts about a line's surroundings its rendering depends on (besides its own bytes and scan).
struct LineContext: Equatable {
    /// A comment line, or a line that shares bytes with a comment: kept as written.
    var commentLike = false
    /// The line continues a comment opened on an earlier line.
    var startsInsideComment = false
    /// A heading that structures the file (blank lines go around it).
    var structural = false
    /// A duration field whose value is all on its label's line (its notation may be settled).
    var valueOnLabelLine = false
    /// A list item whose annex references are spelled canonically.
    var referenceList = false
}
