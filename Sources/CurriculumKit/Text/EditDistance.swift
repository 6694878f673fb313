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
        if x.isEmpty { return y.count <= limit ? y.count : nil }
        if y.isEmpty { return x.count <= limit ? x.count : nil }
        var older = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = Swift.min(value, older[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = Swift.min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (older, previous, current) = (previous, current, older)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
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
