#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Splits a file into classified lines and collects its comments.
///
/// Works on bytes: a line is classified by looking at its first few bytes, so scanning a file costs
/// one pass and no `String` is made until a parser asks for one. Comments (`<!-- … -->`) are blanked
/// out in the scanner's own copy of the bytes (offsets and line numbers stay the same) and returned
/// separately.
struct LineScanner {
    /// The file's bytes with comments replaced by spaces.
    private(set) var bytes: [UInt8]
    let source: SourceText
    private(set) var lines: [ScannedLine] = []
    private(set) var comments: [Comment] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
        // Reported once per file, by whichever parser reads it; the rest of the file is read on.
        if let legacy = source.legacyBytes { diagnostics.append(legacy.diagnostic(path: source.path)) }
        blankComments()
        classifyLines()
    }

    /// The text between two byte offsets of the comment-free bytes, white space collapsed.
    func text(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return bytes.withBufferView { bytes in
            let raw = bytes.string(in: start..<end)
            return bytes.hasTabOrDoubleSpace(in: start..<end) ? raw.collapsingWhitespace() : raw
        }
    }

    func content(of line: ScannedLine) -> String { text(from: line.contentStart, to: line.contentEnd) }

    /// Whether `text(from:to:)` would collapse white space in this range.
    func needsCollapsing(from start: Int, to end: Int) -> Bool {
        bytes.withBufferView { $0.hasTabOrDoubleSpace(in: start..<end) }
    }

    /// The 1-based character column of a byte offset on `line`.
    func column(_ line: ScannedLine, at byteOffset: Int) -> Int {
        source.column(line: line.number, byteOffset: byteOffset)
    }

    func location(_ line: ScannedLine, at byteOffset: Int) -> SourceLocation {
        source.location(line: line.number, byteOffset: byteOffset)
    }

    /// The number of characters between two offsets on one line: the width of a caret range.
    func width(from start: Int, to end: Int) -> Int {
        var count = 0
        var i = start
        while i < end, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    // MARK: Comments

    /// Where a comment is: from its `<!--` to after its `-->`, or to the end of the file when it is
    /// never closed.
    struct CommentSpan {
        var start: Int
        /// Where the `-->` starts; the end of the file when there is none.
        var closingStart: Int
        var isClosed: Bool
        var end: Int { isClosed ? closingStart + 3 : closingStart }
    }

    /// The comments of a file, in order: the one reading of comment syntax, shared by the scanner
    /// and the rules that read text outside comments. Jumps from `<` to `<` (`memchr`).
    static func commentSpans(in bytes: ByteView) -> [CommentSpan] {
        let n = bytes.count
        var spans: [CommentSpan] = []
        var i = 0
        while i + 3 < n {
            guard let start = bytes.firstIndex(of: 0x3C, in: i..<n), start + 3 < n else { break }
            i = start
            if bytes[i + 1] != 0x21 || bytes[i + 2] != 0x2D || bytes[i + 3] != 0x2D {
                i += 1
                continue
            }
            // Find the closing -->, from `-` to `-` (`memchr`): a byte at a time, this loop was a
            // fifth of the comment work of `check` (docs/performance.md).
            var j = i + 4
            var closed = false
            while let dash = bytes.firstIndex(of: 0x2D, in: j..<n), dash + 2 < n {
                if bytes[dash + 1] == 0x2D, bytes[dash + 2] == 0x3E {
                    j = dash
                    closed = true
                    break
                }
                j = dash + 1
            }
            let span = CommentSpan(start: i, closingStart: closed ? j : n, isClosed: closed)
            spans.append(span)
            i = span.end
        }
        return spans
    }

    /// Replaces the bytes of each comment with spaces, keeping line ends (and so every offset and
    /// line number).
    static func blank(_ spans: [CommentSpan], in bytes: inout [UInt8]) {
        for span in spans {
            for k in span.start..<span.end where bytes[k] != 0x0A && bytes[k] != 0x0D { bytes[k] = 0x20 }
        }
    }

    private mutating func blankComments() {
        let n = bytes.count
        guard n >= 4 else { return }
        let spans = bytes.withBufferView { Self.commentSpans(in: $0) }
        guard !spans.isEmpty else { return }
        // Indexed by line number; a `Set` here cost a hash per line of every file with a comment.
        var commentOnlyLines = [Bool](repeating: false, count: source.lineCount + 1)
        var found: [(text: String, line: Int, column: Int, lastLine: Int)] = []
        var lineIndex = 0
        for span in spans {
            let i = span.start
            let j = span.closingStart
            let closed = span.isClosed
            while lineIndex + 1 < source.lineCount, source.lineStarts[lineIndex + 1] <= i { lineIndex += 1 }
            let startLine = lineIndex
            let end = span.end
            var lastLine = startLine
            while lastLine + 1 < source.lineCount, source.lineStarts[lastLine + 1] < end { lastLine += 1 }
            let inner = source.string(from: i + 4, to: closed ? j : n).trimmingWhitespace()
            let column = source.column(line: startLine + 1, byteOffset: i)
            if !closed {
                diagnostics.append(
                    .unclosedComment(at: SourceLocation(file: source.path, line: startLine + 1, column: column)))
            }
            found.append((inner, startLine + 1, column, lastLine + 1))
            for line in startLine...lastLine { commentOnlyLines[line + 1] = true }
        }
        Self.blank(spans, in: &bytes)
        // A line is comment-only when, with comments blanked, nothing but spaces is left.
        for number in commentOnlyLines.indices where commentOnlyLines[number] {
            var k = source.lineStarts[number - 1]
            let end = source.lineEnds[number - 1]
            while k < end {
                if bytes[k] != 0x20 && bytes[k] != 0x09 {
                    commentOnlyLines[number] = false
                    break
                }
                k += 1
            }
        }
        self.commentOnly = commentOnlyLines
        self.pendingComments = found
    }

    /// Whether each line (by number) holds nothing but comments; empty for a file without any.
    private var commentOnly: [Bool] = []
    private var pendingComments: [(text: String, line: Int, column: Int, lastLine: Int)] = []

    // MARK: Lines

    private mutating func classifyLines() {
        lines.reserveCapacity(source.lineCount)
        bytes.withBufferView { buffer in
            for index in 0..<source.lineCount {
                let number = index + 1
                let start = source.lineStarts[index]
                let end = source.lineEnds[index]
                if !commentOnly.isEmpty, commentOnly[number] {
                    lines.append(
                        ScannedLine(
                            number: number, kind: .comment, indent: 0, lineStart: start, markerStart: start,
                            contentStart: start, contentEnd: start, labelEnd: start))
                    continue
                }
                lines.append(Self.classify(buffer, number: number, start: start, end: end))
            }
        }
        // Attach each comment to the next line that carries content.
        guard !pendingComments.isEmpty else { return }
        var nextContent = [Int?](repeating: nil, count: lines.count + 2)
        var following: Int? = nil
        for line in lines.reversed() {
            nextContent[line.number] = following
            if !line.isBlankOrComment { following = line.number }
        }
        for comment in pendingComments {
            let annotated = comment.lastLine < nextContent.count ? nextContent[comment.lastLine] : nil
            let sameLine = lines.indices.contains(comment.line - 1) && !lines[comment.line - 1].isBlankOrComment
            comments.append(
                Comment(
                    text: comment.text,
                    location: SourceLocation(file: source.path, line: comment.line, column: comment.column),
                    annotatedLine: sameLine ? comment.line : annotated))
        }
        pendingComments = []
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLowerLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0xC0 }

    static func classify(_ buffer: ByteView, number: Int, start: Int, end: Int) -> ScannedLine {
        var i = start
        var indent = 0
        while i < end, isSpace(buffer[i]) {
            indent = buffer[i] == 0x09 ? (indent / 4 + 1) * 4 : indent + 1
            i += 1
        }
        var contentEnd = end
        while contentEnd > i, isSpace(buffer[contentEnd - 1]) { contentEnd -= 1 }
        var line = ScannedLine(
            number: number, kind: .text, indent: indent, lineStart: start, markerStart: i, contentStart: i,
            contentEnd: contentEnd, labelEnd: i)
        if i == contentEnd {
            line.kind = .blank
            return line
        }
        let first = buffer[i]
        // Headings: up to three spaces of indent, 1-6 hashes, then a space or the end of the line.
        if first == 0x23, indent <= 3 {
            var j = i
            while j < contentEnd, buffer[j] == 0x23 { j += 1 }
            let depth = j - i
            if depth <= 6, j == contentEnd || isSpace(buffer[j]) {
                while j < contentEnd, isSpace(buffer[j]) { j += 1 }
                // Closing hashes (`## Title ##`) are not part of the text.
                var k = contentEnd
                while k > j, buffer[k - 1] == 0x23 { k -= 1 }
                if k < contentEnd, k > j, isSpace(buffer[k - 1]) {
                    while k > j, isSpace(buffer[k - 1]) { k -= 1 }
                    line.contentEnd = k
                }
                line.kind = .heading(depth: depth)
                line.contentStart = j
                return line
            }
        }
        // Bullets: - * + followed by a space.
        if first == 0x2D || first == 0x2A || first == 0x2B {
            if i + 1 == contentEnd || isSpace(buffer[i + 1]) {
                // A line of dashes or stars alone is a rule, not an item.
                var rule = true
                var j = i
                while j < contentEnd {
                    if buffer[j] != first && !isSpace(buffer[j]) {
                        rule = false
                        break
                    }
                    j += 1
                }
                if !(rule && contentEnd - i >= 3) {
                    line.kind = .listItem(.bullet)
                    line.contentStart = skipSpaces(buffer, i + 1, contentEnd)
                    return line
                }
            }
        }
        // Numbered items: 1-3 digits then . or ) then a space.
        if isDigit(first) {
            var j = i
            var value = 0
            while j < contentEnd, isDigit(buffer[j]), j - i < 3 {
                value = value * 10 + Int(buffer[j] - 0x30)
                j += 1
            }
            if j < contentEnd, buffer[j] == 0x2E || buffer[j] == 0x29, j + 1 == contentEnd || isSpace(buffer[j + 1]) {
                line.kind = .listItem(.number(value))
                line.contentStart = skipSpaces(buffer, j + 1, contentEnd)
                return line
            }
        }
        // Lettered items: a lower-case letter then . or ) then a space.
        if isLowerLetter(first), i + 2 <= contentEnd, buffer[i + 1] == 0x2E || buffer[i + 1] == 0x29,
            i + 2 == contentEnd || isSpace(buffer[i + 2])
        {
            line.kind = .listItem(.letter(first))
            line.contentStart = skipSpaces(buffer, i + 2, contentEnd)
            return line
        }
        // Labels: at column 1, letters and spaces then a colon followed by a space or the end.
        // Most prose lines have no colon near their start: memchr rules them out before the scan.
        if indent == 0, isLetter(first), buffer.firstIndex(of: 0x3A, in: i..<(i + min(48, contentEnd - i))) != nil {
            var j = i
            var words = 1
            var labelLike = false
            while j < contentEnd, j - i < 48 {
                let b = buffer[j]
                if b == 0x3A {
                    labelLike = j + 1 == contentEnd || isSpace(buffer[j + 1])
                    break
                }
                if b == 0x20 {
                    words += 1
                    if words > 5 { break }
                } else if !(isLetter(b) || b >= 0x80 || b == 0x28 || b == 0x29 || b == 0x2D || b == 0x27 || b == 0x2F) {
                    break
                }
                j += 1
            }
            if labelLike {
                var labelEnd = j
                while labelEnd > i, isSpace(buffer[labelEnd - 1]) { labelEnd -= 1 }
                line.labelEnd = labelEnd
                line.contentStart = skipSpaces(buffer, j + 1, contentEnd)
                if let kind = LabelTable.kind(ofUTF8: buffer.extracting(i..<labelEnd)) {
                    line.kind = .field(kind)
                } else {
                    line.kind = .labelLike
                    line.contentStart = i
                }
                return line
            }
        }
        return line
    }

    private static func skipSpaces(_ buffer: ByteView, _ from: Int, _ end: Int) -> Int {
        var j = from
        while j < end, isSpace(buffer[j]) { j += 1 }
        return j
    }
}

extension Diagnostic {
    fileprivate static func unclosedComment(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .unterminatedComment, en: "this comment is never closed; the rest of the file is hidden",
            nl: "dit commentaar wordt nergens gesloten; de rest van het bestand valt erin weg", at: location,
            length: 4, hint: FixHint(en: "close the comment with `-->`", nl: "sluit het commentaar met `-->`"))
    }
}
