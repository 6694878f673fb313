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
