import Testing

@testable import CurriculumKit

/// Issue 12, case 9: the preparation checklist counts copies only of what is printed, and lists
/// slides, videos, links and platforms as things to show or open.
@Suite struct AnnexKindTests {
    @Test(
        arguments: [
            ("PowerPoint sheets ter algemene introductie van IGMA Femina", nil, AnnexKind.show),
            ("Video: Elevator pitch", nil, .show),
            ("Videos about explaining gender mainstreaming", nil, .show),
            ("PPT, Bread and Roses YouTube clip, Local statistics", nil, .show),
            ("Presentatie", "bijlagen/actieplanning.pptx", .show),
            ("Oefening op Moodle", nil, .digital),
            ("Quiz", "https://kahoot.it/abc", .digital),
            ("Achtergrond", "https://www.example.org/artikel", .link),
            ("Rules poster", "https://example.org/posters/rules.pdf", .print),
            ("Clip", "https://youtu.be/abc", .show),
            ("De sociale kaart", nil, .print),
            ("Checklist voor een loopbaangesprek", "bijlagen/checklist.pdf", .print),
            ("Interculturele Communicatie", nil, .print),
        ] as [(String, String?, AnnexKind)])
    func kindIsInferredFromTitleAndTarget(title: String, target: String?, kind: AnnexKind) {
        #expect(AnnexKind.inferred(title: title, target: target.map(AnnexTarget.init(written:))) == kind)
    }

    @Test func theShippedChecklistPrintsNoVideosSlidesOrLinks() throws {
        let curriculum = Shipped.curriculum
        let list = PreparationChecklist(exercises: curriculum.exercises, catalogue: curriculum.annexCatalogue)
        let printed = list.toPrint.compactMap(\.title)
        for word in ["powerpoint", "ppt", "video", "youtube", "presentatie"] {
            #expect(!printed.contains { $0.lowercased().contains(word) }, "\(word) is printed: \(printed)")
        }
        let shown = list.toShowOrOpen.compactMap(\.title)
        for title in [
            "PowerPoint sheets", "Video: voorbeeld", "PowerPoint Presentatie over", "Bread and Roses YouTube",
        ] {
            #expect(shown.contains { $0.contains(title) }, "\(title) in \(shown)")
        }
        #expect(list.toPrint.count + list.toShowOrOpen.count == list.annexes.count)
        #expect(list.toPrint.count > 40, "ordinary documents are still printed")

        // The handout: the slides are listed to show, with no copy count.
        let exercises = ["0.A.1", "0.B.1"].compactMap { ExerciseID($0).flatMap(curriculum.exercise(id:)) }
        #expect(exercises.count == 2)
        let handout = ExportFixture.handout(exercises, of: curriculum)
        let text = DocumentTextRenderer().render(HandoutBuilder().document(for: handout))
        let toPrint = try #require(text.range(of: "Bijlagen om af te drukken"))
        let toShow = try #require(text.range(of: "Bijlagen om te tonen of te openen"))
        #expect(toPrint.upperBound < toShow.lowerBound)
        let printSection = text[toPrint.upperBound..<toShow.lowerBound]
        #expect(!printSection.contains("PowerPoint"), "\(printSection)")
        #expect(printSection.contains("Schematische weergave"))
        #expect(text[toShow.upperBound...].contains("PowerPoint sheets"))
        #expect(text[toShow.upperBound...].contains("tonen (dia's, video)"))
    }
}

/// A kind the author writes in the catalogue wins over the inference (issue 12: "inferred from the
/// title or target where the author wrote none").
@Suite struct WrittenAnnexKindTests {
    static let catalogue = """
        # Bijlagen

        - 1.A.1.1 bijlage 1: Handleiding voor het Moodle-platform [printen]
        - 1.A.1.1 bijlage 2: Casus Amina [tonen]
        - 1.A.1.1 bijlage 3: Overzicht van de gemeente [link]
        - 1.A.1.1 bijlage 4: Oefenomgeving [digital]
        - 1.A.1.1 bijlage 5: Lijst [zie boven]
        - 1.A.1.1 bijlage 6: Video over netwerken

        """

    @Test func theWrittenKindIsReadAndLeavesTheTitle() throws {
        let entries = try #require(CatalogueParser.parse(Self.catalogue, path: "annexes.md").catalogue).entries
        #expect(entries.map(\.kind) == [.print, .show, .link, .digital, nil, nil])
        #expect(
            entries.map(\.title) == [
                "Handleiding voor het Moodle-platform", "Casus Amina", "Overzicht van de gemeente", "Oefenomgeving",
                "Lijst [zie boven]", "Video over netwerken",
            ])
    }

    @Test func theChecklistFollowsTheWrittenKind() throws {
        let catalogue = try #require(CatalogueParser.parse(Self.catalogue, path: "annexes.md").catalogue)
        let location = SourceLocation(file: "m.md", line: 1, column: 1)
        var exercise = try Exercise(
            id: #require(ExerciseID("1.A.1.1")), writtenID: "1.A.1.1", title: "Oefening", location: location,
            idLocation: location)
        exercise.annexes = (1...6).map {
            AnnexReference(
                id: AnnexID(owner: "1.A.1.1", number: $0), title: nil, written: "1.A.1.1 bijlage \($0)",
                location: location)
        }
        let list = PreparationChecklist(exercises: [exercise], catalogue: catalogue)
        // Moodle in the title would infer `digital`; the author says print.
        #expect(list.toPrint.map(\.id.number) == [1, 5])
        #expect(list.toShowOrOpen.map(\.kind) == [.show, .link, .digital, .show])
    }

    @Test func fmtKeepsTheKind() throws {
        let text = try #require(formattedChecked(Self.catalogue, role: .catalogue, path: "annexes.md"))
        #expect(text.contains("Handleiding voor het Moodle-platform [printen]"))
        #expect(text.contains("Casus Amina [tonen]"))
    }
}
