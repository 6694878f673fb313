/// Finds what the user probably meant: the nearest candidate by edit distance.
///
/// Used for did-you-mean hints on unknown labels, subcommands, options and annex references.
public enum EditDistance {
    /// Edit distance over characters (insertions, deletions, substitutions and transpositions of
    /// neighbours each cost one: `chekc` is one edit from `check`), case-sensitive.
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
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

    /// The candidate nearest to `word` (case-insensitive), if it is close enough to be a likely typo:
    /// within a third of the word's length, and at least 1 edit.
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = between(lowered, candidate.lowercased())
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = Swift.max(1, Swift.min(lowered.count, candidate.count) / 3)
        return distance <= limit ? candidate : nil
    }
}
