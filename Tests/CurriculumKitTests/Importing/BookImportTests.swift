import Foundation
import Testing

@testable import CurriculumKit

/// `BookImporter` on books written for these tests in other layouts and labels than the IGMA
/// book (Tests/Fixtures/books): English with handouts and resources, Dutch with labels in a
/// column of their own. Each promise of issue 16 is pinned on a line the fixture holds.
@Suite struct BookImportTests {
    static func book(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repository.fixture("books/\(name)"))))
    }

    /// Imports a fixture and loads the written folder back, as `check` would.
    static func load(_ name: String, language: Language? = nil) throws -> (
        BookImporter.Outcome, Curriculum, CheckReport
    ) {
        let outcome = try BookImporter.importBook(try book(name), path: name, language: language).get()
        var files: [String: [UInt8]] = [:]
        for file in outcome.files { files["out/" + file.name] = Array(file.text.utf8) }
        let fileSystem = InMemoryFileSystem(bytes: files)
        let loaded = CurriculumLoader(fileSystem: fileSystem).load(folder: "out")
        let report = Checker(loader: CurriculumLoader(fileSystem: fileSystem)).check(paths: ["out"])
        return (outcome, try #require(loaded.curriculum), report)
    }

    static func text(_ outcome: BookImporter.Outcome, _ name: String) -> String {
        outcome.files.first { $0.name == name }?.text ?? ""
    }

    @Test func englishBookWithHandoutsAndResources() throws {
        let (outcome, curriculum, report) = try Self.load("english-handouts.txt")
        #expect(outcome.language == .english)
        #expect(curriculum.exercises.map(\.id.description) == ["1.A.1.1", "1.A.1.2", "1.B.1.1", "1.B.1.2"])
        #expect(curriculum.exercises.map(\.minutes.minimum) == [45, 60, 30, 60])
        #expect(
            curriculum.exercises.map { $0.annexes.map(\.id.description) } == [
                ["1.A.1.1 bijlage 1"], ["1.A.1.2 bijlage 1"], ["1.B.1.1 bijlage 1"], ["1.B.1.2 bijlage 1"],
            ])
        #expect(
            curriculum.exercises.map(\.title) == [
                "Knowing your client", "Listening skills", "Building a network", "Reading the labour market",
            ])
        // Several labels on one line: `Objective: … Time: 30 minutes`.
        #expect(curriculum.exercises[2].goals.map(\.text) == ["Map the local network"])
        #expect(curriculum.exercises[1].goals.count == 2)
        #expect(curriculum.exercises[0].procedure.count == 2)
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.message))")
        // Headings with their introductions.
        let first = try #require(curriculum.modules.first)
        #expect(first.title == "Coaching basics")
        #expect(first.introduction.map(\.plainText) == ["This module introduces the work of a career coach."])
        #expect(curriculum.topics.map(\.title) == ["Getting to know the client", "Networks"])
        #expect(
            curriculum.topics[0].introduction.map(\.plainText) == [
                "The exercises of this topic are about the first meetings."
            ])
        #expect(curriculum.topics[0].levels.map(\.number) == [1])
        let module = Self.text(outcome, "module-1.md")
        #expect(!module.contains("Career Coaching Handbook - page"), "page headers are furniture")
        #expect(module.contains("observes the conversation"), "hyphenation undone")
        #expect(!module.contains("Contents"), "the table of contents is not imported as text")
        let report2 = Self.text(outcome, "IMPORT.md")
        #expect(report2.contains("**Line 24** (1.A.1.1): the book says “I.A.1.1”"))
        #expect(report2.contains("**Line 50** (1.B.1.1): the book says “1.8.1.1”"))
        #expect(report2.contains("**Line 54** (1.B.1.1): the book says “annex 1”; a reference without an ID"))
        // The table of contents lists the title under 1.B.1.2: the body's 1.B.1.9 is a misprint.
        #expect(
            report2.contains(
                "**Line 58** (1.B.1.2): the book says “1.B.1.9 Reading the labour market”; read as 1.B.1.2"))
    }

    @Test func dutchBookWithLabelsInAColumn() throws {
        let (outcome, curriculum, report) = try Self.load("dutch-columns.txt")
        #expect(outcome.language == .dutch)
        #expect(curriculum.exercises.map(\.id.description) == ["0.A.1", "0.A.2", "0.B.1"])
        let expectations = curriculum.exercises[1]
        #expect(expectations.title == "Verwachtingen")
        #expect(expectations.goals.map(\.text) == ["Verwachtingen van de training benoemen"])
        #expect(expectations.minutes == Duration(minutes: 60))
        #expect(expectations.annexes.map(\.id.description) == ["0.A.2 bijlage 1"])
        // A bare `bijlage 1` is the current exercise's.
        #expect(curriculum.exercises[0].annexes.map(\.id.description) == ["0.A.1 bijlage 1"])
        #expect(curriculum.exercises[2].annexes.map(\.id.description) == ["0.B.1 bijlage 1", "0.B.1 bijlage 2"])
        #expect(curriculum.exercises[2].annexes.map(\.title) == ["Cijfers over de regio", "Kaart van de regio"])
        #expect(curriculum.exercises[0].timedStepTotal == Duration(minutes: 30))
        #expect(curriculum.modules.first?.title == "Introductie van de training")
        #expect(curriculum.topics.map(\.title) == ["Kennismaking", "De arbeidsmarkt"])
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.message))")
        let importReport = Self.text(outcome, "IMPORT.md")
        #expect(importReport.contains("**Line 30** (0.A.2): the book says “O.A.2”; read as 0.A.2"))
        #expect(importReport.contains("**Line 54** (0.B): the book says “Doelen: Werkwijze:”; two labels side by side"))
        #expect(importReport.contains("standing alone on lines 9, 28, 50, 70"))
        #expect(Self.text(outcome, "module-0.md").contains("overzicht van de vacatures"), "hyphenation undone")
        #expect(curriculum.exercises[2].timedStepTotal == Duration(minutes: 90))
    }

    @Test func theLanguageAskedForChoosesTheLabels() throws {
        let (outcome, _, _) = try Self.load("english-handouts.txt", language: .dutch)
        let module = Self.text(outcome, "module-1.md")
        #expect(module.contains("Leerdoelen: Understand the client's situation"))
        #expect(module.contains("- 1.A.1.1 bijlage 1: Intake form"))
        #expect(Self.text(outcome, "curriculum.md").contains("Taal: nl"))
    }

    @Test func theAnnexCatalogueListsEveryReferencedAnnex() throws {
        let (outcome, curriculum, _) = try Self.load("dutch-columns.txt")
        let catalogue = try #require(curriculum.annexCatalogue)
        #expect(
            catalogue.entries.map(\.id.description) == [
                "0.A.1 bijlage 1", "0.A.2 bijlage 1", "0.B.1 bijlage 1", "0.B.1 bijlage 2",
            ])
        #expect(Self.text(outcome, "annexes.md").contains("- 0.A.2 bijlage 1: Verwachtingenformulier"))
    }

    @Test(arguments: [
        ("empty.txt", DiagnosticCode.bookNotText),
        ("no-exercises.txt", DiagnosticCode.bookWithoutExercises),
    ])
    func badBooksAreRefused(_ name: String, _ code: DiagnosticCode) throws {
        let result = BookImporter.importBook(try Self.book(name), path: name, language: nil)
        guard case .failure(let diagnostic) = result else {
            Issue.record("\(name) was imported")
            return
        }
        #expect(diagnostic.code == code)
        #expect(diagnostic.isUnreadableInput)
    }

    @Test func aBinaryBookIsRefused() {
        let result = BookImporter.importBook([0x31, 0x2E, 0x41, 0x00, 0x0A], path: "book.pdf", language: nil)
        guard case .failure(let diagnostic) = result else {
            Issue.record("a binary file was imported")
            return
        }
        #expect(diagnostic.code == .bookNotText)
        #expect(diagnostic.message.contains("NUL byte"))
    }
}
