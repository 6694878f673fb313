import Foundation
import Testing

@testable import CurriculumKit

/// Loads a curriculum under Tests/Fixtures/export/.
enum ExportFixture {
    static func curriculum(_ name: String) -> Curriculum? {
        CurriculumLoader().load(folder: Repository.fixture("export/\(name)")).curriculum
    }

    /// A one-day handout: the exercises one after another from 09:00, a break after the second.
    static func handout(
        _ exercises: [Exercise], of curriculum: Curriculum, date: String? = "2027-03-09", participants: Int? = 12,
        trainers: [String] = ["Anna de Vries", "Jan Smit"]
    ) -> Handout {
        var entries: [Handout.Entry] = []
        var clock = ClockTime(minutesSinceMidnight: 9 * 60)
        for (index, exercise) in exercises.enumerated() {
            let end = clock.adding(minutes: exercise.minutes.maximum)
            entries.append(Handout.Entry(start: clock, end: end, kind: .exercise(exercise)))
            clock = end
            if index == 1 {
                entries.append(Handout.Entry(start: clock, end: clock.adding(minutes: 15), kind: .pause(nil)))
                clock = clock.adding(minutes: 15)
            }
        }
        return Handout(
            curriculum: curriculum, title: "Day one", place: "Room 2", trainers: trainers,
            participantCount: participants,
            days: [Handout.Day(date: date.flatMap { CalendarDate($0) }, entries: entries)])
    }

    /// The levels of the headings in an HTML text, in order.
    static func headingLevels(_ html: String) -> [Int] {
        var levels: [Int] = []
        var rest = html[...]
        while let range = rest.range(of: "<h") {
            let after = rest[range.upperBound...]
            if let digit = after.first, let level = Int(String(digit)), (1...6).contains(level) { levels.append(level) }
            rest = after
        }
        return levels
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

/// Every format's structure on the shipped IGMA curriculum and on small fixtures.
@Suite struct ExportRenderingTests {
    static var igmaDay: (Handout, [Exercise]) {
        let curriculum = Shipped.curriculum
        let ids = ["1.D.1.1", "1.D.1.2", "1.D.2.1", "1.E.1.1", "1.E.1.2", "1.E.2.1"]
        let exercises = ids.compactMap { ExerciseID($0).flatMap(curriculum.exercise(id:)) }
        return (ExportFixture.handout(exercises, of: curriculum), exercises)
    }

    @Test func trainerHandoutHTMLOnTheShippedCurriculum() throws {
        let (handout, exercises) = Self.igmaDay
        #expect(exercises.count == 6)
        let html = HTMLRenderer().render(HandoutBuilder().document(for: handout))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("dinsdag 9 maart 2027"))
        #expect(ExportFixture.count("<article id=\"ex-", in: html) == 6)
        #expect(ExportFixture.count("class=\"exercise page\"", in: html) == 6)
        #expect(html.contains("<section id=\"checklist\" class=\"checklist page\">"))
        #expect(html.contains("<section class=\"notes page\">"))
        // The agenda: a table with column and row headers, each exercise linked, times with an en dash.
        #expect(
            html.contains(
                "<th scope=\"col\">Tijd</th><th scope=\"col\">Onderdeel</th><th scope=\"col\" class=\"num\">Duur</th>"))
        #expect(html.contains("<th scope=\"row\">09:00–09:30</th>"))
        #expect(html.contains("<tr class=\"quiet\"><th scope=\"row\">10:20–10:35</th><td><em>Pauze</em></td>"))
        // Exercises in agenda order, each once in the agenda and once as an article.
        var position = html.startIndex
        for exercise in exercises {
            let anchor = "<article id=\"ex-\(exercise.id.description.split(separator: ".").joined(separator: "-"))\""
            let found = try #require(
                html.range(of: anchor, range: position..<html.endIndex), "\(exercise.id) after the previous one")
            position = found.upperBound
            #expect(
                html.contains("href=\"#ex-\(exercise.id.description.split(separator: ".").joined(separator: "-"))\""))
        }
        // Dutch labels, and the trainer's parts.
        for label in [
            "Leerdoelen", "Werkwijze", "Feedback", "Bijlagen", "Gepland", "Duur", "Bijlagen om af te drukken",
            "Notities",
        ] {
            #expect(html.contains(">\(label)<"), "label \(label)")
        }
        // Headings start at h1 and never skip a level going down.
        let levels = ExportFixture.headingLevels(html)
        #expect(levels.first == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) then h\(next)")
        }
        // Self-contained: no scripts, no external resources.
        for forbidden in ["<script", "<link", "src=", "@import", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // Print CSS.
        for rule in [
            "size: A4", ".page { break-before: page; }", "break-after: avoid",
            "@bottom-right { content: counter(page);",
        ] {
            #expect(html.contains(rule), "\(rule)")
        }
    }

    @Test func checklistCountsCopiesAndMergesMaterials() {
        let (handout, _) = Self.igmaDay
        let list = PreparationChecklist(exercises: handout.exercises, catalogue: Shipped.curriculum.annexCatalogue)
        #expect(list.annexes.map(\.id.description) == ["1.D.1.1 bijlage 1", "1.D.1.1 bijlage 2", "1.B.2.2 bijlage 1"])
        #expect(list.annexes.first?.exercises.map(\.description) == ["1.D.1.1", "1.D.1.2"])
        #expect(PreparationChecklist.copies(participants: 12, trainers: 2) == 14)
        #expect(PreparationChecklist.copies(participants: 12, trainers: 0) == 13)
        #expect(PreparationChecklist.copies(participants: nil, trainers: 2) == nil)
        let names = list.materials.map(\.name)
        #expect(names == ["flipover", "flap-over", "post-its", "papier", "bord"])
        #expect(list.materials.filter(\.isRoomEquipment).map(\.name) == ["flipover", "flap-over", "bord"])
        #expect(list.preparation.map(\.exercise.description) == ["1.D.2.1"])
        let text = DocumentTextRenderer().render(HandoutBuilder().document(for: handout))
        #expect(text.contains("Exemplaren: 12 deelnemers + 2 trainers."))
        #expect(text.contains("[ ] post-its [1.E.1.1, 1.E.2.1]"))
    }

    @Test func materialsMergeAcrossSpellings() throws {
        let curriculum = try #require(ExportFixture.curriculum("small-en"))
        let list = PreparationChecklist(exercises: curriculum.exercises, catalogue: curriculum.annexCatalogue)
        #expect(list.materials.map(\.name) == ["post-its", "Flip-over", "markers", "stickers"])
        #expect(
            list.materials.first { $0.name == "Flip-over" }?.exercises.map(\.description) == ["1.A.1.1", "1.A.2.1"])
        #expect(list.annexes.map(\.exercises.count) == [2, 1], "an annex two exercises use is printed once per person")
        #expect(list.groupSizes.map(\.text) == ["pairs"])
        #expect(PreparationChecklist.isEquipment("whiteboard of flipover"))
        #expect(!PreparationChecklist.isEquipment("Flip Chart paper"), "paper for the flip chart is a supply")
        #expect(PreparationChecklist.isEquipment("flip chart or the blackboard"))
        #expect(!PreparationChecklist.isEquipment("post-it notes"))
        #expect(!PreparationChecklist.isEquipment("borduurgaren"))
    }

    @Test func participantHandoutLeavesOutTrainerInstructions() {
        let (handout, exercises) = Self.igmaDay
        let document = HandoutBuilder(audience: .participants).document(for: handout)
        let html = HTMLRenderer().render(document)
        #expect(document.kind == .participantHandout)
        #expect(html.contains("<p class=\"lead\">Deelnemershandout · dinsdag 9 maart 2027</p>"))
        #expect(html.contains(">Leerdoelen<") && html.contains(">Bijlagen<") && html.contains(">Programma<"))
        for trainerOnly in [">Werkwijze<", ">Feedback<", ">Voorbereiding van de dag<", ">Materiaal<", "Exemplaren"] {
            #expect(!html.contains(trainerOnly), "\(trainerOnly)")
        }
        // No procedure text at all.
        for exercise in exercises {
            for step in exercise.procedure where step.text.count > 20 {
                #expect(!html.contains(HTMLRenderer.escape(step.text)), "\(exercise.id) procedure")
            }
        }
        let levels = ExportFixture.headingLevels(html)
        for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1) }
    }

    @Test func bookletOfTheWholeShippedCurriculum() throws {
        let curriculum = Shipped.curriculum
        let document = try #require(BookletBuilder().document(for: curriculum))
        let html = HTMLRenderer().render(document)
        #expect(ExportFixture.count("<article id=\"ex-", in: html) == 89)
        #expect(ExportFixture.count("<section id=\"module-", in: html) == 5)
        #expect(html.contains("<nav id=\"contents\" class=\"contents\">"))
        for module in curriculum.modules {
            #expect(html.contains("href=\"#module-\(module.number)\""))
            for topic in module.topics {
                #expect(html.contains("href=\"#topic-\(topic.id.module)-\(topic.id.letter)\""))
            }
        }
        #expect(html.contains(">Algemene doelen<"))
        #expect(html.contains(">Niveau 1: Kennis<"))
        let levels = ExportFixture.headingLevels(html)
        #expect(levels.first == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "h\(previous) then h\(next)")
        }
        // Every exercise in course order.
        let markdown = MarkdownRenderer().render(document)
        var position = markdown.startIndex
        for exercise in curriculum.exercises {
            let found = try #require(
                markdown.range(
                    of: "<a id=\"\(CurriculumTextNodes.anchor(exercise.id))\"></a>", range: position..<markdown.endIndex
                ))
            position = found.upperBound
        }
    }

    @Test func bookletOfOneModule() throws {
        let curriculum = Shipped.curriculum
        let document = try #require(BookletBuilder(module: 2).document(for: curriculum))
        #expect(document.title.hasPrefix("Module 2: "))
        let headings = document.headings
        #expect(headings.first?.level == 1 && headings.first?.text == document.title)
        #expect(
            headings.filter { $0.level == 3 }.map(\.text).filter { $0.hasPrefix("2.") }.count == 5,
            "one heading per topic")
        for (previous, next) in zip(headings, headings.dropFirst()) {
            #expect(next.level <= previous.level + 1, "\(previous.text) then \(next.text)")
        }
        let text = DocumentTextRenderer().render(document)
        #expect(text.contains("2.A.1.1"))
        #expect(!text.contains("1.A.1.1 "))
        #expect(BookletBuilder(module: 9).document(for: curriculum) == nil)
    }

    @Test func markdownStructure() throws {
        let (handout, exercises) = Self.igmaDay
        let markdown = MarkdownRenderer().render(HandoutBuilder().document(for: handout))
        #expect(markdown.hasPrefix("<sub>IGMA Femina training curriculum</sub>\n\n# Day one\n"))
        #expect(markdown.contains("| Tijd | Onderdeel | Duur |\n| --- | --- | ---: |\n"))
        for exercise in exercises {
            #expect(markdown.contains("\n## \(exercise.id) \(MarkdownRenderer.escape(exercise.title))\n"))
        }
        #expect(
            ExportFixture.count("\n---\n", in: markdown) == exercises.count + 1,
            "a rule before each exercise and the checklist")
        #expect(markdown.contains("- [ ] post-its — *1.E.1.1, 1.E.2.1*"))
        #expect(!markdown.contains("Notities"), "the notes page is for paper")
    }

    @Test func plainTextIsWrappedAt80Columns() {
        let (handout, exercises) = Self.igmaDay
        let text = DocumentTextRenderer().render(HandoutBuilder().document(for: handout))
        for line in text.split(separator: "\n") where line.contains(" ") {
            // A line may only run long when it is one word too long to break (a URL).
            let words = line.split(separator: " ")
            #expect(DisplayWidth.of(line) <= 80 || words.contains { DisplayWidth.of($0) > 40 }, "\(line)")
        }
        for exercise in exercises { #expect(text.contains(exercise.id.description)) }
        #expect(!text.contains("<") || !text.contains("</"), "no markup")
    }

    @Test func escapingInEveryFormat() throws {
        let curriculum = try #require(ExportFixture.curriculum("escaping"))
        let handout = ExportFixture.handout(curriculum.exercises, of: curriculum)
        for document in [
            HandoutBuilder().document(for: handout), try #require(BookletBuilder().document(for: curriculum)),
        ] {
            let html = HTMLRenderer().render(document)
            #expect(!html.contains("<script"), "no script element, ever")
            #expect(!html.contains("<img"), "no image element from text")
            #expect(!html.contains("<em>sub</em>"), "raw HTML in text stays text")
            #expect(!html.lowercased().contains("javascript:") || html.contains("[x](javascript:") == false)
            #expect(!html.contains("href=\"javascript"), "no script link")
            #expect(!html.contains("href=\"data:"), "no data link")
            #expect(html.contains("&lt;script&gt;alert('step')&lt;/script&gt;"))
            #expect(html.contains("A &amp; B | C"))
            #expect(html.contains("<a href=\"https://example.org/guide_(v2)\">the guide</a>"))
            let markdown = MarkdownRenderer().render(document)
            // Outside code spans (where GitHub shows text literally), every `<` is escaped.
            let prose = markdown.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter {
                $0.offset % 2 == 0
            }.map(\.element).joined()
            let unescaped = prose.ranges(of: "<script").filter { range in
                range.lowerBound == prose.startIndex || prose[prose.index(before: range.lowerBound)] != "\\"
            }
            #expect(unescaped.isEmpty, "Markdown escapes HTML too: every < is written \\<")
            #expect(markdown.contains("\\<script\\>alert('step')\\</script\\>"))
            #expect(!markdown.contains("](javascript"))
            let text = DocumentTextRenderer().render(document)
            #expect(text.contains("<script>alert('step')</script>"), "plain text prints it as written")
        }
        // The title of the document is escaped in <title> and in the CSS footer.
        let html = HTMLRenderer().render(try #require(BookletBuilder().document(for: curriculum)))
        #expect(html.contains("<title>Tricky &lt;b&gt;course&lt;/b&gt; &amp; \"friends\"</title>"))
        #expect(html.contains("content: \"Tricky \\3c b\\3e course\\3c /b\\3e  \\26  \\22 friends\\22 \""))
    }

    @Test func severalDaysGetAnAgendaEach() throws {
        let curriculum = Shipped.curriculum
        let first = ExportFixture.handout(Array(curriculum.exercises.prefix(3)), of: curriculum, date: "2027-03-09")
        let second = ExportFixture.handout(
            Array(curriculum.exercises.dropFirst(3).prefix(2)), of: curriculum, date: "2027-03-10")
        var handout = first
        handout.days += second.days
        handout.days[1].heading = "Dag 2: praktijk"
        let text = DocumentTextRenderer().render(HandoutBuilder().document(for: handout))
        #expect(text.contains("Datum:       dinsdag 9 maart 2027 – woensdag 10 maart 2027"))
        #expect(text.contains("Dag 1 · dinsdag 9 maart 2027\n~~~~"))
        #expect(text.contains("Dag 2: praktijk · woensdag 10 maart 2027\n~~~~"))
        #expect(
            text.contains("Gepland:  woensdag 10 maart 2027, 09:00–"), "with several days an exercise says which day")
        #expect(!text.contains("Tijd:        "), "no single day's hours on the cover")
    }

    /// A schedule from the planner, with a range of durations: both readings of every time.
    @Test func handoutOfAScheduleWithRanges() throws {
        let curriculum = Shipped.curriculum
        let exercises = ["4.A.1.1", "4.A.1.2"].compactMap { ExerciseID($0).flatMap(curriculum.exercise(id:)) }
        let frame = try #require(curriculum.manifest.dayFrame)
        var metadata = PlanMetadata(
            title: "Werkgevers", dates: [try #require(CalendarDate("2027-03-16"))], participants: 8, language: .dutch)
        metadata.trainerCount = 1
        let policy = BreakPolicy(manifest: curriculum.manifest, settings: PlanSettings(), autoBreaks: true)
        let schedule = Scheduler(curriculum: curriculum, policy: policy).split(
            exercises, frame: frame, metadata: metadata
        ).schedule
        let handout = Handout(schedule: schedule, curriculum: curriculum)
        #expect(handout.exercises.map(\.id.description) == ["4.A.1.1", "4.A.1.2"])
        #expect(
            handout.days.first?.entries.contains { if case .pause = $0.kind { return true } else { return false } }
                == true, "the inserted break is on the agenda")
        let text = DocumentTextRenderer().render(HandoutBuilder().document(for: handout))
        #expect(text.contains("dinsdag 16 maart 2027"))
        #expect(text.contains("09:00–10:30…11:00"), "earliest…latest end of a 90-120 min exercise")
        #expect(text.contains("Oefeningen:  2 oefeningen, 2 uur 15 min – 2 uur 45 min"))
        #expect(text.contains("Exemplaren: 8 deelnemers + 1 trainer."))
    }

    @Test func englishLabelsAndDates() throws {
        let curriculum = try #require(ExportFixture.curriculum("small-en"))
        let html = HTMLRenderer().render(
            HandoutBuilder().document(for: ExportFixture.handout(curriculum.exercises, of: curriculum)))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Tuesday 9 March 2027"))
        for label in [
            "Learning goals", "Procedure", "Feedback", "Annexes", "Materials", "Agenda", "Annexes to print", "Copies",
            "Notes",
        ] {
            #expect(html.contains(">\(label)<"), "\(label)")
        }
    }
}
