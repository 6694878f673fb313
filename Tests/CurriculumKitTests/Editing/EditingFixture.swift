@testable import CurriculumKit

/// A small curriculum in memory under `c` (the in-memory file system keys paths without a leading slash), with one broken annex reference (`1.A.1.1 bijlage 7`
/// on line 27 of the module, whose only near catalogue entry is `1.A.1.1 bijlage 1`).
enum EditingFixture {
    static let folder = "c"
    static let module = "c/module-1.md"
    static let catalogue = "c/annexes.md"
    static let plan = "c/plans/dag.plan.md"

    static let manifestText = """
        # Kleine cursus

        Taal: nl

        Beschrijving:
        Een kleine cursus.

        Niveaus:
        - 1: Kennis

        Dagindeling: 09:00-16:30

        Modules:
        - module-1.md

        Bijlagen: annexes.md

        """

    static let catalogueText = """
        # Bijlagen

        Locatie: op het Moodle-platform van de cursus.

        - 1.A.1.1 bijlage 1: De sociale kaart
        - 1.A.1.2 bijlage 1: Het rollenspel

        """

    /// Line 27 holds the broken reference, line 41 a good one; line 14 the first exercise heading, line
    /// 18 its duration; line 36 mentions 1.A.1.1 in prose.
    static let moduleText = """
        # Module 1: Samenwerken

        Waarom samenwerken loont.

        Doelen:
        - Begrip van samenwerking

        ## 1.A Het netwerk

        Over het netwerk.

        ### Niveau 1

        #### 1.A.1.1 Een sociale kaart

        Leerdoel: De partners kennen

        Duur: 1 uur

        Werkwijze:
        1. Een lijst maken. (20')
        2. Een kaart tekenen. (25')

        Feedback: De trainer wijst op de witte vlekken.

        Bijlagen:
        - 1.A.1.1 bijlage 7: De sociale kaart

        #### 1.A.1.2 Een rollenspel 🎭

        Leerdoel: De rollen kennen

        Duur: 45 min

        Werkwijze:
        - Speel de rollen, zie ook 1.A.1.1.

        Feedback: De trainer vat samen.

        Bijlagen:
        - 1.A.1.2 bijlage 1: Het rollenspel

        """

    static let planText = """
        # Dag 1

        Curriculum: ..

        ## Dag 1

        - 1.A.1.1
        - 1.A.1.2

        """

    static var fileSystem: InMemoryFileSystem {
        InMemoryFileSystem(files: [
            "c/curriculum.md": manifestText, catalogue: catalogueText, module: moduleText, plan: planText,
        ])
    }

    static func snapshot(module text: String = moduleText) -> CurriculumSnapshot {
        var workspace = EditorWorkspace(base: fileSystem)
        workspace.setBuffer(module, bytes: Array(text.utf8))
        return workspace.snapshot(containing: module)
    }

    static func at(_ file: String = module, line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
