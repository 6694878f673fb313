/// Writes a Carpentries lesson as a curriculum in the format of docs/format.md.
///
/// One module for the lesson with one topic; each episode an exercise (`1.A.1`, `1.A.2`… in the
/// order of `config.yaml`) whose duration is teaching + exercises, whose procedure is two timed
/// steps (teaching, exercises), whose learning goals are the objectives, and whose notes hold the
/// episode's source path, questions and key points. Labels are in the canonical spelling `fmt`
/// writes, Dutch for a lesson in Dutch and English otherwise.
public struct CarpentriesCurriculumWriter: Sendable {
    /// The module file's name, listed in the manifest.
    public static let moduleFileName = "module-1.md"

    /// The lesson to write.
    public var lesson: CarpentriesLesson
    /// The language of the labels: the lesson's `lang` when it is Dutch or English, else English.
    public var language: Language

    /// A writer for `lesson`, its language taken from the lesson's `lang`.
    public init(lesson: CarpentriesLesson) {
        self.lesson = lesson
        self.language = lesson.language.flatMap { Language(code: $0.lowercased()) } ?? .english
    }

    /// The files of the curriculum by name: manifest, module, README, and the lesson's licence
    /// when it has one.
    public var files: [String: String] {
        var files = [
            CurriculumLoader.manifestName: manifest, Self.moduleFileName: module, "README.md": readme,
        ]
        if let licence = lesson.licenseText { files["LICENSE.md"] = licence }
        return files
    }

    /// Why an imported exercise may last 0 minutes: the suppression's reason.
    static let zeroReason = "the lesson gives this episode 0 minutes of teaching and of exercises"

    /// The ID of the episode at `index` (0-based): `1.A.1` for the first.
    public static func exerciseID(_ index: Int) -> String { "1.A.\(index + 1)" }

    private var dutch: Bool { language == .dutch }

    private func label(_ kind: FieldKind) -> String { LabelTable.canonicalLabel(for: kind, in: language) }

    private var origin: String {
        let source = lesson.source.map { " (\($0))" } ?? ""
        let licence = lesson.license.map { dutch ? ", licentie \($0)" : ", licence \($0)" } ?? ""
        return dutch
            ? "Geïmporteerd uit de Carpentries-les \(lesson.title)\(source)\(licence) met curriculum import carpentries."
            : "Imported from the Carpentries lesson \(lesson.title)\(source)\(licence) by curriculum import carpentries."
    }

    var manifest: String {
        """
        # \(line(lesson.title))

        \(label(.language)): \(language.rawValue)

        \(label(.description)):
        \(origin)

        \(label(.modules)):
        - \(Self.moduleFileName)

        """
    }

    var module: String {
        let count = lesson.episodes.count
        var text = """
            # Module 1: \(line(lesson.title))

            \(dutch ? "De \(count) episodes van de les, in de volgorde van haar config.yaml." : "The lesson's \(count) episodes, in the order of its config.yaml.")

            ## 1.A \(dutch ? "Episodes" : "Episodes")

            """
        for (index, episode) in lesson.episodes.enumerated() {
            text += "\n" + exercise(episode, id: Self.exerciseID(index))
        }
        return text
    }

    private func exercise(_ episode: CarpentriesEpisode, id: String) -> String {
        var text = "### \(id) \(line(episode.title))\n\n"
        if episode.objectives.isEmpty {
            // The lesson gives no objectives to copy; say so where `check` would report it.
            // A comment ends at the first `-->`, so a file name holding one loses it here.
            let file = episode.file.replacing("-->", with: "")
            text = "<!-- curriculum-ignore CUR211: \(file) lists no objectives -->\n" + text
        } else {
            text += "\(label(.goals)):\n" + episode.objectives.map { "- \(prose($0))\n" }.joined() + "\n"
        }
        if episode.minutes == 0 {
            // The Workbench schedules such an episode in no time; the curriculum keeps the lesson's 0.
            text += "<!-- curriculum-ignore CUR303: \(Self.zeroReason) -->\n"
        }
        text +=
            "\(label(.duration)): \(DurationFormatter.canonical(Duration(minutes: episode.minutes), language: language))\n\n"
        text += "\(label(.procedure)):\n"
        text += "1. \(dutch ? "Uitleg" : "Teaching") (\(episode.teachingMinutes) min)\n"
        text += "2. \(dutch ? "Oefeningen" : "Exercises") (\(episode.exerciseMinutes) min)\n\n"
        text += "\(label(.notes)):\n- \(dutch ? "Bron" : "Source"): \(prose(episode.file))\n"
        if !episode.questions.isEmpty {
            text += "- \(dutch ? "Vragen" : "Questions"):\n" + episode.questions.map { "  - \(prose($0))\n" }.joined()
        }
        if !episode.keypoints.isEmpty {
            text +=
                "- \(dutch ? "Kernpunten" : "Key points"):\n" + episode.keypoints.map { "  - \(prose($0))\n" }.joined()
        }
        return text
    }

    var readme: String {
        """
        # \(line(lesson.title))

        \(origin)

        \(dutch ? "De episodes staan in \(Self.moduleFileName); elke episode is een oefening met de tijden van haar front matter (uitleg plus oefeningen)." : "The episodes are in \(Self.moduleFileName); each episode is an exercise with the times of its front matter (teaching plus exercises).")
        \(lesson.licenseText == nil ? "" : (dutch ? "De licentie van de les staat in LICENSE.md." : "The lesson's licence is in LICENSE.md."))

        """
    }

    /// Text on one line, without what the format would read as markup: line breaks and runs of
    /// spaces collapse, and an HTML comment opener is escaped so that it stays visible text.
    private func line(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            .replacing("<!--", with: "&lt;!--")
    }

    /// Text on one line in the body of an exercise: as `line`, and an exercise ID that the text
    /// would send the reader to (`see exercise 1.C.2.1`) goes in backticks. The lesson's text
    /// cannot mean this curriculum's exercises, and `check` would report every such ID that the
    /// curriculum does not have; `exercise \`1.C.2.1\`` reads as the same text and is no reference.
    private func prose(_ text: String) -> String {
        let text = line(text)
        let ranges = ExerciseCrossReferenceRule.referencedIDs(inLine: text)
        guard !ranges.isEmpty else { return text }
        var bytes = Array(text.utf8)
        // From the last: each insertion leaves the ranges before it where they were.
        for range in ranges.reversed() {
            bytes.insert(UInt8(ascii: "`"), at: range.upperBound)
            bytes.insert(UInt8(ascii: "`"), at: range.lowerBound)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
