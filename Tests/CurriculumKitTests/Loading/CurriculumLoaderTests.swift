import Testing

@testable import CurriculumKit

@Suite struct CurriculumLoaderTests {
    static let manifest = "# Cursus\n\nTaal: nl\n\nModules:\n- module-1.md\n"
    static let module =
        "# Module 1: Een\n## 1.A t\n### Niveau 1\n#### 1.A.1.1 oefening\nDuur: 1 uur\nBijlagen:\n- 1.A.1.1 bijlage 1: Kaart\n"
    static let catalogue = "# Bijlagen\n\nLocatie: Moodle\n\n- 1.A.1.1 bijlage 1: Kaart <bijlagen/kaart.pdf>\n"

    private func load(_ files: [String: String]) -> CurriculumLoader.Result {
        CurriculumLoader(fileSystem: InMemoryFileSystem(files: files)).load(folder: "c")
    }

    @Test func loadsManifestModulesAndCatalogue() throws {
        let result = load([
            "c/curriculum.md": Self.manifest, "c/module-1.md": Self.module, "c/annexes.md": Self.catalogue,
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let curriculum = try #require(result.curriculum)
        #expect(curriculum.title == "Cursus")
        #expect(curriculum.modules.map(\.number) == [1])
        #expect(curriculum.annexCatalogue?.entries.map(\.id) == [AnnexID(owner: "1.A.1.1", number: 1)])
        #expect(curriculum.annexCatalogue?.entries.first?.target == .path("bijlagen/kaart.pdf"))
        #expect(curriculum.annexCatalogue?.defaultLocation == "Moodle")
        #expect(result.files == ["c/curriculum.md", "c/module-1.md", "c/annexes.md"])
    }

    @Test func missingModuleFileIsReportedWhereItIsListed() throws {
        let result = load([
            "c/curriculum.md": Self.manifest.replacingOccurrences(of: "module-1.md", with: "modul-1.md"),
            "c/module-1.md": Self.module,
        ])
        let missing = try #require(result.diagnostics.first { $0.code == .moduleFileMissing })
        #expect(missing.location == SourceLocation(file: "c/curriculum.md", line: 6, column: 3))
        #expect(missing.hint?.message == "did you mean 'module-1.md'?")
        let unlisted = try #require(result.diagnostics.first { $0.code == .unlistedModuleFile })
        #expect(unlisted.location?.file == "c/module-1.md")
    }

    /// A missing module file is found by its failed read, not by a look before every read: it is
    /// reported once, as missing, and is not among the files read; the files that are there are,
    /// in the order listed, for `check` and for `fmt` (which lists without reading).
    @Test func aMissingModuleFileIsReportedOnceAndNotListedAsRead() {
        let files = [
            "c/curriculum.md": "# Cursus\n\nTaal: nl\n\nModules:\n- module-1.md\n- weg.md\n- module-2.md\n",
            "c/module-1.md": Self.module,
            "c/module-2.md": Self.module.replacingOccurrences(of: "Module 1", with: "Module 2")
                .replacingOccurrences(of: "1.A", with: "2.A"),
        ]
        let loader = CurriculumLoader(fileSystem: InMemoryFileSystem(files: files))
        for result in [loader.load(folder: "c"), loader.load(folder: "c", readingFiles: false)] {
            #expect(
                result.diagnostics.filter { $0.code == .moduleFileMissing }.map(\.message) == [
                    "module file 'weg.md' does not exist"
                ])
            #expect(result.files.prefix(3) == ["c/curriculum.md", "c/module-1.md", "c/module-2.md"])
        }
        #expect(loader.load(folder: "c").curriculum?.modules.map(\.number) == [1, 2])
    }

    @Test func pathsOutsideTheFolderAreRefused() {
        let result = load(["c/curriculum.md": "# C\nTaal: nl\nModules:\n- ../elders.md\n- /etc/passwd\n"])
        #expect(
            result.diagnostics.filter { $0.code == .moduleFileMissing }.map(\.message) == [
                "module file '../elders.md' points outside the curriculum folder (`..`)",
                "module file '/etc/passwd' is an absolute path",
            ])
    }

    @Test func withoutAModulesListEveryModuleFileIsRead() throws {
        let result = load([
            "c/curriculum.md": "# C\nTaal: en\n", "c/module-1.md": Self.module, "c/README.md": "# Read me\n",
            "c/ERRATA.md": "# Errata\n",
        ])
        #expect(result.diagnostics.isEmpty)
        #expect(result.curriculum?.modules.count == 1)
        #expect(result.curriculum?.language == .english)
    }

    @Test func twoFilesWithOneModuleNumber() {
        let result = load([
            "c/curriculum.md": "# C\nTaal: nl\nModules: a.md, b.md\n", "c/a.md": Self.module, "c/b.md": Self.module,
        ])
        #expect(result.diagnostics.map(\.code) == [.duplicateModule])
    }

    @Test func noManifest() {
        let result = load(["c/module-1.md": Self.module])
        #expect(result.curriculum == nil)
        #expect(result.diagnostics.map(\.code) == [.noCurriculum])
    }

    @Test func manifestProblems() {
        let result = load([
            "c/curriculum.md":
                "Voorwoord\n# C\nTaal: fr\nDagindeling: 17:00-09:00\nNiveaus:\n- een\nMaximale sessie: lang\nTaal: nl\n"
        ])
        #expect(
            result.diagnostics.map(\.code) == [
                .textBeforeHeading, .repeatedField, .unknownLanguage, .invalidFieldValue, .invalidFieldValue,
                .invalidFieldValue,
            ])
        #expect(result.diagnostics.map { $0.location?.line ?? 0 } == [1, 8, 3, 4, 6, 7])
    }

    @Test func manifestWithoutTitleOrLanguage() {
        let noTitle = ManifestParser.parse("Taal: nl\n", path: "m.md")
        #expect(noTitle.manifest == nil)
        #expect(noTitle.diagnostics.map(\.code).contains(.missingManifestTitle))
        let noLanguage = ManifestParser.parse("# Titel\n", path: "m.md")
        #expect(noLanguage.manifest?.language == .dutch)
        #expect(noLanguage.diagnostics.map(\.severity) == [.warning])
    }

    @Test func catalogueItemWithoutAnID() throws {
        let result = CatalogueParser.parse(
            "# Bijlagen\n- 1.A.1.1 bijlage 1: goed\n- Handboek zonder nummer\nDuur: 1 uur\n", path: "a.md")
        #expect(result.catalogue.entries.count == 1)
        #expect(result.diagnostics.map(\.code) == [.fieldNotAllowedHere, .malformedAnnexEntry])
        let malformed = try #require(result.diagnostics.last)
        #expect(malformed.location == SourceLocation(file: "a.md", line: 3, column: 3))
    }

    /// Text under a field the catalogue does not take belongs to that field, not to the annex above
    /// (found by the fuzzer: `fmt` could otherwise not place a blank line without moving the text).
    @Test func textUnderAStrayFieldStaysOutOfTheAnnexAbove() throws {
        let result = CatalogueParser.parse(
            """
            # Bijlagen
            - 1.A.1.1 bijlage 1: Werkblad
            loopt door
            Leerdoel: iets
            hoort bij het leerdoel

            nog steeds
            - 1.A.1.1 bijlage 2: Tweede
            ## Groep
            vervolg van het tweede
            """, path: "a.md")
        #expect(result.catalogue.entries.map(\.title) == ["Werkblad loopt door", "Tweede vervolg van het tweede"])
        #expect(result.diagnostics.map(\.code) == [.fieldNotAllowedHere])
    }

    @Test func curriculumFoldersInAFolderOfCurricula() {
        let loader = CurriculumLoader(
            fileSystem: InMemoryFileSystem(files: [
                "all/a/curriculum.md": Self.manifest, "all/b/curriculum.md": Self.manifest, "all/notes/x.md": "# x",
            ]))
        #expect(loader.curriculumFolders(in: "all") == ["all/a", "all/b"])
        #expect(loader.curriculumFolders(in: "all/a") == ["all/a"])
        #expect(loader.curriculumFolders(in: "all/notes").isEmpty)
    }

    @Test func oversizedFilesAreRefusedUnread() {
        let loader = CurriculumLoader(
            fileSystem: InMemoryFileSystem(files: ["c/curriculum.md": String(repeating: "x", count: 2000)]),
            maximumFileSize: 1000)
        let result = loader.load(folder: "c")
        #expect(result.diagnostics.map(\.code) == [.fileTooLarge])
    }
}
