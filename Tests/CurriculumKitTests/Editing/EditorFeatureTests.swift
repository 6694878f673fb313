import Foundation
import Testing

@testable import CurriculumKit

@Suite struct EditorFeatureTests {
    @Test func theBrokenReferenceIsReportedFromTheBuffer() {
        let snapshot = EditingFixture.snapshot()
        let found = snapshot.report.diagnostics.filter { $0.code == .unresolvedAnnex }
        #expect(found.count == 1)
        #expect(found.first?.range?.start == EditingFixture.at(line: 27, column: 3))
    }

    @Test func fixingTheBufferClearsTheFinding() {
        let fixed = EditingFixture.moduleText.replacingOccurrences(of: "bijlage 7", with: "bijlage 1")
        let snapshot = EditingFixture.snapshot(module: fixed)
        #expect(!snapshot.report.diagnostics.contains { $0.code == .unresolvedAnnex })
    }

    @Test func theDefinitionOfAReferenceIsItsCatalogueEntry() {
        let snapshot = EditingFixture.snapshot()
        let reference = EditingFixture.at(line: 41, column: 5)
        let found = snapshot.definition(at: reference)
        #expect(found.map(\.start) == [EditingFixture.at(EditingFixture.catalogue, line: 6, column: 3)])
    }

    @Test func hoverOnAnExerciseHeadingGivesItsTime() {
        let snapshot = EditingFixture.snapshot()
        let text = snapshot.hover(at: EditingFixture.at(line: 14, column: 8)) ?? ""
        #expect(text.contains("1.A.1.1 Een sociale kaart"))
        #expect(text.contains("- duur: 60 min"))
        #expect(text.contains("- leerdoelen: 1"))
        #expect(text.contains("- stappen in de werkwijze: samen 45 min van de 60 min"))
    }
}

@Suite struct EditorNavigationTests {
    @Test func anIDInProseLeadsToItsExercise() {
        let snapshot = EditingFixture.snapshot()
        let found = snapshot.definition(at: EditingFixture.at(line: 36, column: 31))
        #expect(found.map(\.start) == [EditingFixture.at(line: 14, column: 6)])
    }

    @Test func aCatalogueEntryFindsEveryCitation() {
        let snapshot = EditingFixture.snapshot()
        let found = snapshot.references(at: EditingFixture.at(EditingFixture.catalogue, line: 6, column: 4))
        #expect(
            Set(found.map(\.start)) == [
                EditingFixture.at(EditingFixture.catalogue, line: 6, column: 3), EditingFixture.at(line: 41, column: 3),
            ])
    }

    /// The annexes it owns are named after it, so their IDs count as mentions (a rename keeps
    /// them attached).
    @Test func anExerciseFindsItsHeadingProsePlansAndOwnAnnexes() {
        let snapshot = EditingFixture.snapshot()
        let found = snapshot.references(at: EditingFixture.at(line: 14, column: 8))
        #expect(
            Set(found.map(\.start)) == [
                EditingFixture.at(line: 14, column: 6), EditingFixture.at(line: 36, column: 28),
                EditingFixture.at(EditingFixture.plan, line: 7, column: 3), EditingFixture.at(line: 27, column: 3),
                EditingFixture.at(EditingFixture.catalogue, line: 5, column: 3),
            ])
    }

    @Test func renamingAnExerciseEditsEveryMention() {
        let snapshot = EditingFixture.snapshot()
        let edits = snapshot.rename(at: EditingFixture.at(line: 36, column: 28), to: "1.A.1.5") ?? []
        #expect(edits.count == 5)
        #expect(edits.allSatisfy { $0.newText == "1.A.1.5" && $0.range.endColumn - $0.range.start.column == 7 })
        #expect(snapshot.rename(at: EditingFixture.at(line: 36, column: 28), to: "not an id") == nil)
    }

    /// Renaming onto an ID another exercise or annex has would merge two into one: refused.
    @Test func renamingOntoATakenIDIsRefused() {
        let snapshot = EditingFixture.snapshot()
        let exercise = EditingFixture.at(line: 14, column: 6)
        #expect(snapshot.rename(at: exercise, to: "1.A.1.2") == nil)
        #expect(snapshot.rename(at: exercise, to: "1.A.1.3") != nil)
        #expect(snapshot.rename(at: EditingFixture.at(line: 41, column: 4), to: "1.A.1.1 bijlage 1") == nil)
    }

    @Test func renamingAnAnnexEditsCatalogueAndCitations() {
        let snapshot = EditingFixture.snapshot()
        let edits = snapshot.rename(at: EditingFixture.at(line: 41, column: 4), to: "1.A.1.2 bijlage 2") ?? []
        #expect(Set(edits.map(\.range.file)) == [EditingFixture.module, EditingFixture.catalogue])
    }

    @Test func theOutlineNestsTopicsLevelsAndExercisesWithTimes() {
        let outline = EditingFixture.snapshot().outline(of: EditingFixture.module)
        #expect(outline.map(\.name) == ["Module 1: Samenwerken"])
        let exercises = outline.first?.children.first?.children.first?.children ?? []
        #expect(exercises.map(\.name) == ["1.A.1.1 Een sociale kaart", "1.A.1.2 Een rollenspel 🎭"])
        #expect(exercises.map(\.detail) == ["60 min", "45 min"])
        #expect(outline.first?.detail == "105 min")
    }
}

@Suite struct EditorCompletionTests {
    @Test func anAnnexListOffersTheCatalogueNearestFirst() {
        let snapshot = EditingFixture.snapshot()
        let found = snapshot.completions(at: EditingFixture.at(line: 27, column: 19))
        #expect(found.first?.label == "1.A.1.1 bijlage 1")
        #expect(found.first?.detail == "De sociale kaart")
        #expect(found.first?.replacing == SourceRange(start: EditingFixture.at(line: 27, column: 3), length: 17))
        #expect(found.map(\.kind).allSatisfy { $0 == .annex })
    }

    @Test func aLineStartOffersFieldLabelsInTheFilesLanguage() {
        let text = EditingFixture.moduleText.replacingOccurrences(of: "Feedback: De trainer vat samen.", with: "Voor")
        let found = EditingFixture.snapshot(module: text).completions(at: EditingFixture.at(line: 38, column: 5))
        #expect(found.contains { $0.label == "Voorbereiding" && $0.insertText == "Voorbereiding: " })
        #expect(found.contains { $0.label == "Duur" })
        #expect(!found.contains { $0.label == "Duration" })
    }

    @Test func aPlanOffersExerciseIDs() {
        let found = EditingFixture.snapshot().completions(
            at: EditingFixture.at(EditingFixture.plan, line: 7, column: 4))
        #expect(found.map(\.label) == ["1.A.1.1", "1.A.1.2"])
    }

    @Test func aDurationOffersFormsTheParserReads() {
        let found = EditingFixture.snapshot().completions(at: EditingFixture.at(line: 18, column: 7))
        #expect(found.contains { $0.label == "1 uur 30 min" && $0.detail == "90 min" })
        #expect(found.allSatisfy { $0.kind == .duration })
    }
}

@Suite struct EditorQuickFixTests {
    @Test func theBrokenReferenceHasASafeReplacementAndACatalogueEntry() {
        let snapshot = EditingFixture.snapshot()
        let fixes = snapshot.quickFixes(in: EditingFixture.module, lines: 27...27)
        #expect(fixes.count == 2)
        #expect(fixes.first?.isSafe == true)
        #expect(fixes.first?.edits.first?.newText == "1.A.1.1 bijlage 1")
        let add = fixes.last?.edits.first
        #expect(add?.range.file == EditingFixture.catalogue)
        #expect(add?.newText == "- 1.A.1.1 bijlage 7: De sociale kaart\n")
        #expect(add?.range.start == EditingFixture.at(EditingFixture.catalogue, line: 6, column: 1))
        #expect(fixes.last?.isSafe == false)
    }

    @Test func anAnnexAlreadyCitedIsNoSafeFix() {
        let text = EditingFixture.moduleText.replacingOccurrences(
            of: "- 1.A.1.1 bijlage 7: De sociale kaart",
            with: "- 1.A.1.1 bijlage 1: De sociale kaart\n- 1.A.1.1 bijlage 7")
        let snapshot = EditingFixture.snapshot(module: text)
        let finding = snapshot.report.diagnostics.first { $0.code == .unresolvedAnnex }
        #expect(finding?.hint?.replacement == "1.A.1.1 bijlage 1")
        #expect(finding?.hint?.isSafe == false)
        #expect(snapshot.safeFixes.isEmpty)
    }
}

@Suite struct EditorHoverTests {
    @Test func aReferenceShowsTheCatalogueTitleAndWhereTheAnnexLives() {
        let text = EditingFixture.snapshot().hover(at: EditingFixture.at(line: 41, column: 5)) ?? ""
        #expect(text.contains("Het rollenspel"))
        #expect(text.contains("op het Moodle-platform"))
        #expect(text.contains("staat in annexes.md, regel 6"))
    }

    @Test func aTopicShowsItsTotal() {
        let text = EditingFixture.snapshot().hover(at: EditingFixture.at(line: 8, column: 4)) ?? ""
        #expect(text.contains("2 oefeningen, totaal 105 min (1 uur 45 min)"))
    }

    @Test func anAmbiguousDurationShowsBothReadings() {
        let text = EditingFixture.moduleText.replacingOccurrences(of: "Duur: 1 uur", with: "Duur: 1,30 uur")
        let hover = EditingFixture.snapshot(module: text).hover(at: EditingFixture.at(line: 18, column: 8)) ?? ""
        #expect(hover.contains("`1,30 uur` is 78 min"))
        #expect(hover.contains("het kan ook 90 min betekenen"))
    }

    @Test func aPlanItemShowsItsClockTime() {
        let hover = EditingFixture.snapshot().hover(at: EditingFixture.at(EditingFixture.plan, line: 8, column: 4))
        #expect(hover?.contains("dag 1: 10:00–10:45") == true)
        let hints = EditingFixture.snapshot().inlayHints(in: EditingFixture.plan)
        #expect(hints.map(\.label) == ["09:00–10:00 ", "10:00–10:45 "])
    }
}

@Suite struct ShippedCurriculumFixTests {
    /// A wrong annex number typed into the shipped module 1: the one right answer is safe.
    @Test func aWrongNumberInTheShippedModuleHasASafeFix() throws {
        let folder = Repository.shippedCurriculum.path
        let path = folder + "/module-1.md"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "- 1.A.1.2 bijlage 1: De IGMA-principes", with: "- 1.A.1.2 bijlage 3: De IGMA-principes")
        var workspace = EditorWorkspace(base: LocalFileSystem())
        workspace.setBuffer(path, bytes: Array(text.utf8))
        let snapshot = workspace.snapshot(containing: path)
        let finding = snapshot.report.diagnostics.first { $0.code == .unresolvedAnnex && $0.range?.file == path }
        #expect(finding?.hint?.replacement == "1.A.1.2 bijlage 1")
        #expect(finding?.hint?.isSafe == true)
        #expect(snapshot.safeFixes.map { $0.edits.first?.newText } == ["1.A.1.2 bijlage 1"])
    }
}

@Suite struct UnlistedAnnexDefinitionTests {
    /// A reference the catalogue lacks still jumps to the catalogue: to its owner's entries.
    @Test func anUnlistedAnnexLeadsToItsOwnersEntries() {
        let found = EditingFixture.snapshot().definition(at: EditingFixture.at(line: 27, column: 5))
        #expect(found.map(\.start) == [EditingFixture.at(EditingFixture.catalogue, line: 5, column: 3)])
    }
}

@Suite struct ParseCacheTests {
    /// After a keystroke only the changed module is parsed again; the others come from the cache.
    @Test func onlyTheChangedFileIsParsedAgain() {
        var workspace = EditorWorkspace(base: EditingFixture.fileSystem)
        workspace.setBuffer(EditingFixture.module, bytes: Array(EditingFixture.moduleText.utf8))
        _ = workspace.snapshot(containing: EditingFixture.module)
        let first = workspace.cache.parseCount
        _ = workspace.snapshot(containing: EditingFixture.catalogue)
        #expect(workspace.cache.parseCount == first)
        workspace.setBuffer(EditingFixture.module, bytes: Array((EditingFixture.moduleText + "\nx\n").utf8))
        let changed = workspace.snapshot(containing: EditingFixture.module)
        #expect(workspace.cache.parseCount == first + 1)
        #expect(changed.source(EditingFixture.module)?.bytes.count == EditingFixture.moduleText.utf8.count + 3)
    }
}

@Suite struct EditorEditTests {
    @Test func anIDBeingTypedInProseOffersExercises() {
        let found = EditingFixture.snapshot().completions(at: EditingFixture.at(line: 36, column: 31))
        #expect(found.map(\.label) == ["1.A.1.1", "1.A.1.2"])
        #expect(found.first?.replacing == SourceRange(start: EditingFixture.at(line: 36, column: 28), length: 3))
    }

    /// Edits count scalar columns: after an emoji the byte offsets differ, the columns do not.
    @Test func editsApplyAtScalarColumnsPastAnEmoji() throws {
        let source = try SourceText.decode("#### 1.A.1.2 Een rollenspel 🎭 x\nnext\n", path: "m.md").get()
        let edit = TextEdit(
            range: SourceRange(start: SourceLocation(file: "m.md", line: 1, column: 31), length: 1), newText: "y")
        let insert = TextEdit(
            range: SourceRange(start: SourceLocation(file: "m.md", line: 2, column: 1), length: 0), newText: "- ")
        #expect(TextEdit.apply([edit, insert], to: source) == "#### 1.A.1.2 Een rollenspel 🎭 y\n- next\n")
    }

    @Test func overlappingRangesAreTold() {
        let a = SourceRange(start: SourceLocation(file: "m.md", line: 3, column: 2), length: 4)
        let b = SourceRange(start: SourceLocation(file: "m.md", line: 3, column: 5), length: 2)
        let c = SourceRange(start: SourceLocation(file: "m.md", line: 3, column: 6), length: 2)
        #expect(a.overlaps(b))
        #expect(!a.overlaps(c))
    }

    @Test func hoverOnACatalogueEntryShowsItsTitleAndPlace() {
        let text = EditingFixture.snapshot().hover(at: EditingFixture.at(EditingFixture.catalogue, line: 5, column: 4))
        #expect(text?.contains("De sociale kaart") == true)
        #expect(text?.contains("vindplaats: op het Moodle-platform van de cursus.") == true)
    }
}

@Suite struct FileFixTests {
    static var broken: InMemoryFileSystem {
        var disk = EditingFixture.fileSystem
        let manifest = EditingFixture.manifestText.replacingOccurrences(of: "Taal: nl", with: "Taall: nl")
        disk.files["c/curriculum.md"] = Array(manifest.utf8)
        return disk
    }

    @Test func aFolderFixesEveryFileOfItsCurricula() {
        let fixes = FileFix.safeFixes(paths: ["c"], fileSystem: Self.broken)
        #expect(fixes.map(\.path) == ["c/curriculum.md", "c/module-1.md"])
        #expect(fixes.last?.fixed.contains("- 1.A.1.1 bijlage 1: De sociale kaart") == true)
        #expect(fixes.first?.fixed.contains("\nTaal: nl\n") == true)
    }

    @Test func aFileNamedAloneIsTheOnlyFileFixed() {
        let fixes = FileFix.safeFixes(paths: ["c/module-1.md"], fileSystem: Self.broken)
        #expect(fixes.map(\.path) == ["c/module-1.md"])
        #expect(fixes.first?.applied.map(\.diagnostic.code.id) == ["CUR401"])
    }
}

@Suite struct CatalogueEntryPlacementTests {
    /// `1.A.1.0 bijlage 1` sorts before every entry of module 1: it goes above the first.
    @Test func anEntryThatSortsFirstGoesAboveItsModulesEntries() {
        let text = EditingFixture.moduleText.replacingOccurrences(of: "1.A.1.1 bijlage 7", with: "1.A.1.0 bijlage 1")
        let snapshot = EditingFixture.snapshot(module: text)
        let add = snapshot.quickFixes(in: EditingFixture.module, lines: 27...27).last?.edits.first
        #expect(add?.range.start == EditingFixture.at(EditingFixture.catalogue, line: 5, column: 1))
        #expect(add?.newText == "- 1.A.1.0 bijlage 1: De sociale kaart\n")
    }
}

/// Hovers, quick-fix titles, completion and outline details speak the curriculum's language.
@Suite struct EditorLanguageTests {
    /// The fixture with its manifest saying `Taal: en`.
    static func englishSnapshot() -> CurriculumSnapshot {
        var workspace = EditorWorkspace(base: EditingFixture.fileSystem)
        let manifest = EditingFixture.manifestText.replacingOccurrences(of: "Taal: nl", with: "Taal: en")
        workspace.setBuffer("c/curriculum.md", bytes: Array(manifest.utf8))
        return workspace.snapshot(containing: EditingFixture.module)
    }

    @Test func aDutchCurriculumIsSpokenAboutInDutch() {
        let snapshot = EditingFixture.snapshot()
        let broken = snapshot.report.diagnostics.first { $0.code == .unresolvedAnnex }
        let titles = broken.map { snapshot.quickFixes(for: $0).map(\.title) } ?? []
        #expect(titles == ["Vervang door '1.A.1.1 bijlage 1'", "Zet '1.A.1.1 bijlage 7' in de bijlagenlijst"])
        let level = snapshot.outline(of: EditingFixture.module).first?.children.first?.children.first
        #expect(level?.name == "niveau 1")
        let fields = snapshot.completions(at: EditingFixture.at(line: 16, column: 1))
        #expect(fields.first?.detail == "veld")
        let hover = snapshot.hover(at: EditingFixture.at(line: 14, column: 8)) ?? ""
        #expect(hover.contains("- bijlage `1.A.1.1 bijlage 7`"))
        #expect(!hover.contains("duration"))
    }

    @Test func anEnglishCurriculumIsSpokenAboutInEnglish() {
        let snapshot = Self.englishSnapshot()
        #expect(snapshot.curriculum?.language == .english)
        let hover = snapshot.hover(at: EditingFixture.at(line: 14, column: 8)) ?? ""
        #expect(hover.contains("- duration: 60 min"))
        #expect(hover.contains("- goals: 1"))
        #expect(hover.contains("- timed steps: 45 min of 60 min"))
        #expect(!hover.contains("duur"))
        let topic = snapshot.hover(at: EditingFixture.at(line: 8, column: 4)) ?? ""
        #expect(topic.contains("2 exercises, total 105 min (1 h 45)"))
        let broken = snapshot.report.diagnostics.first { $0.code == .unresolvedAnnex }
        let titles = broken.map { snapshot.quickFixes(for: $0).map(\.title) } ?? []
        #expect(titles.first?.hasPrefix("Replace with '") == true)
        #expect(titles.last?.hasSuffix("' to the annex catalogue") == true)
        let level = snapshot.outline(of: EditingFixture.module).first?.children.first?.children.first
        #expect(level?.name == "level 1")
    }
}
