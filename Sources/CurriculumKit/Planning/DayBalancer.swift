/// Splits exercises over a number of days in curriculum order so that the longest day is as short
/// as it can be: what `plan --balance` runs instead of filling each day before the next.
///
/// A day's length is where it ends at the latest, breaks and lunch inserted, less its start. For
/// every run of consecutive exercises that fits a day (each run is extended only while it fits: a
/// day never ends earlier for having more in it) the balancer lays the run out once with the same
/// `DayBuilder` the agenda uses; then a dynamic programme over (days, exercises) picks the cuts
/// that minimise the longest day. Exact (every order-keeping split is considered), in
/// O(exercises × exercises per day × days).
struct DayBalancer {
    let frame: DayFrame
    let policy: BreakPolicy

    /// The first index of each day after the first (ascending), or `nil` when no split into at
    /// most `days` days fits every exercise. An exercise longer than a whole day is a day of its own.
    func cuts(_ exercises: [Exercise], days: Int) -> [Int]? {
        let n = exercises.count
        guard n > 0 else { return [] }
        let days = max(1, min(days, n))
        // length[a]: for each end b > a (in order), the minutes of a day holding a..<b.
        var autoPolicy = policy
        autoPolicy.autoBreaks = true
        var empty = DayBuilder(number: 1, frame: frame, policy: autoPolicy, language: .english)
        empty.recordsDetails = false
        var lengths: [[Int]] = []
        lengths.reserveCapacity(n)
        for a in 0..<n {
            var day = empty
            var row: [Int] = []
            for b in a..<n {
                day.append(FillPlanner.entry(exercises[b]))
                guard day.latestEnd <= frame.end || b == a else { break }
                row.append(day.latestEnd.minutesSinceMidnight - frame.start.minutesSinceMidnight)
            }
            lengths.append(row)
        }
        // best[d][i]: the shortest longest day for the first i exercises in d days; from[d][i]: the
        // start of the last of those days.
        let unreachable = Int.max
        var best = [[Int]](repeating: [Int](repeating: unreachable, count: n + 1), count: days + 1)
        var from = [[Int]](repeating: [Int](repeating: -1, count: n + 1), count: days + 1)
        best[0][0] = 0
        for d in 1...days {
            for a in 0..<n where best[d - 1][a] != unreachable {
                for (offset, length) in lengths[a].enumerated() {
                    let i = a + offset + 1
                    let value = max(best[d - 1][a], length)
                    // On a tie the later start wins: earlier days take what they can.
                    if value < best[d][i] || (value == best[d][i] && a > from[d][i]) {
                        best[d][i] = value
                        from[d][i] = a
                    }
                }
            }
        }
        guard let d = (1...days).min(by: { (best[$0][n], $0) < (best[$1][n], $1) }), best[d][n] != unreachable
        else { return nil }
        var cuts: [Int] = []
        var i = n
        var day = d
        while day > 1 {
            let a = from[day][i]
            cuts.append(a)
            i = a
            day -= 1
        }
        return cuts.reversed()
    }
}
