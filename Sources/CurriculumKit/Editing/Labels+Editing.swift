// The words an editor shows about a curriculum (hovers, quick-fix titles, completion and outline
// details), in the curriculum's language: a Dutch coordinator hovers an exercise and reads
// "- duur: 60 min", an English one "- duration: 60 min".

extension Labels {
    private func say(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    /// `1 uur 45 min` / `1 h 45`: a total in hours.
    func hours(_ value: Duration) -> String { language == .dutch ? duration(value) : value.formattedHours() }

    /// `2 oefeningen, totaal 105 min (1 uur 45 min)` / `2 exercises, total 105 min (1 h 45)`.
    func totals(_ total: Duration, exercises: Int) -> String {
        "\(exerciseCount(exercises)), \(self.total) \(total) (\(hours(total)))"
    }

    /// `niveau 1 Kennis` / `level 1 Kennis`: a level heading in a hover or the outline.
    func levelName(_ number: Int, _ name: String?) -> String {
        say("niveau", "level") + " \(number)" + (name.map { " \($0)" } ?? "")
    }

    /// `- duur: 60 min (`1 uur`)`, `- duur: onleesbaar (`…`)`, `- duur: niet opgegeven`.
    func durationLine(_ duration: WrittenDuration?) -> String {
        guard let duration else { return say("- duur: niet opgegeven", "- duration: none given") }
        let value = duration.value.map(\.description) ?? say("onleesbaar", "unreadable")
        return say("- duur: ", "- duration: ") + "\(value) (`\(duration.text)`)"
    }

    /// `- leerdoelen: 2` / `- goals: 2`.
    func goalCountLine(_ count: Int) -> String { say("- leerdoelen: ", "- goals: ") + "\(count)" }

    /// `- stappen in de werkwijze: samen 50 min van de 60 min` / `- timed steps: 50 min of 60 min`.
    func timedStepsLine(_ steps: Duration, of duration: Duration?) -> String {
        let against = duration.map { say(" van de \($0)", " of \($0)") } ?? ""
        return say("- stappen in de werkwijze: samen ", "- timed steps: ") + "\(steps)\(against)"
    }

    /// `- bijlage `1.A.1.1 bijlage 1`: De sociale kaart` / `- annex `1.A.1.1 annex 1`: …`.
    func annexLine(_ id: String, title: String) -> String {
        say("- bijlage ", "- annex ") + "`\(id)`" + (title.isEmpty ? "" : ": \(title)")
    }

    /// `` `1.A.1.1 bijlage 7`: staat niet in de bijlagenlijst ``.
    func notInCatalogue(_ written: String) -> String {
        "`\(written)`: " + say("staat niet in de bijlagenlijst", "not in the annex catalogue")
    }

    /// `` `1,5 uur` is 90 min (1 uur 30 min) ``, with the other reading of an ambiguous notation.
    func reading(_ text: String, as value: Duration, alternative: Duration?) -> String {
        var line = "`\(text)` " + say("is \(value) (\(hours(value)))", "reads as \(value) (\(hours(value)))")
        if let other = alternative {
            line += say("; het kan ook \(other) betekenen", "; it could also be read as \(other)")
        }
        return line
    }

    /// `` `anderhalf`: geen duur die de tool kan lezen ``.
    func unreadableDuration(_ text: String) -> String {
        "`\(text)`: " + say("geen duur die de tool kan lezen", "not a duration the tools can read")
    }

    /// Where an annex can be found: `vindplaats: https://…` / `lives at https://…`.
    func annexTarget(_ target: String) -> String { say("vindplaats: ", "lives at ") + target }

    /// Where every annex of the catalogue can be found: `vindplaats: op het Moodle-platform`.
    func annexPlace(_ place: String) -> String { say("vindplaats: ", "lives at: ") + place }

    /// `staat in annexes.md, regel 5` / `listed at annexes.md:5`.
    func listedAt(_ file: String, line: Int) -> String {
        say("staat in \(file), regel \(line)", "listed at \(file):\(line)")
    }

    /// `dag 1: 09:00–10:00 (uiterlijk 09:15–10:15), 60 min`: a plan item's place on its day.
    func planItemTimes(_ item: ScheduledItem, day: Int) -> String {
        let latest = say("uiterlijk", "latest")
        let range = item.hasRange ? " (\(latest) \(item.latestStart)–\(item.latestEnd))" : ""
        return say("dag", "day") + " \(day): \(item.start)–\(item.end)\(range), \(item.duration)"
    }

    /// `Vervang door '1.A.1.1 bijlage 1'`: the quick fix that writes a hint's replacement.
    func replaceWith(_ replacement: String) -> String {
        say("Vervang door '\(replacement)'", "Replace with '\(replacement)'")
    }

    /// `Zet '1.A.1.1 bijlage 7' in de bijlagenlijst`: the quick fix that adds a catalogue entry.
    func addToCatalogue(_ id: String) -> String {
        say("Zet '\(id)' in de bijlagenlijst", "Add '\(id)' to the annex catalogue")
    }

    /// `veld` / `field`: what a field-label completion is.
    var field: String { say("veld", "field") }
}
