import Testing

@testable import CurriculumKit

@Suite struct FillSolverTests {
    /// A small deterministic generator, so that every run tests the same pools.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Pools shaped like topics: runs of consecutive items covering one topic each.
    static func topicPool(seed: UInt64, size: Int) -> [FillSolver.Item] {
        var g = Generator(state: seed)
        var items: [FillSolver.Item] = []
        var topic = 0
        while items.count < size {
            for _ in 0..<(1 + g.next(3)) where items.count < size {
                items.append(FillSolver.Item(weight: [15, 20, 30, 45, 60, 75, 90, 120][g.next(8)], units: [topic]))
            }
            topic += 1
        }
        return items
    }

    /// Pools with goals shared between items: the general case.
    static func sharedGoalPool(seed: UInt64, size: Int, goals: Int) -> [FillSolver.Item] {
        var g = Generator(state: seed)
        return (0..<size).map { _ in
            FillSolver.Item(
                weight: [10, 20, 30, 45, 60, 90][g.next(6)],
                units: (0..<(g.next(3) + (g.next(4) == 0 ? 0 : 1))).map { _ in g.next(goals) })
        }
    }

    @Test(arguments: Array(1...40))
    func dynamicProgrammeMatchesBruteForceOnTopicPools(seed: Int) {
        let items = Self.topicPool(seed: UInt64(seed), size: 8 + seed % 8)
        let capacity = 60 + (seed * 37) % 300
        let solver = FillSolver()
        let exact = solver.solve(items, capacity: capacity)
        let brute = solver.bruteForce(items, capacity: capacity)
        #expect(exact.method == .dynamicProgramming)
        #expect(exact.covered == brute.covered, "seed \(seed)")
        #expect(exact.minutes == brute.minutes, "seed \(seed)")
        #expect(exact.chosen == brute.chosen, "ties are broken by curriculum order (seed \(seed))")
        #expect(exact.minutes <= capacity)
    }

    @Test(arguments: Array(1...40))
    func branchAndBoundMatchesBruteForceWhenGoalsAreShared(seed: Int) {
        let items = Self.sharedGoalPool(seed: UInt64(seed) * 7919, size: 10 + seed % 7, goals: 6)
        let capacity = 40 + (seed * 53) % 200
        let solver = FillSolver()
        let exact = solver.solve(items, capacity: capacity)
        let brute = solver.bruteForce(items, capacity: capacity)
        #expect(exact.isExact)
        #expect(exact.covered == brute.covered, "seed \(seed) via \(exact.method)")
        #expect(exact.minutes == brute.minutes, "seed \(seed) via \(exact.method)")
        #expect(exact.chosen == brute.chosen, "seed \(seed) via \(exact.method)")
    }

    @Test(arguments: Array(1...20))
    func approximationStaysWithinItsProvenBound(seed: Int) {
        let items = Self.sharedGoalPool(seed: UInt64(seed) * 104729, size: 14, goals: 8)
        let capacity = 60 + (seed * 31) % 150
        let approximate = FillSolver(exactnessLimit: 0).solve(items, capacity: capacity)
        let brute = FillSolver().bruteForce(items, capacity: capacity)
        #expect(approximate.method == .greedy)
        #expect(!approximate.isExact)
        let bound = approximate.upperBound ?? -1
        #expect(approximate.covered <= brute.covered)
        #expect(brute.covered <= bound, "the upper bound holds for the optimum")
        #expect(approximate.minutes <= capacity)
        // The worst-case guarantee of the modified greedy: at least (1 - 1/e)/2 of the optimum.
        #expect(Double(approximate.covered) >= 0.316 * Double(brute.covered))
    }

    @Test func prefersEarlierItemsOnTies() {
        let items = [
            FillSolver.Item(weight: 30, units: [0]), FillSolver.Item(weight: 30, units: [0]),
            FillSolver.Item(weight: 30, units: [1]),
        ]
        #expect(FillSolver().solve(items, capacity: 60).chosen == [0, 2])
    }

    @Test func coverageComesBeforeMinutes() {
        // Filling the day with topic 0 would use more minutes; covering both topics wins.
        let items = [
            FillSolver.Item(weight: 100, units: [0]), FillSolver.Item(weight: 20, units: [0]),
            FillSolver.Item(weight: 20, units: [1]),
        ]
        let solution = FillSolver().solve(items, capacity: 120)
        #expect(solution.covered == 2)
        #expect(solution.chosen == [0, 2])
    }

    @Test func largeTopicPoolsStayExact() {
        let items = Self.topicPool(seed: 99, size: 2_000)
        let solution = FillSolver().solve(items, capacity: 360)
        #expect(solution.method == .dynamicProgramming)
        #expect(solution.isExact)
        #expect(solution.minutes <= 360)
    }

    @Test func fillPlannerFitsTheDayOnTheShippedCurriculum() throws {
        let curriculum = Shipped.curriculum
        let pool = try Selection(terms: [.topic(TopicID("2.A")!), .topic(TopicID("2.B")!)], level: 1).exercises(
            in: curriculum
        ).get()
        let frame = PlanFixtures.frame("09:00-16:30")
        let result = FillPlanner(curriculum: curriculum, policy: BreakPolicy()).fill(
            pool: pool, request: .topics, frame: frame, metadata: PlanMetadata())
        #expect(result.scheduled.schedule.fits)
        #expect(result.solution.isExact)
        #expect(result.solution.covered == 2)
        #expect(FillReportRenderer(language: .english).render(result).contains("covers 2 of 2 topics"))
        #expect(FillReportRenderer(language: .dutch).render(result).contains("dekt 2 van 2 onderwerpen"))
        // Every exercise of the pool is either chosen or explained.
        #expect(result.solution.chosen.count + result.leftOut.count == pool.count)
    }
}
