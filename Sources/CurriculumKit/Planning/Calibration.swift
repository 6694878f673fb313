/// Durations learnt from delivered days (`plan --calibrate`, `budget --calibrate`): an exercise
/// that has been given is planned at its median actual; one that has not is scaled by the median
/// ratio of those that have, so that a course that always runs long plans long everywhere.
///
/// Calibration feeds the existing planning: it returns the curriculum with its durations replaced,
/// and the scheduler lays that out as it lays out any curriculum.
public struct Calibration: Hashable, Sendable, Codable {
    /// An exercise's median actual and how many deliveries it comes from.
    public struct Observed: Hashable, Sendable, Codable {
        public var id: ExerciseID
        public var minutes: Int
        public var deliveries: Int
    }

    /// The exercises given at least once, in the order first seen.
    public var observed: [Observed]
    /// The median of the observed exercises' ratios to their durations; `nil` when none was observed.
    public var ratio: Double?

    public init(review: Review) {
        observed = review.exercises.map { Observed(id: $0.id, minutes: $0.median, deliveries: $0.deliveries) }
        let ratios = review.exercises.map(\.ratio).sorted()
        if ratios.isEmpty {
            ratio = nil
        } else {
            let half = ratios.count / 2
            ratio = ratios.count % 2 == 1 ? ratios[half] : (ratios[half - 1] + ratios[half]) / 2
        }
    }

    /// The curriculum with every duration calibrated: observed exercises at their median actual,
    /// the others scaled by `ratio` and rounded to whole minutes. Exercises without a duration keep none.
    public func apply(to curriculum: Curriculum) -> Curriculum {
        var minutes: [ExerciseID: Int] = [:]
        for entry in observed { minutes[entry.id] = entry.minutes }
        var result = curriculum
        for m in result.modules.indices {
            for t in result.modules[m].topics.indices {
                for l in result.modules[m].topics[t].levels.indices {
                    for e in result.modules[m].topics[t].levels[l].exercises.indices {
                        var exercise = result.modules[m].topics[t].levels[l].exercises[e]
                        guard var written = exercise.duration, let value = written.value else { continue }
                        let calibrated = calibrated(value, for: exercise.id, observed: minutes)
                        guard calibrated != value else { continue }
                        written.value = calibrated
                        written.text = calibrated.description
                        exercise.duration = written
                        result.modules[m].topics[t].levels[l].exercises[e] = exercise
                    }
                }
            }
        }
        return result
    }

    func calibrated(_ duration: Duration, for id: ExerciseID, observed minutes: [ExerciseID: Int]) -> Duration {
        if let median = minutes[id] { return Duration(minutes: median) }
        guard let ratio else { return duration }
        func scaled(_ value: Int) -> Int { Int((Double(value) * ratio).rounded()) }
        return Duration(minimum: scaled(duration.minimum), maximum: scaled(duration.maximum))
    }
}
