import Foundation
import Testing

/// Everything a command says about a curriculum is in the curriculum's language (issue 13): a
/// Dutch trainer reads only Dutch from plan, budget, list and show about a Dutch curriculum, an
/// English one only English; `--lang` overrides. Only standard output is read: the diagnostics
/// speak the user's language, not the curriculum's.
@Suite struct ContentLanguageTests {
    /// Interface words of the English output, which a Dutch curriculum's output must not hold.
    static let englishWords = [
        "End of day", "fits", "slack", "Verdict", "participants", "participant", "exercises", "exercise", "Topics",
        "Levels", "Total", "total", "Days are counted", "hours", "hour", "Learning goals", "LEARNING GOALS",
        "Duration", "Procedure", "PROCEDURE", "suggested", "inserted", "fixed", "Day", "day", "days", "Tuesday",
        "March", "left out", "over by", "Does not fit", "Without level", "Level", "Goals", "GOALS", "Materials",
        "MATERIALS", "Group size", "Location", "Annexes", "ANNEXES", "Preparation", "PREPARATION", "Notes",
        "General goals", "Contents", "no duration", "Break", "else", "of training", "needs", "does not fit", "Fill",
        "covers", "Left out", "adds nothing", "min left", "free",
    ]
    /// Interface words of the Dutch output, which an English curriculum's output must not hold.
    static let dutchWords = [
        "Einde van dag", "past", "speling", "Oordeel", "deelnemers", "deelnemer", "oefeningen", "oefening",
        "Onderwerpen", "Niveaus", "Totaal", "totaal", "Dagen geteld", "uur", "Leerdoelen", "LEERDOELEN", "Duur",
        "Werkwijze", "WERKWIJZE", "voorstel", "ingevoegd", "vast", "Dag", "dag", "dagen", "dinsdag", "maart",
        "weggelaten", "te lang", "Past niet", "Zonder niveau", "Niveau", "Doelen", "DOELEN", "Materiaal",
        "MATERIAAL", "Groepsgrootte", "Vindplaats", "Bijlagen", "BIJLAGEN", "Voorbereiding", "VOORBEREIDING",
        "Opmerkingen", "Algemene doelen", "Inhoud", "geen duur", "Pauze", "anders", "training vanaf", "nodig", "Vullen",
        "dekt", "Weggelaten", "voegt niets toe", "vrij",
    ]

    /// The commands run on each curriculum: every kind of output about it.
    static func commands(plan: String, exercise: String, topic: String) -> [[String]] {
        [
            ["list"], ["list", "--depth", "2"], ["budget"], ["budget", "--target", "1d"],
            ["budget", "--target", "90h"],
            ["show", exercise], ["show", topic], ["show", "1"],
            [
                "plan", "--select", topic, "--date", "2027-03-09", "--participants", "12", "--trainers", "2",
                "--place", "Utrecht",
            ],
            ["plan", "--select", "1", "--days", "1", "--trainers", "1", "--participants", "1"],
            ["plan", plan], ["plan", "--fill", "--topics", topic], ["plan", plan, "-f", "csv"],
            ["plan", plan, "-f", "ics"],
            ["export", "--plan", plan, "--format", "txt"], ["export", "--format", "txt", "--module", "1"],
        ]
    }

    /// The words of `words` that `output` holds as whole words, leaving out those the curriculum's
    /// own text uses (a Dutch curriculum may quote an English word).
    static func foreignWords(in output: String, among words: [String], curriculumText: String) -> [String] {
        words.filter { word in
            let pattern = "(?<![\\p{L}])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}])"
            func holds(_ text: String) -> Bool { text.range(of: pattern, options: .regularExpression) != nil }
            return holds(output) && !holds(curriculumText)
        }
    }

    /// The text of every Markdown file of the curriculum, its plan files included.
    static func text(of folder: URL) throws -> String {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects ?? []
        return try files.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
            .map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var folder: String
        var plan: String
        var exercise: String
        var topic: String
        var lang: [String]
        var dutch: Bool
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "Dutch curriculum", folder: "curriculum/igma-femina", plan: "plans/module-1-niveau-1.plan.md",
            exercise: "1.A.1.1", topic: "1.A", lang: [], dutch: true),
        Case(
            name: "English curriculum", folder: "Tests/Fixtures/export/small-en", plan: "day.plan.md",
            exercise: "1.A.1.1", topic: "1.A", lang: [], dutch: false),
        Case(
            name: "Dutch curriculum --lang en", folder: "curriculum/igma-femina",
            plan: "plans/module-1-niveau-1.plan.md", exercise: "1.A.1.1", topic: "1.A", lang: ["--lang", "en"],
            dutch: false),
        Case(
            name: "English curriculum --lang nl", folder: "Tests/Fixtures/export/small-en", plan: "day.plan.md",
            exercise: "1.A.1.1", topic: "1.A", lang: ["--lang", "nl"], dutch: true),
    ]

    @Test(arguments: cases)
    func everyCommandSpeaksOneLanguage(_ language: Case) throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("course")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(language.folder), to: folder)
        if language.plan == "day.plan.md" {
            try """
            # A morning

            Curriculum: .
            Date: 2027-03-09
            Place: Utrecht
            Participants: 8

            - Welcome 10 min
            - 1.A.1.1
            - Break 15
            - 1.A.2.1

            """.write(to: folder.appendingPathComponent("day.plan.md"), atomically: true, encoding: .utf8)
        }
        let curriculumText = try Self.text(of: folder)
        for command in Self.commands(plan: language.plan, exercise: language.exercise, topic: language.topic) {
            let output = try CLI.run(language.lang + command, in: folder)
            #expect(!output.stdout.isEmpty, "\(command): \(output.stderr)")
            let foreign = Self.foreignWords(
                in: output.stdout, among: language.dutch ? Self.englishWords : Self.dutchWords,
                curriculumText: curriculumText)
            #expect(
                foreign.isEmpty, "\(language.name), \(command.joined(separator: " ")): \(foreign)\n\(output.stdout)")
        }
    }

    @Test func theReproducerOfIssue13ReadsDutch() throws {
        let output = try CLI.run(["plan", "curriculum/igma-femina/plans/module-1-niveau-1.plan.md"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Utrecht · 14 deelnemers · 2 trainers"))
        #expect(output.stdout.contains("Dag 1 · dinsdag 9 maart 2027 · 09:00-16:30"))
        #expect(output.stdout.contains("  Einde van dag 1: 16:00 — past met 30 min speling"))
        #expect(output.stdout.contains("Oordeel: past — 1 dag, 30 min speling op de krapste dag"))
    }

    @Test func reviewAndPlanDiffSpeakTheCurriculumsLanguage() throws {
        let given = "curriculum/igma-femina/plans/module-1-niveau-1-gegeven.plan.md"
        let planned = "curriculum/igma-femina/plans/module-1-niveau-1.plan.md"
        let review = try CLI.run(["review", given])
        #expect(review.stdout.contains("\nDag 1 · dinsdag 10 november 2026\n"), "\(review.stdout)")
        let english = try CLI.run(["--lang", "en", "review", given])
        #expect(english.stdout.contains("\nDay 1 · Tuesday 10 November 2026\n"))
        #expect(english.stdout.contains(" planned 15 min  actual 20 min"))
        let diff = try CLI.run(["plan", "diff", planned, given])
        #expect(diff.stdout.hasPrefix("Geen verschillen in oefeningen of begintijden tussen "), "\(diff.stdout)")
        let englishDiff = try CLI.run(["plan", "diff", planned, given, "--lang", "en"])
        #expect(englishDiff.stdout.hasPrefix("No differences in exercises or start times between "))
    }

    @Test func langOverridesTheCurriculumsLanguage() throws {
        let output = try CLI.run(["--lang", "en", "plan", "curriculum/igma-femina/plans/module-1-niveau-1.plan.md"])
        #expect(output.stdout.contains("Day 1 · Tuesday 9 March 2027 · 09:00-16:30"))
        #expect(output.stdout.contains("Verdict: fits — 1 day, 30 min slack on the tightest day"))
        let after = try CLI.run(["budget", "curriculum/igma-femina", "--lang=en"])
        #expect(after.stdout.hasPrefix("Modules\n"))
        #expect(after.stdout.contains("\nTopics\n"))
    }

    @Test func jsonKeepsItsKeysInEveryLanguage() throws {
        let dutch = try CLI.run(["plan", "curriculum/igma-femina/plans/module-1-niveau-1.plan.md", "-f", "json"])
        let english = try CLI.run([
            "--lang", "en", "plan", "curriculum/igma-femina/plans/module-1-niveau-1.plan.md", "-f", "json",
        ])
        #expect(dutch.status == 0)
        #expect(dutch.stdout == english.stdout)
    }

    @Test(arguments: [["--lang", "fr", "list"], ["list", "--lang"], ["--lang", "nl", "--lang", "en", "list"]])
    func aWrongLangIsAUsageError(_ arguments: [String]) throws {
        let output = try CLI.run(arguments)
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("--lang"))
    }
}
