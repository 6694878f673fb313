extension HelpCatalogue {
    /// What each option and argument means.
    static let options: [String: String] = [
        "Show help information.": "Toon de hulp.",
        "With --format ics: one event per day instead of one per exercise and lunch.":
            "Met --format ics: één afspraak per dag in plaats van één per oefening en lunch.",
        "With --select: even the days out (the longest day as short as it can be), in order.":
            "Met --select: verdeel de dagen gelijkmatig (de langste dag zo kort mogelijk), in volgorde.",
        "Apply the safe fixes (one right answer) first, writing each file atomically.":
            "Voer eerst de veilige verbeteringen door (die met één juist antwoord); elk bestand wordt in één keer geschreven.",
        "Check again after every save, until interrupted.": "Controleer opnieuw na elke keer opslaan, tot je stopt.",
        "With --fix: print the changes as a diff, write nothing.":
            "Met --fix: toon de wijzigingen als diff en schrijf niets.",
        "The language to speak in: messages, help and the curriculum's content (default: the locale for messages, the curriculum's own for content).":
            "De taal voor meldingen, hulp en de inhoud van het curriculum (standaard: de locale voor meldingen, de eigen taal van het curriculum voor de inhoud).",
        "A curriculum folder (default: the nearest curriculum upwards, else ./curriculum).":
            "Een curriculummap (standaard: het dichtstbijzijnde curriculum in deze map of erboven, anders ./curriculum).",
        "A curriculum folder, for --select and booklets (default: the nearest curriculum upwards, else ./curriculum).":
            "Een curriculummap, voor --select en naslagboekjes (standaard: het dichtstbijzijnde curriculum in deze map of erboven, anders ./curriculum).",
        "A plan file (*.plan.md). Without it, --select or --fill builds the plan.":
            "Een planbestand (*.plan.md). Zonder planbestand stelt --select of --fill het plan samen.",
        "At most this many days; lists what does not fit.": "Hoogstens zoveel dagen; noemt wat niet past.",
        "Choose the exercises that cover the most --topics or --goals within the day.":
            "Kies de oefeningen die binnen de dag de meeste --topics of --goals afdekken.",
        "Colour the diagnostics.": "Kleur de meldingen.",
        "Colour the output.": "Kleur de uitvoer.",
        "Curriculum folders or files (default: the nearest curriculum upwards, else ./curriculum).":
            "Curriculummappen of -bestanden (standaard: het dichtstbijzijnde curriculum in deze map of erboven, anders ./curriculum).",
        "Exercise IDs, topics (1.A) or modules (1), comma-separated or repeated.":
            "Oefeningnummers, onderwerpen (1.A) of modules (1), met komma's of herhaald.",
        "Export a handout of these exercises, topics or modules (comma-separated or repeated).":
            "Exporteer een hand-out van deze oefeningen, onderwerpen of modules (met komma's of herhaald).",
        "Export a reference booklet of the whole curriculum (the default without --plan, --select or --module).":
            "Exporteer een naslagboekje van het hele curriculum (standaard zonder --plan, --select of --module).",
        "Export a reference booklet of this module.": "Exporteer een naslagboekje van deze module.",
        "Export the handout of this plan file; repeat for several (with --output-dir).":
            "Exporteer de hand-out van dit planbestand; herhaal voor meer plannen (met --output-dir).",
        "With --plan: write each plan's handout into this folder, named after the plan file.":
            "Met --plan: schrijf de hand-out van elk plan in deze map, genoemd naar het planbestand.",
        "How deep to list: 1 modules, 2 topics, 3 levels, 4 exercises.":
            "Hoe diep de lijst gaat: 1 modules, 2 onderwerpen, 3 niveaus, 4 oefeningen.",
        "Insert breaks and lunch in both, as 'plan --auto-breaks' does.":
            "Voeg in beide pauzes en lunch in, zoals 'plan --auto-breaks' dat doet.",
        "Insert breaks and lunch where they are due instead of suggesting them.":
            "Voeg pauzes en lunch in waar ze nodig zijn, in plaats van ze voor te stellen.",
        "Insert breaks and lunch where they are due, as 'plan --auto-breaks' does.":
            "Voeg pauzes en lunch in waar ze nodig zijn, zoals 'plan --auto-breaks' dat doet.",
        "Language of labels and example text.": "Taal van de labels en de voorbeeldtekst.",
        "Minutes between two consecutive exercises (default 0).":
            "Minuten tussen twee opeenvolgende oefeningen (standaard 0).",
        "Never report these rule codes (comma-separated or repeated).":
            "Meld deze regelcodes nooit (met komma's of herhaald).",
        "Only exercises of this level.": "Alleen oefeningen van dit niveau.",
        "Only this module.": "Alleen deze module.",
        "Output format (default: from --output's extension, else html).":
            "Uitvoerformaat (standaard: volgens de extensie van --output, anders html).",
        "Output format.": "Uitvoerformaat.",
        "Output format; ids, topics and plans print one name a line, for scripts and completions.":
            "Uitvoerformaat; ids, topics en plans geven één naam per regel, voor scripts en het aanvullen van opdrachten.",
        "Plan files (*.plan.md) with actual times.": "Planbestanden (*.plan.md) met werkelijke tijden.",
        "Plan on the actual times of delivered plan files or a folder of them (comma-separated or repeated).":
            "Plan met de werkelijke tijden uit gegeven planbestanden of een map daarvan (met komma's of herhaald).",
        "Print errors only, and no summary line.": "Toon alleen fouten, en geen samenvatting.",
        "Print the manual page (roff) for man(1).": "Schrijf de handleiding (roff) voor man(1).",
        "Replace the output file if it exists.": "Vervang het uitvoerbestand als het al bestaat.",
        "Report only these rule codes (comma-separated or repeated).":
            "Meld alleen deze regelcodes (met komma's of herhaald).",
        "Save the plan as a plan file (*.plan.md) to edit further.":
            "Bewaar het plan als planbestand (*.plan.md) om verder te bewerken.",
        "Slack each day must keep, in percent of the day (10%).":
            "Ruimte die elke dag moet overhouden, in procenten van de dag (10%).",
        "Stop reporting after N errors.": "Stop met melden na N fouten.",
        "The Chromium or Chrome executable that prints PDFs.": "Het programma Chromium of Chrome dat de PDF afdrukt.",
        "The curriculum folder, without a plan file (default: the nearest curriculum upwards, else ./curriculum).":
            "De curriculummap, zonder planbestand (standaard: het dichtstbijzijnde curriculum in deze map of erboven, anders ./curriculum).",
        "The curriculum's title (default: 'Nieuw curriculum' / 'New curriculum').":
            "De titel van het curriculum (standaard: 'Nieuw curriculum' / 'New curriculum').",
        "The date of a course day (2027-03-09); repeat for several days.":
            "De datum van een cursusdag (2027-03-09); herhaal voor meer dagen.",
        "The earlier plan file.": "Het eerdere planbestand.",
        "The exercise, topic or module to show.": "De oefening, het onderwerp of de module om te tonen.",
        "The folder to create the curriculum in (new or empty).": "De map voor het nieuwe curriculum (nieuw of leeg).",
        "The later plan file.": "Het latere planbestand.",
        "The length of an inserted break (default 15).": "De lengte van een ingevoegde pauze (standaard 15).",
        "The length of lunch (default 45).": "De lengte van de lunch (standaard 45).",
        "The longest stretch of training without a break (default 90, or the manifest's).":
            "Het langste blok training zonder pauze (standaard 90, of wat curriculum.md zegt).",
        "The number of participants.": "Het aantal deelnemers.",
        "The number of trainers, or their names (comma-separated).":
            "Het aantal trainers, of hun namen (met komma's).",
        "The plan's title.": "De titel van het plan.",
        "The shell: bash, zsh or fish.": "De shell: bash, zsh of fish.",
        "The subcommand to explain.": "De subopdracht om uit te leggen.",
        "The time the programme must fit: days (3d) or hours (18h).":
            "De tijd waarin het programma moet passen: dagen (3d) of uren (18h).",
        "The time zone of ICS events.": "De tijdzone van de ICS-afspraken.",
        "The window lunch lies in (default 12:00-13:30, or the manifest's).":
            "De tijd waarbinnen de lunch valt (standaard 12:00-13:30, of wat curriculum.md zegt).",
        "Training time in one course day (6h, 360 min).": "Trainingstijd op één cursusdag (6h, 360 min).",
        "Treat warnings as errors for the exit status.": "Laat waarschuwingen voor de afsluitstatus als fouten tellen.",
        "When the day ends (16:30); default from the plan or manifest.":
            "Wanneer de dag eindigt (16:30); standaard uit het plan of curriculum.md.",
        "When the day starts (09:00); default from the plan or manifest.":
            "Wanneer de dag begint (09:00); standaard uit het plan of curriculum.md.",
        "Where the course takes place.": "Waar de cursus plaatsvindt.",
        "Who the handout is for.": "Voor wie de hand-out is.",
        "With --fill: cover the learning goals of these topics or modules.":
            "Met --fill: dek de leerdoelen van deze onderwerpen of modules af.",
        "With --fill: the topics to cover (1.A,1.B) or modules (2).":
            "Met --fill: de onderwerpen om af te dekken (1.A,1.B) of modules (2).",
        "With --select or --module: only exercises of this level.":
            "Met --select of --module: alleen oefeningen van dit niveau.",
        "With --select: the date of a course day (2027-03-09); repeat for several days.":
            "Met --select: de datum van een cursusdag (2027-03-09); herhaal voor meer dagen.",
        "With --select: the handout's title.": "Met --select: de titel van de hand-out.",
        "With --select: the number of participants (sets the copies to print).":
            "Met --select: het aantal deelnemers (bepaalt hoeveel kopieën er gedrukt worden).",
        "With --select: the number of trainers, or their names (comma-separated).":
            "Met --select: het aantal trainers, of hun namen (met komma's).",
        "With --select: where the course takes place.": "Met --select: waar de cursus plaatsvindt.",
        "With --write: replace an existing file.": "Met --write: vervang een bestaand bestand.",
        "Write nothing; list the files that would change and exit 1 if there are any.":
            "Schrijf niets; noem de bestanden die zouden veranderen en sluit af met 1 als die er zijn.",
        "Write nothing; show the changes as a unified diff.": "Schrijf niets; toon de wijzigingen als unified diff.",
        "Write to this file instead of standard output.":
            "Schrijf naar dit bestand in plaats van naar standaarduitvoer.",
    ]
}
