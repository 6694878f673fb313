extension HelpCatalogue {
    /// The long explanations of planning, export and formatting commands.
    static let longerDiscussions: [String: String] = [
        """
        Prints the minimum-maximum minutes and hours of every module, topic and level (of the whole curriculum, or of \
        --select / --level), and how many course days each needs for a day of --day training time (default: the \
        manifest's day minus lunch). With --target 3d or --target 18h, says whether the programme fits: exit 1 when \
        it does not (at the maximum durations).
        """:
            """
        Toont de minimale en maximale minuten en uren van elke module, elk onderwerp en elk niveau (van het hele \
        curriculum, of van --select / --level), en hoeveel cursusdagen elk nodig heeft bij --day trainingstijd \
        per dag (standaard: de dag uit curriculum.md min de lunch). Met --target 3d of --target 18h zegt het of \
        het programma past: afsluitstatus 1 als het niet past (bij de maximale duur).
        """,
        """
        What to export: a plan (--plan FILE, which names its curriculum), a selection laid out as 'plan --select' lays \
        it out (--select 1.A --level 1, with the same options), or a reference booklet of the whole curriculum \
        (--booklet, the default) or of one module (--module N). A handout has a cover, the timed agenda, one page per \
        exercise in agenda order, a preparation checklist with the copies to print, and a notes page; '--audience \
        participants' leaves out trainer instructions and feedback.

        The format is --format, or the --output file's extension, or html. HTML, Markdown and text go to standard \
        output without --output. PDF is printed by a headless Chromium or Chrome (found on PATH or given with \
        --browser) and needs --output or --output-dir. An existing file is never replaced without --force; files \
        are written atomically.

        Several plans at once: repeat --plan and give --output-dir FOLDER; each handout goes to FOLDER/<plan file \
        name>.<format> (dinsdag.plan.md gives dinsdag.pdf). Every plan is exported, and for PDF printed by one \
        browser started once, before any file is written: one plan that fails leaves no file at all. --output-dir \
        goes with --plan only.
        """:
            """
        Wat er geëxporteerd wordt: een plan (--plan BESTAND, dat zijn curriculum noemt), een selectie ingepland \
        zoals 'plan --select' dat doet (--select 1.A --level 1, met dezelfde opties), of een naslagboekje van het \
        hele curriculum (--booklet, de standaard) of van één module (--module N). Een hand-out heeft een omslag, \
        de agenda met tijden, één pagina per oefening in de volgorde van de agenda, een voorbereidingslijst met \
        de kopieën om te drukken, en een pagina voor aantekeningen; '--audience participants' laat \
        aanwijzingen voor de trainer en de nabespreking weg.

        Het formaat is --format, of de extensie van het --output-bestand, of html. HTML, Markdown en tekst gaan \
        zonder --output naar standaarduitvoer. PDF wordt afgedrukt door een headless Chromium of Chrome (op PATH \
        of gegeven met --browser) en vraagt om --output of --output-dir. Een bestaand bestand wordt nooit \
        vervangen zonder --force; bestanden worden in één keer geschreven.

        Meer plannen tegelijk: herhaal --plan en geef --output-dir MAP; elke hand-out komt in MAP/<naam van het \
        planbestand>.<formaat> (dinsdag.plan.md wordt dinsdag.pdf). Alle plannen worden geëxporteerd, en voor PDF \
        afgedrukt door één browser die één keer start, voordat er ook maar één bestand wordt geschreven: faalt één \
        plan, dan wordt er geen enkel bestand geschreven. --output-dir hoort alleen bij --plan.
        """,
        """
        Formats a curriculum's manifest, module files, annex catalogue and plans (*.plan.md, in the folder or its \
        plans/ subfolder), or the files named. Rewrites only what the format recognises: label spelling in the \
        curriculum's language, duration notation (ambiguous or unreadable durations stay as written), list bullets, \
        heading spacing, annex-reference spelling and blank lines. Every word, comment and unknown line is kept, and \
        each file's meaning is checked to be unchanged before it is written (atomically). Files already in canonical \
        layout are not touched. With --check nothing is written: the files that would change are listed and the exit \
        status is 1 if there are any. With --diff nothing is written either: the changes are shown as a unified diff.
        """:
            """
        Maakt curriculum.md, de modulebestanden, de bijlagenlijst en de plannen op (*.plan.md, in de map of in \
        plans/ daaronder), of de genoemde bestanden. Herschrijft alleen wat het formaat kent: de spelling van \
        labels in de taal van het curriculum, de notatie van tijden (dubbelzinnige of onleesbare tijden blijven \
        staan), opsommingstekens, ruimte rond koppen, de spelling van verwijzingen naar bijlagen en witregels. \
        Elk woord, commentaar en onbekende regel blijft staan, en van elk bestand wordt nagegaan dat de \
        betekenis gelijk blijft voordat het (in één keer) geschreven wordt. Bestanden die al in de vaste opmaak \
        staan, blijven onaangeroerd. Met --check wordt niets geschreven: de bestanden die zouden veranderen \
        worden genoemd en de afsluitstatus is 1 als die er zijn. Met --diff wordt ook niets geschreven: de \
        wijzigingen verschijnen als unified diff.
        """,
        """
        With a plan file (*.plan.md, see docs/plans.md), prints its timed agenda: the start and end of every item, \
        the end of each day and the verdict. Without one, builds the agenda from --select (exercise IDs, topics, \
        modules; curriculum order), splitting it over days at exercise boundaries, or from --fill, which chooses the \
        exercises covering the most requested topics or goals within the day. --write saves the result as a plan \
        file. Exit status: 0 when every day fits, 1 when a day is over budget, an exercise does not fit or the plan \
        has errors, 2 for a usage error or unreadable input.
        """:
            """
        Met een planbestand (*.plan.md, zie docs/plans.md) toont het de agenda met tijden: begin en eind van elk \
        onderdeel, het eind van elke dag en het oordeel. Zonder planbestand stelt het de agenda samen uit \
        --select (oefeningnummers, onderwerpen, modules; in de volgorde van het curriculum), verdeeld over dagen \
        tussen oefeningen in, of uit --fill, dat de oefeningen kiest die binnen de dag de meeste gevraagde \
        onderwerpen of leerdoelen afdekken. --write bewaart het resultaat als planbestand. Afsluitstatus: 0 als \
        elke dag past, 1 als een dag uitloopt, een oefening niet past of het plan fouten bevat, 2 bij een \
        verkeerde opdrachtregel of onleesbare invoer.
        """,
        """
        Lays out each plan file and compares every item with what it really took, noted after the day as `(werkelijk \
        75 min)` or `(actual 10:15-11:30)`: per item (+15, −5) and per day (planned end, actual end). Across all plans \
        given, per exercise: how often it was given, the median, minimum-maximum and the ratio to the curriculum's \
        duration. Where an exercise ran more than 20% over (or under) its duration in at least three deliveries, \
        suggests the `Duur:` line to change, with file:line. In the curriculum's language. Exit status: 0, 1 when an \
        actual cannot be read, 2 when a plan cannot be read or laid out.
        """:
            """
        Plant elk planbestand in en vergelijkt elk onderdeel met wat het echt duurde, na de dag genoteerd als \
        `(werkelijk 75 min)` of `(actual 10:15-11:30)`: per onderdeel (+15, −5) en per dag (gepland eind, echt \
        eind). Over alle gegeven plannen, per oefening: hoe vaak ze gegeven is, de mediaan, het minimum en \
        maximum en de verhouding tot de duur in het curriculum. Waar een oefening in minstens drie keer geven \
        meer dan 20% langer (of korter) duurde dan haar duur, stelt het de `Duur:`-regel voor om aan te passen, \
        met bestand:regel. In de taal van het curriculum. Afsluitstatus: 0, 1 als een werkelijke tijd niet te \
        lezen is, 2 als een plan niet te lezen of in te plannen is.
        """,
    ]
}
