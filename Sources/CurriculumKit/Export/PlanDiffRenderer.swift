/// The report `plan diff` prints, in the curriculum's language (or the one asked for with
/// `--lang`): what was added, removed and moved, and how far each start time shifted.
public struct PlanDiffRenderer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private func choose(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    public func render(_ diff: PlanDiff, oldName: String, newName: String) -> String {
        if diff.isEmpty {
            return choose(
                "Geen verschillen in oefeningen of begintijden tussen \(oldName) en \(newName).\n",
                "No differences in exercises or start times between \(oldName) and \(newName).\n")
        }
        let day = choose("dag", "day")
        var out = "--- \(oldName)\n+++ \(newName)\n"
        func at(_ p: PlanDiff.Placement) -> String { "\(day) \(p.day) \(p.latestStart)" }
        for p in diff.added { out += "+ \(p.id) \(p.title) (" + choose("toegevoegd", "added") + ", \(at(p)))\n" }
        for p in diff.removed {
            out += "- \(p.id) \(p.title) (" + choose("weggehaald, was", "removed, was") + " \(at(p)))\n"
        }
        for change in diff.changes where change.moved || change.shift != 0 || change.old.day != change.new.day {
            var words: [String] = []
            if change.moved { words.append(choose("verplaatst", "moved")) }
            let times = "\(change.old.latestStart) → \(change.new.latestStart)"
            if change.old.day != change.new.day {
                words.append("\(day) \(change.old.day) → \(day) \(change.new.day), \(times)")
            } else if change.shift != 0 {
                let minutes = abs(change.shift)
                words.append(
                    change.shift > 0
                        ? choose("begint \(minutes) min later (\(times))", "starts \(minutes) min later (\(times))")
                        : choose("begint \(minutes) min eerder (\(times))", "starts \(minutes) min earlier (\(times))"))
            }
            out += "~ \(change.new.id) \(change.new.title): " + words.joined(separator: ", ") + "\n"
        }
        let (added, removed, moved, shifted) = (
            diff.added.count, diff.removed.count, diff.moved.count, diff.shifted.count
        )
        out += choose(
            "\(added) toegevoegd, \(removed) weggehaald, \(moved) verplaatst, \(shifted) met een nieuwe begintijd\n",
            "\(added) added, \(removed) removed, \(moved) moved, \(shifted) with a new start time\n")
        return out
    }
}
