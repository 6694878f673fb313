import Testing

@testable import CurriculumKit

/// Day splitting and `--balance` against brute force: every order-keeping split of small random
/// pools into days, each day laid out by the scheduler with its breaks and lunch.
@Suite struct DaySplitPropertyTests {
    static let frames = ["09:00-12:30", "09:00-16:30", "08:30-17:00", "13:00-17:00", "09:00-15:00"]

    /// Where a day of `exercises` ends at the latest, laid out by the scheduler on its own; `nil`
    /// when it does not fit (a single exercise is a day of its own even so).
    static func dayLength(_ exercises: [Exercise], scheduler: Scheduler, frame: DayFrame) -> Int? {
        let day = scheduler.split(exercises, frame: frame, metadata: PlanMetadata(), maximumDays: 1).schedule
        guard day.leftOut.isEmpty, let first = day.days.first, first.fits || exercises.count == 1 else { return nil }
        return first.latestEnd.minutesSinceMidnight - frame.start.minutesSinceMidnight
    }

    /// Every split of the pool into runs (a bit per gap between two exercises): the fewest days
    /// that fit, and for each number of days the shortest longest day.
    static func bruteForce(_ pool: [Exercise], scheduler: Scheduler, frame: DayFrame) -> [Int: Int] {
        let n = pool.count
        var length: [[Int?]] = Array(repeating: Array(repeating: nil, count: n + 1), count: n + 1)
        for a in 0..<n {
            for b in (a + 1)...n { length[a][b] = dayLength(Array(pool[a..<b]), scheduler: scheduler, frame: frame) }
        }
        var best: [Int: Int] = [:]
        for mask in 0..<(1 << max(0, n - 1)) {
            var start = 0
            var longest = 0
            var days = 0
            var fits = true
            for i in 1...n where i == n || mask & (1 << (i - 1)) != 0 {
                guard let l = length[start][i] else {
                    fits = false
                    break
                }
                longest = max(longest, l)
                days += 1
                start = i
            }
            if fits { best[days] = min(best[days] ?? .max, longest) }
        }
        return best
    }

    @Test(arguments: Array(UInt64(1)...300))
    func splitUsesTheFewestDaysAndBalanceTheShortestLongestDay(seed: UInt64) {
        let curriculum = FillPropertyTests.pool(seed: seed &+ 7_777)
        let pool = Array(curriculum.exercises.prefix(12))
        let frame = PlanFixtures.frame(Self.frames[Int(seed % UInt64(Self.frames.count))])
        let scheduler = Scheduler(curriculum: curriculum, policy: BreakPolicy(autoBreaks: true))
        let brute = Self.bruteForce(pool, scheduler: scheduler, frame: frame)
        let context = "seed \(seed), \(frame), pool \(pool.map(\.minutes))"
        guard let fewest = brute.keys.min() else {
            Issue.record("no split fits: \(context)")
            return
        }
        let split = scheduler.split(pool, frame: frame, metadata: PlanMetadata())
        #expect(split.schedule.days.count == fewest, "\(context)")
        #expect(split.schedule.days.flatMap(\.exercises).map(\.id) == pool.map(\.id), "\(context)")
        let balanced = scheduler.balance(pool, frame: frame, metadata: PlanMetadata())
        #expect(balanced.schedule.days.count == fewest, "\(context)")
        #expect(balanced.schedule.days.flatMap(\.exercises).map(\.id) == pool.map(\.id), "order kept: \(context)")
        #expect(balanced.schedule.leftOut.isEmpty)
        let longest = balanced.schedule.days.map {
            $0.latestEnd.minutesSinceMidnight - frame.start.minutesSinceMidnight
        }.max()
        #expect(longest == brute[fewest], "\(context)")
        // With more days allowed, the longest day is the best of any split into at most that many.
        let more = fewest + 1
        let spread = scheduler.balance(pool, frame: frame, metadata: PlanMetadata(), maximumDays: more)
        let spreadLongest = spread.schedule.days.map {
            $0.latestEnd.minutesSinceMidnight - frame.start.minutesSinceMidnight
        }.max()
        let bound = (1...more).compactMap { brute[$0] }.min()
        #expect(spreadLongest == bound, "\(more) days: \(context)")
        #expect(spread.schedule.days.flatMap(\.exercises).map(\.id) == pool.map(\.id))
    }

    /// Seven half-hour exercises in 3-hour days: filled in order, 3 h and 30 min; balanced, 2 h and
    /// 1 h 30.
    @Test func balanceEvensOutTheDays() {
        let curriculum = PlanFixtures.fixed((1...7).map { ("1.A.1.\($0)", 30) })
        let scheduler = Scheduler(curriculum: curriculum, policy: BreakPolicy(maximumStretch: 600))
        let frame = PlanFixtures.frame("09:00-12:00")
        let split = scheduler.split(curriculum.exercises, frame: frame, metadata: PlanMetadata())
        let balanced = scheduler.balance(curriculum.exercises, frame: frame, metadata: PlanMetadata())
        #expect(split.schedule.days.map { $0.exercises.count } == [6, 1])
        #expect(balanced.schedule.days.map { $0.exercises.count } == [4, 3])
        #expect(balanced.schedule.days.map(\.latestEnd.description) == ["11:00", "10:30"])
    }
}
