/// The files `curriculum init` writes: a small curriculum that shows every part of the format and
/// passes `check` and `fmt --check` as it is.
///
/// One module with one topic, one level and one example exercise that carries an annex, the annex
/// catalogue that lists it, the manifest, and a README that explains the layout. Dutch or English,
/// with labels in the canonical spelling `fmt` writes.
public struct CurriculumTemplate: Sendable {
    /// One file to write: its name inside the new folder and its text.
    public struct File: Equatable, Sendable {
        public var name: String
        public var text: String
    }

    public var title: String
    public var language: Language

    /// A template with `title` on one line (line breaks and runs of spaces collapsed); an empty
    /// title becomes "Nieuw curriculum" / "New curriculum".
    public init(title: String?, language: Language) {
        let cleaned = (title ?? "").collapsingWhitespace()
        self.title = cleaned.isEmpty ? (language == .dutch ? "Nieuw curriculum" : "New curriculum") : cleaned
        self.language = language
    }

    /// The files in the order they are best written (the manifest last, so that a folder is only a
    /// curriculum once everything it lists exists).
    public var files: [File] {
        language == .dutch ? dutch : english
    }

    private var dutch: [File] {
        [
            File(
                name: "module-1.md",
                text: """
                    # Module 1: Eerste module

                    Introductie van de module: waarover gaat ze en voor wie is ze bedoeld?

                    Leerdoelen:
                    - De deelnemers kennen de opbouw van dit curriculum

                    ## 1.A Eerste onderwerp

                    Introductie van het onderwerp.

                    ### Niveau 1

                    Leerdoelen:
                    - De deelnemers kennen de opbouw van dit curriculum

                    #### 1.A.1.1 Voorbeeldoefening

                    Een voorbeeld van een oefening; vervang het door een eigen oefening.

                    Leerdoelen:
                    - De deelnemers kennen de opbouw van dit curriculum

                    Duur: 30 min

                    Procedure:
                    1. De trainer legt de opdracht uit. (10 min)
                    2. De deelnemers bespreken het werkblad in tweetallen. (15 min)
                    3. Plenaire nabespreking. (5 min)

                    Feedback: De trainer vat samen wat de deelnemers hebben geleerd.

                    Bijlagen:
                    - 1.A.1.1 bijlage 1: Werkblad bij de voorbeeldoefening

                    Materiaal: flip-over, stiften

                    """),
            File(
                name: "annexes.md",
                text: """
                    # Bijlagen

                    Locatie: beschrijf hier waar de bijlagen te vinden zijn (een map, een website).

                    - 1.A.1.1 bijlage 1: Werkblad bij de voorbeeldoefening

                    """),
            File(
                name: "README.md",
                text: """
                    # \(title)

                    Dit curriculum is een map met tekstbestanden die `curriculum` leest, controleert en
                    exporteert. De bestanden zijn ook gewone Markdown.

                    - `curriculum.md`: het manifest: titel, taal, beschrijving, niveaus, dagindeling en de
                      lijst van modulebestanden.
                    - `module-1.md`: een module. Koppen geven de opbouw: `#` de module, `##` een onderwerp
                      (`1.A`), `###` een niveau, `####` een oefening (`1.A.1.1`). Velden zoals `Duur:` en
                      `Procedure:` beschrijven de oefening.
                    - `annexes.md`: de catalogus van bijlagen; oefeningen verwijzen ernaar als
                      `1.A.1.1 bijlage 1`.
                    - `README.md`: dit bestand; het wordt niet als module gelezen.

                    Controleer het curriculum met `curriculum check` en breng de opmaak in de vaste vorm met
                    `curriculum fmt`. Het formaat staat beschreven in docs/format.md van de tool.

                    """),
            File(
                name: CurriculumLoader.manifestName,
                text: """
                    # \(title)

                    Taal: nl

                    Beschrijving:
                    Beschrijf hier voor wie de training bedoeld is en wat de deelnemers leren.

                    Niveaus:
                    - 1: Kennis
                    - 2: Praktijk

                    Dagindeling: 09:00-16:30

                    Modules:
                    - module-1.md

                    Bijlagen: annexes.md

                    """),
        ]
    }

    private var english: [File] {
        [
            File(
                name: "module-1.md",
                text: """
                    # Module 1: First module

                    Introduction of the module: what it is about and who it is for.

                    Learning goals:
                    - Participants know how this curriculum is organised

                    ## 1.A First topic

                    Introduction of the topic.

                    ### Level 1

                    Learning goals:
                    - Participants know how this curriculum is organised

                    #### 1.A.1.1 Example exercise

                    An example exercise; replace it with one of your own.

                    Learning goals:
                    - Participants know how this curriculum is organised

                    Duration: 30 min

                    Procedure:
                    1. The trainer explains the task. (10 min)
                    2. Participants discuss the worksheet in pairs. (15 min)
                    3. Plenary debriefing. (5 min)

                    Feedback: The trainer sums up what the participants have learnt.

                    Annexes:
                    - 1.A.1.1 annex 1: Worksheet for the example exercise

                    Materials: flip chart, markers

                    """),
            File(
                name: "annexes.md",
                text: """
                    # Annexes

                    Location: say here where the annexes can be found (a folder, a website).

                    - 1.A.1.1 annex 1: Worksheet for the example exercise

                    """),
            File(
                name: "README.md",
                text: """
                    # \(title)

                    This curriculum is a folder of text files that `curriculum` reads, checks and exports.
                    The files are ordinary Markdown as well.

                    - `curriculum.md`: the manifest: title, language, description, levels, day frame and the
                      list of module files.
                    - `module-1.md`: a module. Headings give the structure: `#` the module, `##` a topic
                      (`1.A`), `###` a level, `####` an exercise (`1.A.1.1`). Fields such as `Duration:` and
                      `Procedure:` describe the exercise.
                    - `annexes.md`: the catalogue of annexes; exercises refer to them as `1.A.1.1 annex 1`.
                    - `README.md`: this file; it is not read as a module.

                    Check the curriculum with `curriculum check` and bring its layout into the canonical form
                    with `curriculum fmt`. The format is described in the tool's docs/format.md.

                    """),
            File(
                name: CurriculumLoader.manifestName,
                text: """
                    # \(title)

                    Language: en

                    Description:
                    Say here who the training is for and what the participants learn.

                    Levels:
                    - 1: Knowledge
                    - 2: Practice

                    Day: 09:00-16:30

                    Modules:
                    - module-1.md

                    Annexes: annexes.md

                    """),
        ]
    }
}
