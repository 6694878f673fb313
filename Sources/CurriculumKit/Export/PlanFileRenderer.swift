/// Writes a plan as a plan file (`*.plan.md`): what `plan --write` saves, and what
/// `PlanParser` reads back to the same plan.
///
/// Labels follow the plan's language (`Dagindeling` or `Day`); settings that equal the defaults
/// are left out so that the file stays short and the curriculum's manifest keeps governing them.
public enum PlanFileRenderer {
    public static func render(_ plan: Plan, curriculum: Curriculum? = nil) -> String {
        let dutch = plan.metadata.language == .dutch
        let m = plan.metadata
        var out = "# \(dutch ? "Lesplan" : "Course plan")\n\n"
        func field(_ nl: String, _ en: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out += "\(dutch ? nl : en): \(value)\n"
        }
        field("Curriculum", "Curriculum", m.curriculum)
        field("Titel", "Title", m.title.isEmpty ? nil : m.title)
        field("Datum", "Date", m.dates.isEmpty ? nil : m.dates.map(\.description).joined(separator: ", "))
        field("Locatie", "Place", m.place)
        field(
            "Trainers", "Trainers",
            m.trainers.isEmpty ? m.trainerCount.map { "\($0)" } : m.trainers.joined(separator: ", "))
        field("Deelnemers", "Participants", m.participants.map { "\($0)" })
        let s = plan.settings
        field("Dagindeling", "Day", s.dayFrame?.description)
        field("Lunch", "Lunch window", s.lunchWindow?.description)
        field("Lunchduur", "Lunch duration", s.lunchMinutes.map { "\($0) min" })
        field("Maximale sessie", "Maximum stretch", s.maximumStretch.map { "\($0) min" })
        field("Pauzeduur", "Break length", s.breakMinutes.map { "\($0) min" })
        field("Overgang", "Transition", s.transitionMinutes.map { "\($0) min" })
        field("Buffer", "Buffer", s.bufferPercent.map { "\($0)%" })
        field("Deelnemers per trainer", "Participants per trainer", s.participantsPerTrainer.map { "\($0)" })
        for (index, day) in plan.days.enumerated() {
            out += "\n"
            if plan.days.count > 1 || day.heading != nil {
                out += "## \(day.heading ?? "\(dutch ? "Dag" : "Day") \(index + 1)")\n\n"
            }
            for item in day.items {
                out +=
                    "- " + (item.fixedStart.map { "\($0) " } ?? "")
                    + text(of: item, dutch: dutch, curriculum: curriculum) + "\n"
            }
        }
        return out
    }

    static func text(of item: PlanItem, dutch: Bool, curriculum: Curriculum?) -> String {
        switch item.content {
        case .exercise(let id):
            guard let exercise = curriculum?.exercise(id: id) else { return id.description }
            return "\(id) \(exercise.title)".replacing("\n", with: " ")
        case .pause(let minutes):
            return (dutch ? "Pauze" : "Break") + (minutes.map { " \($0) min" } ?? "")
        case .lunch(let minutes):
            return "Lunch" + (minutes.map { " \($0) min" } ?? "")
        case .free(let title, let duration):
            return "\(title) \(duration)"
        }
    }
}
