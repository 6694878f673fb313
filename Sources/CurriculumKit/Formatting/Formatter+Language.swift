extension Formatter {
    /// Labels that are English only; every other label in `LabelTable` is Dutch or shared.
    static let englishLabels: Set<String> = [
        "learning objective", "learning objectives", "learning goal", "learning goals", "goal", "goals",
        "general goals",
        "objective", "objectives", "aims", "aim", "duration", "time", "method", "feedback (if applicable)",
        "debriefing",
        "supporting materials", "supporting material", "annexes", "annex", "appendices", "materials", "material",
        "equipment",
        "preparation", "group size", "note", "notes", "language", "description", "levels", "day", "day frame",
        "course day",
        "lunch window", "maximum stretch", "max stretch", "annex catalogue", "annex file", "location", "notation",
    ]
    /// Labels shared by both languages: they say nothing about which one a file is in.
    static let sharedLabels: Set<String> = ["procedure", "feedback", "modules", "lunch"]

    /// The language a file's labels are written in, for a module file formatted on its own (outside
    /// a curriculum folder whose manifest would say): the majority of its labels, Dutch on a tie.
    public static func language(of source: SourceText) -> Language {
        let scanner = LineScanner(source: source)
        var english = 0
        var dutch = 0
        for line in scanner.lines {
            guard case .field = line.kind else { continue }
            let label = LabelTable.normalise(source.string(from: line.markerStart, to: line.labelEnd))
            if sharedLabels.contains(label) { continue }
            if englishLabels.contains(label) { english += 1 } else { dutch += 1 }
        }
        return english > dutch ? .english : .dutch
    }
}
