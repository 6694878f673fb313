/// Finds annex references in a line of text: `1.A.1.1 bijlage 1`, `0.C.1annex 1`, `2.D.1.2. Bijlage 4`.
///
/// An item in an annexes field or in the catalogue reads `ID: title <location>`, or in the book's
/// order `title ID`. The parser returns the reference, the title that remains when the reference
/// and the location are taken out, and the location.
public enum AnnexReferenceParser {
    /// One reference found in a text.
    public struct Match: Equatable, Sendable {
        public var id: AnnexID
        /// The reference as written: `0.C.1annex 1`.
        public var written: String
        /// Character offset of the owner ID in the text.
        public var offset: Int
        /// Character length of the written reference.
        public var length: Int
    }

    /// An item of an annexes list, split into its parts.
    public struct Item: Equatable, Sendable {
        public var references: [Match]
        public var title: String?
        public var target: AnnexTarget?
        /// Character offset of the `<location>` in the text.
        public var targetOffset: Int?
    }

    static let keywords: [String] = staticKeywords.map(\.description)

    /// Every reference in `text`, in order.
    ///
    /// Scans the UTF-8 bytes once: a keyword is found by its first byte, so text without one costs
    /// a single pass and no allocation. Offsets and lengths are in Unicode scalars, as columns are.
    public static func references(in text: String) -> [Match] {
        text.withByteView { references(bytes: $0) }
    }

    /// The keywords as static text, which (unlike an array of arrays) costs no reference counting
    /// to walk: the scan tests them at every `a` and `b` of every annex line.
    private static let staticKeywords: [StaticString] = [
        "bijlage", "annex", "appendix", "bijl.", "attachment", "annexe",
    ]

    /// The first letters of the keywords, in both cases.
    private static let keywordStarts = ByteSet(Array("aAbB".utf8))

    private static func references(bytes: ByteView) -> [Match] {
        let n = bytes.count
        func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isIDByte(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2E }
        func isSpace(_ k: Int) -> (Bool, Int) {
            if bytes[k] == 0x20 { return (true, 1) }
            if bytes[k] == 0xC2, k + 1 < n, bytes[k + 1] == 0xA0 { return (true, 2) }
            return (false, 0)
        }
        var matches: [Match] = []
        var i = 0
        while i < n {
            // Straight to the next `a` or `b`, eight or sixteen bytes at a time (`ByteSet`).
            guard let next = bytes.firstIndex(ofAnyIn: keywordStarts, in: i..<n) else { break }
            i = next
            let b = lower(bytes[i])
            // b(ijlage, ijl.) or a(nnex, ppendix, ttachment): the second letter rules out most words.
            guard b == 0x62 || b == 0x61, i + 1 < n else {
                i += 1
                continue
            }
            let second = lower(bytes[i + 1])
            guard b == 0x62 ? second == 0x69 : (second == 0x6E || second == 0x70 || second == 0x74) else {
                i += 1
                continue
            }
            var keywordLength = 0
            for keyword in staticKeywords where keyword.byte(at: 0) == b && i + keyword.utf8CodeUnitCount <= n {
                let count = keyword.utf8CodeUnitCount
                var equal = true
                for k in 1..<count where lower(bytes[i + k]) != keyword.byte(at: k) {
                    equal = false
                    break
                }
                guard equal else { continue }
                let end = i + count
                // Whole word on the right: `bijlagen` is not `bijlage`.
                if end < n, (lower(bytes[end]) >= 0x61 && lower(bytes[end]) <= 0x7A) || bytes[end] >= 0x80 { continue }
                keywordLength = count
                break
            }
            guard keywordLength > 0 else {
                i += 1
                continue
            }
            var j = i + keywordLength
            while j < n {
                let (space, width) = isSpace(j)
                if !space { break }
                j += width
            }
            let numberStart = j
            var number = 0
            while j < n, isDigit(bytes[j]), j - numberStart < 4 {
                number = number * 10 + Int(bytes[j] - 0x30)
                j += 1
            }
            guard j > numberStart else {
                i += keywordLength
                continue
            }
            // The owner ID before the keyword, optionally followed by a dot and spaces.
            var k = i
            while k > 0 {
                if bytes[k - 1] == 0x20 {
                    k -= 1
                } else if k > 1, bytes[k - 2] == 0xC2, bytes[k - 1] == 0xA0 {
                    k -= 2
                } else {
                    break
                }
            }
            let ownerEnd = k
            while k > 0, isIDByte(bytes[k - 1]) { k -= 1 }
            var ownerStart = k
            var trimmedEnd = ownerEnd
            while trimmedEnd > ownerStart, bytes[trimmedEnd - 1] == 0x2E { trimmedEnd -= 1 }
            while ownerStart < trimmedEnd, bytes[ownerStart] == 0x2E { ownerStart += 1 }
            guard let owner = normaliseOwner(bytes.extracting(ownerStart..<trimmedEnd)) else {
                i += keywordLength
                continue
            }
            var offset = 0
            for p in 0..<ownerStart where bytes[p] & 0xC0 != 0x80 { offset += 1 }
            var length = 0
            for p in ownerStart..<j where bytes[p] & 0xC0 != 0x80 { length += 1 }
            let written = bytes.string(in: ownerStart..<j)
            matches.append(
                Match(id: AnnexID(owner: owner, number: number), written: written, offset: offset, length: length))
            i = j
        }
        return matches
    }

    /// `1.a.1.1` → `1.A.1.1`; `0.C.2` stays. Nil unless it is an exercise or topic ID.
    /// Whether an exercise ID's bytes are already in the form `ExerciseID.description` prints.
    private static func isCanonical(_ bytes: ByteView) -> Bool {
        guard let last = bytes.last, last != 0x2E else { return false }
        var componentStart = true
        for (index, byte) in bytes.enumerated() {
            if byte == 0x2E {
                componentStart = true
                continue
            }
            if byte >= 0x61 && byte <= 0x7A { return false }  // a lower-case topic
            // A leading zero.
            if componentStart, byte == 0x30, index + 1 < bytes.count, bytes[index + 1] != 0x2E { return false }
            componentStart = false
        }
        return true
    }

    static func normaliseOwner(_ bytes: ByteView) -> String? {
        if let exercise = ExerciseID(utf8: bytes) {
            // Written as the ID prints (upper-case letter, no leading zeros, no final dot): the
            // bytes are the text, with no formatting to do.
            return isCanonical(bytes) ? bytes.string : exercise.description
        }
        if let topic = TopicID(utf8: bytes) { return topic.description }
        return nil
    }

    /// Splits a list item into its references, title and location.
    ///
    /// Works on the UTF-8 bytes: catalogues and annex lists hold thousands of items in a corpus.
    public static func item(_ text: String) -> Item {
        text.withByteView { item(bytes: $0) }
    }

    private static func item(bytes all: ByteView) -> Item {
        var bytes = all
        var target: AnnexTarget?
        var targetOffset: Int?
        if bytes.last == 0x3E, let open = bytes.lastIndex(of: 0x3C), open + 2 < bytes.count {
            let inner = bytes.extracting((open + 1)..<(bytes.count - 1))
            if !inner.contains(0x20) {
                target = AnnexTarget(written: inner.string)
                targetOffset = scalarCount(bytes[..<open])
                bytes = bytes.extracting(0..<open)
            }
        }
        let references = Self.references(bytes: bytes)
        var title: String?
        if references.count == 1, let match = references.first {
            // Back from scalar offsets to byte offsets.
            var start = 0
            var scalars = 0
            while start < bytes.count, scalars < match.offset {
                start += 1
                if start >= bytes.count || bytes[start] & 0xC0 != 0x80 { scalars += 1 }
            }
            let end = start + match.written.utf8.count
            let after = trim(bytes[min(end, bytes.count)...], leading: true)
            let before = trim(bytes[..<min(start, bytes.count)], leading: false)
            var candidate = !after.isEmpty ? after : before
            if candidate.last == 0x29, !candidate.contains(0x28) { candidate = candidate.dropLast() }
            title = candidate.isEmpty ? nil : bytes.string(in: candidate.startIndex..<candidate.endIndex)
        } else if references.isEmpty {
            let trimmed = bytes.string.trimmingWhitespace()
            title = trimmed.isEmpty ? nil : trimmed
        }
        return Item(references: references, title: title, target: target, targetOffset: targetOffset)
    }

    private static func scalarCount(_ bytes: Slice<ByteView>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    /// Strips the punctuation that separates a reference from its title: `: `, ` - `, `(`, `.`,
    /// the dashes `–` and `—`, and white space (non-breaking space too).
    private static func trim(_ slice: Slice<ByteView>, leading: Bool) -> Slice<ByteView> {
        var lower = slice.startIndex
        var upper = slice.endIndex
        func separatorLength(at i: Int, forward: Bool) -> Int {
            let b = slice[i]
            switch b {
            case 0x3A, 0x2D, 0x20, 0x28, 0x2C, 0x09: return 1  // : - space ( , tab
            case 0x29, 0x2E: return leading ? 1 : 0  // ) .
            default: break
            }
            // Multi-byte separators: – (E2 80 93), — (E2 80 94), no-break space (C2 A0).
            if forward {
                if b == 0xE2, i + 2 < upper, slice[i + 1] == 0x80, slice[i + 2] == 0x93 || slice[i + 2] == 0x94 {
                    return 3
                }
                if b == 0xC2, i + 1 < upper, slice[i + 1] == 0xA0 { return 2 }
            } else {
                if b == 0x93 || b == 0x94, i >= lower + 2, slice[i - 1] == 0x80, slice[i - 2] == 0xE2 { return 3 }
                if b == 0xA0, i >= lower + 1, slice[i - 1] == 0xC2 { return 2 }
            }
            return 0
        }
        func spaceLength(at i: Int, forward: Bool) -> Int {
            let b = slice[i]
            if b == 0x20 || b == 0x09 { return 1 }
            if forward, b == 0xC2, i + 1 < upper, slice[i + 1] == 0xA0 { return 2 }
            if !forward, b == 0xA0, i >= lower + 1, slice[i - 1] == 0xC2 { return 2 }
            return 0
        }
        if leading {
            while lower < upper {
                let n = separatorLength(at: lower, forward: true)
                if n == 0 { break }
                lower += n
            }
            while lower < upper {
                let n = spaceLength(at: upper - 1, forward: false)
                if n == 0 { break }
                upper -= n
            }
        } else {
            while lower < upper {
                let n = spaceLength(at: lower, forward: true)
                if n == 0 { break }
                lower += n
            }
            while lower < upper {
                let n = separatorLength(at: upper - 1, forward: false)
                if n == 0 { break }
                upper -= n
            }
        }
        return slice[lower..<upper]
    }
}
