/// The words exports and listings print around curriculum text, in the curriculum's language.
public struct Labels: Sendable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func pick(_ dutch: String, _ english: String) -> String { language == .dutch ? dutch : english }

    public var goals: String { pick("Leerdoelen", "Learning goals") }
    public var duration: String { pick("Duur", "Duration") }
    public var procedure: String { pick("Werkwijze", "Procedure") }
    public var feedback: String { "Feedback" }
    public var annexes: String { pick("Bijlagen", "Annexes") }
    public var otherSupport: String { pick("Ondersteunend materiaal", "Supporting material") }
    public var materials: String { pick("Materiaal", "Materials") }
    public var preparation: String { pick("Voorbereiding", "Preparation") }
    public var groupSize: String { pick("Groepsgrootte", "Group size") }
    public var notes: String { pick("Opmerkingen", "Notes") }
    public var module: String { "Module" }
    public var topic: String { pick("Onderwerp", "Topic") }
    public var level: String { pick("Niveau", "Level") }
    public var exercise: String { pick("Oefening", "Exercise") }
    public var exercises: String { pick("oefeningen", "exercises") }
    public var exerciseSingular: String { pick("oefening", "exercise") }
    public var generalGoals: String { pick("Algemene doelen", "General goals") }
    public var levelGoals: String { pick("Doelen", "Goals") }
    public var contents: String { pick("Inhoud", "Contents") }
    public var total: String { pick("totaal", "total") }
    public var noDuration: String { pick("geen duur", "no duration") }
    public var annexLocation: String { pick("Vindplaats", "Location") }

    /// `7 oefeningen` / `1 exercise`.
    public func exerciseCount(_ count: Int) -> String {
        "\(count) " + (count == 1 ? exerciseSingular : exercises)
    }

    /// `Niveau 1: Kennis` with the manifest's level name, or `Niveau 1`.
    public func levelTitle(_ level: Level, names: [Int: String]) -> String {
        guard let number = level.number else { return "" }
        let name = level.name ?? names[number]
        return "\(self.level) \(number)" + (name.map { ": \($0)" } ?? "")
    }

    /// `1 uur 30 min`, `45 min`, `1–1 uur 30 min` for ranges.
    public func duration(_ value: Duration) -> String {
        let low = DurationFormatter.hoursAndMinutes(value.minimum, language: language)
        guard value.isRange else { return low }
        return "\(low) – \(DurationFormatter.hoursAndMinutes(value.maximum, language: language))"
    }
}

// MARK: - Handouts and booklets

extension Labels {
    /// The value of the `lang` attribute and of the Markdown front matter: `nl`, `en`.
    public var languageCode: String { language.rawValue }

    public var handout: String { pick("Trainershandout", "Trainer handout") }
    public var participantHandout: String { pick("Deelnemershandout", "Participant handout") }
    public var booklet: String { pick("Naslagwerk", "Reference booklet") }
    public var agenda: String { pick("Programma", "Agenda") }
    public var time: String { pick("Tijd", "Time") }
    public var activity: String { pick("Onderdeel", "Activity") }
    public var date: String { pick("Datum", "Date") }
    public var place: String { pick("Plaats", "Place") }
    public var trainers: String { pick("Trainers", "Trainers") }
    public var participants: String { pick("Deelnemers", "Participants") }
    public var curriculum: String { pick("Curriculum", "Curriculum") }
    public var plannedStart: String { pick("Gepland", "Planned") }
    public var breakTime: String { pick("Pauze", "Break") }
    public var lunch: String { pick("Lunch", "Lunch") }
    public var checklist: String { pick("Voorbereiding van de dag", "Preparing the day") }
    public var checklistIntroduction: String {
        pick(
            "Alles wat de oefeningen van dit programma vragen, bij elkaar opgeteld.",
            "Everything the exercises of this agenda need, added up.")
    }
    public var annexesToPrint: String { pick("Bijlagen om af te drukken", "Annexes to print") }
    public var annex: String { pick("Bijlage", "Annex") }
    public var annexesToShowOrOpen: String { pick("Bijlagen om te tonen of te openen", "Annexes to show or open") }
    public var annexUse: String { pick("Gebruik", "Use") }
    public var nothingToPrintOnly: String {
        pick(
            "Niets om af te drukken: de bijlagen worden getoond of geopend.",
            "Nothing to print: the annexes are shown or opened.")
    }

    /// What to do with an annex of this kind, for the checklist.
    public func annexKind(_ kind: AnnexKind) -> String {
        switch kind {
        case .print: return pick("afdrukken", "print")
        case .show: return pick("tonen (dia's, video)", "show (slides, video)")
        case .link: return pick("link openen", "open the link")
        case .digital: return pick("digitaal (platform)", "digital (a platform)")
        }
    }
    public var title: String { pick("Titel", "Title") }
    public var copies: String { pick("Exemplaren", "Copies") }
    public var usedIn: String { pick("Nodig bij", "Used in") }
    public var room: String { pick("Ruimte en groepen", "Room and groups") }
    public var preparationNotes: String { pick("Voor te bereiden", "To prepare") }
    public var notesPage: String { pick("Notities", "Notes") }
    public var done: String { pick("Klaar", "Done") }
    public var unknownCopies: String { pick("aantal deelnemers onbekend", "number of participants unknown") }
    public var nothingToPrint: String { pick("Geen bijlagen bij deze oefeningen.", "No annexes for these exercises.") }
    public var nothingToBring: String { pick("Geen materiaal opgegeven.", "No materials listed.") }
    public var noRoomNeeds: String { pick("Geen bijzondere eisen opgegeven.", "No special needs listed.") }
    public var exerciseCountHeading: String { pick("Oefeningen", "Exercises") }
    public var introduction: String { pick("Inleiding", "Introduction") }
    public var page: String { pick("pagina", "page") }
    public var from: String { pick("vanaf", "from") }

    /// `3 deelnemers + 2 trainers = 5` for the copy count's explanation.
    public func copyCount(participants: Int, trainers: Int) -> String {
        let p =
            "\(participants) "
            + (participants == 1 ? pick("deelnemer", "participant") : pick("deelnemers", "participants"))
        let t = "\(trainers) " + (trainers == 1 ? pick("trainer", "trainer") : pick("trainers", "trainers"))
        return "\(p) + \(t)"
    }

    /// `Dag 2` / `Day 2`.
    public func day(_ number: Int) -> String { pick("Dag \(number)", "Day \(number)") }

    /// `09:00–10:00`: a span of clock time with an en dash, as printed agendas write it.
    public func timeSpan(_ start: ClockTime, _ end: ClockTime) -> String { "\(start)–\(end)" }
}

extension Labels {
    /// `Plaats voor 14 personen` / `Seats for 14 people`.
    public func seats(_ people: Int) -> String { pick("Plaats voor \(people) personen", "Seats for \(people) people") }
}
