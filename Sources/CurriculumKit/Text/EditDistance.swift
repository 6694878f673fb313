/// Finds what the user probably meant: the nearest candidate by edit distance.
///
/// Used for did-you-mean hints on unknown labels, subcommands, options and annex references.
public enum EditDistance {
    /// Edit distance over characters (insertions, deletions, substitutions and transpositions of
    /// neighbours each cost one: `chekc` is one edit from `check`), case-sensitive.
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var older = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = Swift.min(value, older[j - 2] + 1)
                }
                current[j] = value
            }
            (older, previous, current) = (previous, current, older)
        }
        return previous[y.count]
    }

    /// The edit distance between two byte strings if it is at most `limit`, `nil` otherwise; stops
    /// as soon as every path through the table exceeds the limit.
    public static func bounded(_ x: [UInt8], _ y: [UInt8], limit: Int) -> Int? {
        var rows: [Int] = []
        return bounded(x, y, limit: limit, rows: &rows)
    }

    /// `bounded(_:_:limit:)` with the table's three rows kept in `rows`, so that one search over
    /// many candidates allocates them once. Only the band of cells within `limit` of the diagonal is
    /// computed (a cell outside it is more than `limit` edits whatever the strings hold); the cell
    /// on either side of the band holds `limit + 1`, a bound no path within the limit can use.
    static func bounded(_ x: [UInt8], _ y: [UInt8], limit: Int, rows: inout [Int]) -> Int? {
        guard limit >= 0, abs(x.count - y.count) <= limit else { return nil }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let width = y.count + 1
        if rows.count < 3 * width { rows = [Int](repeating: 0, count: 3 * width) }
        let outside = limit + 1
        // Rows: older (i - 2), previous (i - 1), current (i), at rotating offsets.
        var older = 0
        var previous = width
        var current = 2 * width
        for j in 0...y.count { rows[previous + j] = j }
        for i in 1...x.count {
            let low = Swift.max(1, i - limit)
            let high = Swift.min(y.count, i + limit)
            rows[current + low - 1] = low == 1 ? i : outside
            // The previous row's band ends one cell short of this one's.
            if i + limit <= y.count { rows[previous + i + limit] = outside }
            var rowMinimum = low == 1 ? i : outside
            for j in low...high {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = Swift.min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = Swift.min(value, rows[older + j - 2] + 1)
                }
                rows[current + j] = value
                rowMinimum = Swift.min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (older, previous, current) = (previous, current, older)
        }
        let distance = rows[previous + y.count]
        return distance <= limit ? distance : nil
    }

    /// The candidate nearest to `word` (case-insensitive), if it is close enough to be a likely typo:
    /// within a third of the word's length, and at least 1 edit.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        let length = lowered.count
        var best: (String, Int)?
        for candidate in candidates {
            let otherLength = candidate.count
            let limit = Swift.max(1, Swift.min(length, otherLength) / 3)
            // Lengths that differ by more than the limit cannot be within it: skip the work.
            if abs(otherLength - length) > Swift.min(limit, (best?.1 ?? Int.max) - 1) { continue }
            let distance = between(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }
}
