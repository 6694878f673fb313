/// How often each byte occurs in a short text, in 32 buckets (`byte & 31`: the lower-case letters
/// get one each): a lower bound on the edit distance between two texts, cheap enough to rule out
/// most candidates of a did-you-mean search before the distance table is filled.
///
/// An insertion or a deletion changes the counts by one, a substitution by two and a transposition
/// not at all, so two texts whose counts differ by `d` in all are at least `(d + 1) / 2` edits
/// apart. Sharing buckets only lowers the difference, so the bound stays a bound.
struct ByteCounts: Equatable {
    private var counts: [UInt8]

    init(_ bytes: some Sequence<UInt8>) {
        var counts = [UInt8](repeating: 0, count: 32)
        for byte in bytes {
            let bucket = Int(byte & 31)
            counts[bucket] &+= counts[bucket] == 255 ? 0 : 1
        }
        self.counts = counts
    }

    /// The fewest edits (insertions, deletions, substitutions, transpositions of neighbours) that
    /// can turn a text with these counts into one with `other`'s.
    func editsAtLeast(to other: ByteCounts) -> Int {
        var difference = 0
        for bucket in 0..<32 {
            let a = Int(counts[bucket])
            let b = Int(other.counts[bucket])
            difference += a > b ? a - b : b - a
        }
        return (difference + 1) / 2
    }
}
