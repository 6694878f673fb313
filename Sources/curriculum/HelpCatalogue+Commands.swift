extension HelpCatalogue {
    /// What each command does, in one line.
    static let commands: [String: String] = [
        "Validate, plan and export training curricula kept as plain-text files.":
            "Controleer, plan en exporteer trainingscurricula die als platte tekst zijn vastgelegd.",
        "Validate curriculum files and report every problem with its location.":
            "Controleer curriculumbestanden en meld elk probleem met de plek waar het staat.",
        "Show the tree of modules, topics, levels and exercises with durations and totals.":
            "Toon de boom van modules, onderwerpen, niveaus en oefeningen, met duur en totalen.",
        "Show one exercise, topic or module in full.": "Toon één oefening, onderwerp of module volledig.",
        "Lay exercises onto course days with clock times, and check that every day fits.":
            "Verdeel oefeningen met kloktijden over cursusdagen, en kijk of elke dag past.",
        "Compare two plan files: exercises added, removed, moved, and start times shifted.":
            "Vergelijk twee planbestanden: oefeningen erbij, eraf, verplaatst, en verschoven begintijden.",
        "Total the time per module, topic and level, and check it against a target.":
            "Tel de tijd op per module, onderwerp en niveau, en vergelijk die met een doel.",
        "Compare delivered plans with their actual times, and suggest durations that match them.":
            "Vergelijk gegeven plannen met de werkelijke tijden, en stel een duur voor die daarbij past.",
        "Export a handout or a reference booklet as HTML, PDF, Markdown or text.":
            "Exporteer een hand-out of naslagboekje als HTML, PDF, Markdown of tekst.",
        "Rewrite curriculum files in their canonical layout (labels, durations, lists, blank lines).":
            "Herschrijf curriculumbestanden in de vaste opmaak (labels, tijden, lijsten, witregels).",
        "Create a new curriculum: manifest, one module with an example exercise, annex catalogue, README.":
            "Maak een nieuw curriculum: curriculum.md, één module met een voorbeeldoefening, bijlagenlijst, README.",
        "Run the language server (LSP 3.17 over standard input and output) for editors.":
            "Start de language server voor editors (LSP 3.17 via standaardinvoer en -uitvoer).",
        "Show help for a subcommand, or the manual page.": "Toon hulp bij een subopdracht, of de handleiding.",
        "Print a shell completion script for bash, zsh or fish.":
            "Schrijf een script voor het aanvullen van opdrachten in bash, zsh of fish.",
        "ID is an exercise (1.A.1.1, 0.A.1), a topic (1.A) or a module (1 or 'module 1').":
            "ID is een oefening (1.A.1.1, 0.A.1), een onderwerp (1.A) of een module (1 of 'module 1').",
    ]

    /// The long explanations under the overview, as paragraphs (help wraps them to the terminal).
    static let discussions: [String: String] = [
        """
        Speaks JSON-RPC 2.0 with Content-Length framing on standard input and output, as every LSP client expects: \
        diagnostics as you type, hover, go to definition, references, rename, completion, symbols, quick fixes, \
        formatting and inlay hints. Start it from the editor, not by hand; docs/editors.md shows the configuration for \
        VS Code, Neovim, Helix and Emacs. Exit status: 0 after 'shutdown' and 'exit', 1 when the client goes away \
        without them.
        """:
            """
        Spreekt JSON-RPC 2.0 met Content-Length-kopregels via standaardinvoer en -uitvoer, zoals elke LSP-client \
        verwacht: meldingen terwijl je typt, uitleg bij de cursor, naar de definitie springen, verwijzingen, \
        hernoemen, aanvullen, symbolen, snelle verbeteringen, opmaak en inlay hints. Start hem vanuit de editor, niet \
        met de hand; docs/editors.md laat de instellingen zien voor VS Code, Neovim, Helix en Emacs. Afsluitcode: 0 \
        na 'shutdown' en 'exit', 1 als de client zonder die twee verdwijnt.
        """,
        """
        A curriculum is a folder of Markdown-compatible text files: a manifest (curriculum.md), one file per module and \
        an annex catalogue. Without a path, a command works on the curriculum holding the current folder (the \
        nearest folder upwards with a curriculum.md), else on ./curriculum, which may hold several curricula.
        """:
            """
        Een curriculum is een map met tekstbestanden in Markdown-stijl: curriculum.md met de gegevens van het \
        geheel, één bestand per module en een bijlagenlijst. Zonder pad werkt een opdracht op het curriculum waar \
        de huidige map in ligt (de dichtstbijzijnde map erboven met een curriculum.md), anders op ./curriculum, dat \
        meer curricula mag bevatten.
        """,
        """
        Reads every curriculum under the given paths (folders holding a curriculum.md, or single module files) and \
        reports problems as 'path:line:col: error[CODE]: message' on standard error. --format \
        json|github|sarif|junit|gitlab writes one complete document to standard output instead (see docs/ci.md). Paths \
        are shown relative to the current directory, and in the CI formats (github, sarif, gitlab) relative to the \
        repository root (the nearest folder upwards holding .git), which is where CI systems look for them. Exit \
        status: 0 when clean, 1 when there are errors (or warnings with --strict), 2 when an input cannot be read or \
        the command line is wrong.
        """:
            """
        Leest elk curriculum onder de gegeven paden (mappen met een curriculum.md, of losse modulebestanden) en \
        meldt problemen als 'pad:regel:kolom: fout[CODE]: melding' op standaardfout. --format \
        json|github|sarif|junit|gitlab schrijft in plaats daarvan één volledig document naar standaarduitvoer \
        (zie docs/ci.md); die formaten blijven Engels, behalve github met --lang. Paden staan er vanaf de huidige \
        map, en in de CI-formaten (github, sarif, gitlab) vanaf de hoofdmap van de repository (de dichtstbijzijnde \
        map erboven met .git), want daar zoeken CI-systemen ze. Afsluitstatus: 0 als alles klopt, 1 bij fouten (of \
        waarschuwingen met --strict), 2 als invoer niet te lezen is of de opdrachtregel niet klopt.
        """,
        """
        bash:  curriculum completions bash > /etc/bash_completion.d/curriculum
        zsh:   curriculum completions zsh > "${fpath[1]}/_curriculum"
        fish:  curriculum completions fish > ~/.config/fish/completions/curriculum.fish
        """:
            """
        bash:  curriculum completions bash > /etc/bash_completion.d/curriculum
        zsh:   curriculum completions zsh > "${fpath[1]}/_curriculum"
        fish:  curriculum completions fish > ~/.config/fish/completions/curriculum.fish
        """,
        """
        Lays out both plans (each against the curriculum it names) and compares them exercise by exercise. Exit status: \
        0 when nothing changed, 1 when something did (like diff), 2 when a plan cannot be read or laid out.
        """:
            """
        Plant beide plannen in (elk met het curriculum dat het noemt) en vergelijkt ze oefening voor oefening. \
        Afsluitstatus: 0 als er niets veranderd is, 1 als er iets veranderd is (zoals diff), 2 als een plan niet \
        te lezen of in te plannen is.
        """,
        """
        Writes a small curriculum that shows every part of the format (a module with a topic, a level and one example \
        exercise with an annex, the annex catalogue and a README explaining the layout). It passes 'curriculum check' \
        and 'curriculum fmt --check' as written. The folder is created if needed; a folder that already holds files is \
        refused, so nothing is ever overwritten.
        """:
            """
        Schrijft een klein curriculum dat elk onderdeel van het formaat laat zien (een module met een onderwerp, \
        een niveau en één voorbeeldoefening met een bijlage, de bijlagenlijst en een README die de opbouw \
        uitlegt). Het komt zo door 'curriculum check' en 'curriculum fmt --check'. De map wordt zo nodig gemaakt; \
        een map waar al bestanden in staan wordt geweigerd, zodat er nooit iets overschreven wordt.
        """,
    ]
}
