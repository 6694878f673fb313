#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `plan --format json`: the laid-out plan for scripts, with every time as `HH:MM`.
///
/// Shape: `{ "title", "curriculum", "dates", "place", "trainers", "participants", "fits",
/// "days": [{ "number", "date", "start", "end", "earliestEnd", "latestEnd", "slack", "fits",
/// "items": [{ "kind", "id", "title", "start", "latestStart", "end", "latestEnd",
/// "minutes": {"minimum", "maximum"}, "fixed", "inserted", "goals", "marks" }] }], "leftOut": [ids] }`.
/// `fits` is false whenever a day overruns, an exercise is left out, an item is marked or an
/// error was reported.
public enum ScheduleJSONRenderer {
    struct Item: Encodable {
        var kind: String
        var id: String?
        var title: String
        var start: String
        var latestStart: String
        var end: String
        var latestEnd: String
        var minutes: Duration
        var fixed: String?
        var inserted: Bool
        var goals: [String]
        /// What is wrong with the item: `unknown exercise 1.A.1.9`, `overlapped until 10:15`.
        var marks: [String]
    }
    struct Day: Encodable {
        var number: Int
        var date: String?
        var heading: String?
        var start: String
        var end: String
        var earliestEnd: String
        var latestEnd: String
        var slack: Int
        var requiredSlack: Int
        var fits: Bool
        var items: [Item]
    }
    struct Document: Encodable {
        var title: String
        var curriculum: String
        var dates: [String]
        var place: String?
        var trainers: [String]
        var trainerCount: Int?
        var participants: Int?
        var fits: Bool
        var days: [Day]
        var leftOut: [String]
        /// With `--calibrate`: the durations learnt from delivered days, so a script sees which
        /// times are real and from how many deliveries.
        var calibrated: Calibrated?
    }

    struct Calibrated: Encodable {
        struct Exercise: Encodable {
            var id: String
            var minutes: Int
            var deliveries: Int
        }
        var exercises: [Exercise]
        /// The median ratio of actual to planned time that scaled every exercise never given.
        var ratio: Double?
    }

    /// The schedule as one JSON document; `calibration`, when given, says which durations were
    /// learnt from delivered days.
    public static func render(_ schedule: Schedule, calibration: Calibration? = nil) -> String {
        let document = Document(
            title: schedule.title, curriculum: schedule.curriculumTitle, dates: schedule.dates.map(\.description),
            place: schedule.place,
            trainers: schedule.trainers, trainerCount: schedule.metadata.numberOfTrainers,
            participants: schedule.participants, fits: schedule.fits,
            days: schedule.days.map { day in
                Day(
                    number: day.number, date: day.date?.description, heading: day.heading,
                    start: day.frame.start.description, end: day.frame.end.description,
                    earliestEnd: day.earliestEnd.description, latestEnd: day.latestEnd.description, slack: day.slack,
                    requiredSlack: day.requiredSlack, fits: day.fits,
                    items: day.items.map { item in
                        Item(
                            kind: item.kind.rawValue, id: item.id?.description, title: item.title,
                            start: item.start.description, latestStart: item.latestStart.description,
                            end: item.end.description, latestEnd: item.latestEnd.description, minutes: item.duration,
                            fixed: item.fixedStart?.description,
                            inserted: item.isInserted, goals: item.exercise?.goals.map(\.text) ?? [],
                            marks: item.marks.map(\.description))
                    })
            },
            leftOut: schedule.leftOut.map(\.id.description),
            calibrated: calibration.map { calibration in
                Calibrated(
                    exercises: calibration.observed.map {
                        Calibrated.Exercise(id: $0.id.description, minutes: $0.minutes, deliveries: $0.deliveries)
                    },
                    ratio: calibration.ratio.map { ($0 * 1000).rounded() / 1000 })
            })
        return JSONText.encode(document)
    }
}
