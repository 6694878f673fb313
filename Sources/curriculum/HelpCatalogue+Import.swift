extension HelpCatalogue {
    /// The Dutch of `curriculum import` and its importers.
    static let imports: [String: String] = [
        "Turn a lesson or a book kept in another form into a curriculum folder.":
            "Zet een les of een boek dat in een andere vorm bestaat om in een curriculummap.",
        """
        Each importer reads its source, writes a new curriculum folder that passes 'curriculum check', and writes \
        nothing at all when the source cannot be read (exit status 2). An existing folder is replaced only with \
        --force. docs/import.md says what each importer reads and what it cannot.
        """:
            """
        Elke importer leest zijn bron en schrijft een nieuwe curriculummap die 'curriculum check' doorstaat; als de \
        bron niet te lezen is, schrijft hij helemaal niets (afsluitcode 2). Een bestaande map wordt alleen met \
        --force vervangen. docs/import.md beschrijft wat elke importer leest en wat niet.
        """,
        "Import a Carpentries Workbench lesson: one module, each episode an exercise.":
            "Importeer een Carpentries Workbench-les: één module, elke episode een oefening.",
        """
        Reads the lesson's config.yaml (title, lang, the episodes: order) and each episode's front matter (title, \
        teaching, exercises) and its objectives, questions and keypoints. Each episode becomes an exercise lasting \
        teaching + exercises minutes, with two timed steps; an episode without timings counts 5 minutes, with a \
        warning, as the Workbench counts it. Then 'curriculum plan DIR --select 1' lays the lesson out on real \
        clock times, with --auto-breaks, --date per day and --start/--end. Exit status: 0 imported, 2 when the \
        lesson cannot be read or the folder cannot be written; then nothing is written.
        """:
            """
        Leest config.yaml van de les (title, lang, de volgorde onder episodes:) en van elke episode de front matter \
        (title, teaching, exercises) met de objectives, questions en keypoints. Elke episode wordt een oefening van \
        teaching + exercises minuten, met twee getimede stappen; een episode zonder tijden telt 5 minuten, met een \
        waarschuwing, zoals de Workbench ze telt. Daarna zet 'curriculum plan MAP --select 1' de les op echte \
        kloktijden, met --auto-breaks, --date per dag en --start/--end. Afsluitcode: 0 geïmporteerd, 2 als de les \
        niet te lezen is of de map niet te schrijven; dan wordt er niets geschreven.
        """,
        "The curriculum folder to create.": "De curriculummap die gemaakt wordt.",
        "Import a course book (pdftotext output) as a draft curriculum with an IMPORT.md report.":
            "Importeer een cursusboek (uitvoer van pdftotext) als concept-curriculum met een verslag in IMPORT.md.",
        """
        Reads exercise IDs (repairing OCR misprints such as I.A.1.1 or O.A.1 by context), titles, labels in Dutch and \
        English, durations, steps and annex references; drops page headers and footers found by repetition; joins \
        hyphenated words. Writes the curriculum folder and IMPORT.md: every repair and every doubt with the book's \
        line number. Nothing is invented: text that cannot be placed stays as text with a comment. The folder is \
        written whole or not at all; an existing folder is replaced only with --force. Exit status: 0 written, 1 not \
        written, 2 usage error or a book that is not text or holds no exercise.
        """:
            """
        Leest oefeningnummers (en herstelt OCR-fouten zoals I.A.1.1 of O.A.1 uit de samenhang), titels, labels in het \
        Nederlands en Engels, tijden, stappen en verwijzingen naar bijlagen; laat kop- en voetregels weg die steeds \
        terugkomen; plakt afgebroken woorden weer aan elkaar. Schrijft de curriculummap en IMPORT.md: elke reparatie \
        en elke twijfel met het regelnummer in het boek. Er wordt niets verzonnen: tekst die nergens past, blijft \
        tekst met een opmerking erbij. De map wordt helemaal of niet geschreven; een bestaande map wordt alleen met \
        --force vervangen. Afsluitcode: 0 geschreven, 1 niet geschreven, 2 verkeerd gebruik of een boek dat geen \
        tekst is of geen oefening bevat.
        """,
        "Language of the labels written (default: the book's).":
            "Taal van de labels die geschreven worden (standaard: die van het boek).",
        "The book as text (pdftotext).": "Het boek als tekst (pdftotext).",
        "The curriculum folder to create (required).": "De curriculummap die gemaakt wordt (verplicht).",
        "Replace the output folder if it exists.": "Vervang de uitvoermap als die al bestaat.",
        "The lesson's folder, holding config.yaml and episodes/.": "De map van de les, met config.yaml en episodes/.",
    ]
}
