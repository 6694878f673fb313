/// Builders for the small module texts in rule examples, so that each example shows only what it
/// is about.
enum ExampleText {
    /// A complete exercise: heading, goals, duration, procedure, feedback, then `extra` fields.
    static func exercise(
        _ id: String = "1.A.1.1", title: String = "Kennismaking", depth: Int = 4,
        goals: String = "De deelnemers kennen elkaar",
        duration: String = "30 min", procedure: String = "1. Voorstelronde.", extra: String = ""
    ) -> String {
        """
        \(String(repeating: "#", count: depth)) \(id) \(title)

        Leerdoelen:
        - \(goals)

        Duur: \(duration)

        Procedure:
        \(procedure)

        Feedback: Korte terugblik.
        \(extra.isEmpty ? "" : "\n" + extra + "\n")

        """
    }

    /// A module file with one topic and one level holding `body`.
    static func module(_ body: String, number: Int = 1, topic: String = "A", level: Int? = 1, levelGoals: String = "")
        -> String
    {
        var text = "# Module \(number): Voorbeeldmodule\n\n## \(number).\(topic) Onderwerp\n\n"
        if let level {
            text += "### Niveau \(level)\n\n"
            if !levelGoals.isEmpty { text += "Doelen:\n\(levelGoals)\n\n" }
        }
        return text + body
    }

    /// A catalogue holding `items` (list lines).
    static func catalogue(_ items: String) -> String {
        "# Bijlagen\n\n\(items)\n"
    }
}
