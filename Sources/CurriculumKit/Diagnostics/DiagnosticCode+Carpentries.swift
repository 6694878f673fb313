/// Codes for Carpentries lessons that `curriculum import carpentries` cannot read (CUR950-CUR956).
extension DiagnosticCode {
    public static let notALesson = DiagnosticCode(
        "CUR950", "not-a-lesson", .error,
        summary: "the folder to import is not a Carpentries Workbench lesson (it holds no config.yaml)",
        help: "Give the lesson's top folder: the one holding config.yaml and episodes/.")
    public static let yamlOutsideSubset = DiagnosticCode(
        "CUR951", "yaml-outside-subset", .error,
        summary: "a YAML construct outside the small subset the importer reads",
        help: "Rewrite the line in the subset docs/import.md describes (one-line values, block lists).")
    public static let lessonWithoutEpisodes = DiagnosticCode(
        "CUR952", "lesson-without-episodes", .error,
        summary: "config.yaml lists no episodes",
        help: "List the episode files in teaching order under 'episodes:'.")
    public static let episodeWithoutTimings = DiagnosticCode(
        "CUR953", "episode-without-timings", .warning,
        summary: "an episode gives no 'teaching' or 'exercises' minutes",
        help: "Add 'teaching: N' and 'exercises: M' to the episode's front matter.")
    public static let episodeWithoutFrontMatter = DiagnosticCode(
        "CUR954", "episode-without-front-matter", .error,
        summary: "an episode file has no YAML front matter between '---' lines",
        help: "Start the episode with '---', its 'title:', 'teaching:' and 'exercises:', and '---'.")
    public static let invalidLessonField = DiagnosticCode(
        "CUR955", "invalid-lesson-field", .error,
        summary: "a field of config.yaml or of an episode's front matter is missing or has a value of the wrong kind",
        help:
            "Give the field the value the Workbench expects: a title as text, minutes as a number, episodes as a list.")
    public static let unsupportedLessonLanguage = DiagnosticCode(
        "CUR956", "unsupported-lesson-language", .warning,
        summary: "the lesson's language is neither English nor Dutch; the curriculum is written with English labels",
        help: "Nothing to do; the episodes' own text is kept as written.")

    static let carpentriesCodes: [DiagnosticCode] = [
        notALesson, yamlOutsideSubset, lessonWithoutEpisodes, episodeWithoutTimings, episodeWithoutFrontMatter,
        invalidLessonField, unsupportedLessonLanguage,
    ]
}
