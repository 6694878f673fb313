import Foundation
import Testing

@testable import CurriculumKit

/// The shipped IGMA Femina curriculum: it parses cleanly, has the book's shape, and its exercises
/// say what the book says.
@Suite struct ShippedCurriculumTests {
    @Test func parsesWithoutErrors() {
        let errors = Shipped.result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location?.description ?? ""): \($0.message)" })")
        #expect(Shipped.result.files.count == 7)
    }

    @Test func manifest() {
        let manifest = Shipped.curriculum.manifest
        #expect(manifest.title == "IGMA Femina training curriculum")
        #expect(manifest.language == .dutch)
        #expect(manifest.levelNames == [1: "Kennis", 2: "Praktijk"])
        #expect(manifest.dayFrame?.description == "09:00-16:30")
        #expect(
            manifest.moduleFiles.map(\.path) == [
                "module-0.md", "module-1.md", "module-2.md", "module-3.md", "module-4.md",
            ])
        #expect(!manifest.description.isBlank)
    }

    /// Every file name the folder cites (`ERRATA.md`, `annexes.md`, `plans/….plan.md`, in text or
    /// in comments) names a file that exists: in the folder (at any depth) or, for a path with a
    /// folder in it, from the repository root (`docs/rules.md`).
    @Test func citedFilesExist() throws {
        let folder = Repository.shippedCurriculum
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        let names = Set(files.map { ($0 as NSString).lastPathComponent })
        let pattern = try Regex(#"[A-Za-z0-9_./-]*[A-Za-z0-9_-]\.md\b"#)
        var missing: [String] = []
        for file in files.sorted() where file.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for match in line.matches(of: pattern) {
                    let cited = String(line[match.range])
                    let paths = [folder, Repository.root].map { $0.appendingPathComponent(cited).path }
                    let exists =
                        cited.contains("/")
                        ? paths.contains { FileManager.default.fileExists(atPath: $0) } : names.contains(cited)
                    if !exists { missing.append("\(file):\(index + 1): \(cited)") }
                }
            }
        }
        #expect(missing.isEmpty, "cited files that do not exist: \(missing)")
    }

    /// Modules, topics, levels and exercises per topic, as the body of the book has them.
    @Test func shape() {
        let curriculum = Shipped.curriculum
        #expect(curriculum.modules.map(\.number) == [0, 1, 2, 3, 4])
        #expect(curriculum.modules.map { $0.exercises.count } == [7, 21, 22, 19, 20])
        #expect(curriculum.exercises.count == 89)
        #expect(
            curriculum.modules.map { $0.topics.map { "\($0.id.letter)" }.joined() } == [
                "ABC", "ABCDE", "ABCDE", "ABCD", "ABCDE",
            ])
        let perTopic = curriculum.modules.map { $0.topics.map { $0.exercises.count } }
        #expect(perTopic == [[2, 2, 3], [4, 4, 5, 4, 4], [5, 5, 4, 4, 4], [5, 4, 6, 4], [4, 4, 4, 4, 4]])
        #expect(!curriculum.modules[0].hasLevels)
        for module in curriculum.modules.dropFirst() {
            #expect(module.hasLevels)
            for topic in module.topics { #expect(topic.levels.map(\.number) == [1, 2], "\(topic.id)") }
        }
        for module in curriculum.modules {
            #expect(!module.introduction.isBlank, "module \(module.number) has an introduction")
            #expect(!module.goals.isEmpty, "module \(module.number) has goals")
        }
    }

    /// Total minutes per module, from the durations as the book means them: its four "1,30 uur"
    /// are 1 uur 30 (ERRATA.md), so the whole adds up to the book's own planned 6430-6475 minutes.
    @Test func totalMinutesPerModule() {
        let totals = Shipped.curriculum.modules.map(\.totalMinutes)
        #expect(
            totals == [
                Duration(minutes: 390), Duration(minutes: 1505), Duration(minutes: 1685),
                Duration(minutes: 1275), Duration(minimum: 1575, maximum: 1620),
            ])
        let minimum = totals.reduce(0) { $0 + $1.minimum }
        let maximum = totals.reduce(0) { $0 + $1.maximum }
        #expect((minimum, maximum) == (6430, 6475))
        let ambiguous = Shipped.curriculum.exercises.filter { $0.duration?.alternative != nil }.map(\.id)
        #expect(ambiguous.isEmpty, "durations the book writes ambiguously are written as meant: \(ambiguous)")
        #expect(Shipped.curriculum.exercises.allSatisfy { $0.duration?.value != nil })
    }

    /// The book's opening (its lines 1-119: background, partnership, the figures, the three actions,
    /// the methodology, how the package and each exercise are laid out) is in the manifest whole:
    /// one sentence of each of its paragraphs, and about as many words as the book has.
    @Test func theBooksGeneralIntroductionIsCarriedOverWhole() {
        let text = Shipped.curriculum.manifest.description.plainText
        for sentence in [
            "Het project heeft een looptijd van 36 maanden.",
            "In 2015 hebben meer dan 1.3 miljoen vluchtelingen asiel aangevraagd in Europa.",
            "Om deze discriminatie te kunnen verminderen zijn er drie acties nodig:",
            "Professionalisering van de betrokken staf",
            "Actieve betrokkenheid van werkgevers binnen het lokale.",
            "De methode als zodanig biedt al veel houvast voor de steun die migrantenvrouwen nodig hebben.",
            "In het igma Femina project worden enkele ontbrekende elementen aan de methode toegevoegd",
            "Algemene inleiding in het IGMA Femina training curriculum",
            "Het materiaal bestaat uit een handboek dat de methode beschrijft",
            "Daarnaast is er een cursusbeschrijving. Deze is echter zeer flexibel.",
            "Deze introductie kan door de trainer worden gebruikt in zijn/haar voorbereiding.",
            "Onder de rubriek van ondersteunende materialen kan men de verwijzing vinden",
            "Hieronder volgt een korte omschrijving van elke module.",
        ] {
            #expect(text.contains(sentence), "the introduction lacks: \(sentence)")
        }
        let opening = text.components(separatedBy: "De training is bedoeld").first ?? ""
        let words = opening.split(whereSeparator: { $0.isWhitespace }).count
        #expect(words > 950, "\(words) words of the book's 991")
    }

    /// The book introduces each topic before its levels; 2.A, 2.B and 2.D carried their topic's
    /// introduction under `### Niveau 1`, leaving the topic itself without one. (2.C's first level
    /// has text of its own, about that level's exercises.)
    @Test(arguments: [("2.A", true), ("2.B", true), ("2.C", false), ("2.D", true), ("1.E", true)])
    func topicIntroductionsSitUnderTheTopic(_ id: String, levelHasNoIntroduction: Bool) throws {
        let topic = try #require(TopicID(id).flatMap { Shipped.curriculum.topic(id: $0) })
        #expect(!topic.introduction.isBlank, "\(id) has its introduction")
        let first = try #require(topic.levels.first)
        #expect(first.introduction.isBlank == levelHasNoIntroduction, "\(id)'s first level")
    }

    @Test func annexReferencesAndCatalogue() throws {
        let curriculum = Shipped.curriculum
        let references = curriculum.exercises.flatMap(\.annexes)
        #expect(references.count == 133)
        let catalogue = try #require(curriculum.annexCatalogue)
        #expect(catalogue.entries.count == 87)
        #expect(catalogue.defaultLocation?.contains("Moodle") == true)
        #expect(Set(catalogue.entries.map(\.id)).count == catalogue.entries.count, "catalogue IDs are unique")
        // Every exercise-owned annex in the catalogue belongs to an exercise that exists.
        for entry in catalogue.entries {
            let owner = try #require(ExerciseID(entry.id.owner), "\(entry.id)")
            #expect(curriculum.exercise(id: owner) != nil, "\(entry.id) has no owner")
        }
    }

    /// Exercises whose step times the parser once read only in part (issue 18, item 5), with the
    /// total the book writes.
    @Test(arguments: [("4.A.1.1", 60, 60), ("2.D.2.2", 60, 60), ("2.B.1.1", 20, 30)])
    func stepTimesAreReadAsTheBookWritesThem(_ id: String, minimum: Int, maximum: Int) throws {
        let exerciseID = try #require(ExerciseID(id))
        let exercise = try #require(Shipped.curriculum.exercise(id: exerciseID))
        #expect(exercise.timedStepTotal == Duration(minimum: minimum, maximum: maximum))
    }

    /// The other exercises of issue 18, item 5, with the total the book writes for steps, sub-steps
    /// and feedback together, as the step-sum rule (CUR306, CUR307) adds them.
    @Test(arguments: [
        ("2.D.2.1", 115), ("3.B.2.2", 90), ("4.B.1.2", 60), ("4.D.2.1", 120), ("4.D.2.2", 110), ("4.E.1.1", 45),
        ("4.E.2.2", 50),
    ])
    func stepAndFeedbackTimesAreReadAsTheBookWritesThem(_ id: String, minutes: Int) throws {
        let exerciseID = try #require(ExerciseID(id))
        let exercise = try #require(Shipped.curriculum.exercise(id: exerciseID))
        let feedback = ProcedureStep.timedTotal(of: FieldInterpreter.steps(from: exercise.feedback)) ?? .zero
        #expect(exercise.timedStepTotal.map { $0 + feedback } == Duration(minutes: minutes))
    }

    @Test func knownBookInconsistenciesAreKeptForTheChecker() throws {
        let curriculum = Shipped.curriculum
        // 1.B.1.2 cites the SWOT annex as 0.A.2 bijlage 1; the annex is 0.C.2 bijlage 1 (ERRATA.md).
        let swotID = try #require(ExerciseID("1.B.1.2"))
        let swot = try #require(curriculum.exercise(id: swotID))
        #expect(swot.annexes.map(\.id) == [AnnexID(owner: "0.A.2", number: 1)])
        #expect(curriculum.annexCatalogue?.entry(id: AnnexID(owner: "0.A.2", number: 1)) == nil)
        #expect(curriculum.annexCatalogue?.entry(id: AnnexID(owner: "0.C.2", number: 1)) != nil)
        // The book's misnumbered 0.C.1.2 is 0.C.3, at the book's place, with an erratum in place.
        let topicID = try #require(TopicID("0.C"))
        let topic = try #require(curriculum.topic(id: topicID))
        #expect(topic.exercises.map(\.id.description) == ["0.C.1", "0.C.3", "0.C.2"])
        #expect(curriculum.comments.contains { $0.isErratum && $0.text.contains("0.C.1.2") })
    }

    /// Expected values for 24 exercises, taken from the book by hand (Tests/Fixtures/igma-book).
    struct Expected: Decodable, CustomTestStringConvertible, Sendable {
        struct Annex: Decodable, Sendable {
            var id: String
            var title: String
        }
        var id: String
        var sourceLines: String
        var title: String
        var goals: [String]
        var duration: String
        var durationMinutes: [Int]
        var procedureStepCount: Int
        var firstStep: String
        var lastStep: String
        var stepMinutes: [Int?]
        var feedback: String
        var annexes: [Annex]
        var otherSupport: [String]
        var materials: [String]
        var testDescription: String { "\(id) (book lines \(sourceLines))" }
    }

    static let expected: [Expected] = (0...4).flatMap { module -> [Expected] in
        let url = Repository.fixtures.appendingPathComponent("igma-book/expected-module-\(module).json")
        guard let data = try? Data(contentsOf: url), let list = try? JSONDecoder().decode([Expected].self, from: data)
        else { return [] }
        return list
    }

    @Test func expectationsCoverEveryModule() {
        #expect(Self.expected.count >= 10)
        #expect(Set(Self.expected.compactMap { ExerciseID($0.id)?.module }) == [0, 1, 2, 3, 4])
    }

    @Test(arguments: expected)
    func exerciseMatchesTheBook(_ book: Expected) throws {
        let id = try #require(ExerciseID(book.id))
        let exercise = try #require(Shipped.curriculum.exercise(id: id))
        #expect(exercise.title == book.title)
        #expect(exercise.goals.map(\.text) == book.goals)
        #expect(exercise.duration?.text == book.duration)
        #expect(
            exercise.duration?.value == Duration(minimum: book.durationMinutes[0], maximum: book.durationMinutes[1]))
        #expect(exercise.procedure.count == book.procedureStepCount)
        #expect(exercise.procedure.first?.text == book.firstStep)
        #expect(exercise.procedure.last?.text == book.lastStep)
        #expect(exercise.procedure.map { $0.duration?.minimum } == book.stepMinutes)
        let feedback = exercise.feedback.plainText.split(separator: "\n").filter { !$0.isEmpty }.joined(separator: "\n")
        #expect(feedback == book.feedback)
        #expect(exercise.annexes.map { $0.id.description } == book.annexes.map(\.id))
        #expect(exercise.annexes.map { $0.title ?? "" } == book.annexes.map(\.title))
        #expect(exercise.otherSupport.map(\.text) == book.otherSupport)
        #expect(exercise.materials.map(\.name) == book.materials)
    }
}
