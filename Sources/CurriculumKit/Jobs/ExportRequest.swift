/// What `export` is asked to make: the handout of a plan file or of a selection, or the reference
/// booklet of a curriculum or one module, in one format.
public struct ExportRequest: Sendable {
    /// What to export.
    public enum Source: Sendable, Equatable {
        /// The handout of a plan file, which names its own curriculum.
        case plan(String)
        /// The handout of a selection laid out as `plan --select` lays it out.
        case selection(Selection, curriculumPath: String)
        /// The reference booklet of the whole curriculum, or of one module (at one level).
        case booklet(curriculumPath: String, module: Int?, level: Int?)
    }

    /// The formats of an export; PDF is printed from the HTML by the caller.
    public enum Format: String, Sendable, CaseIterable {
        case html, pdf, md, txt

        /// The format a file name asks for by its extension (`htm`, `markdown` and `text` too).
        public init?(fileName: String) {
            guard let dot = fileName.lastIndex(of: ".") else { return nil }
            switch fileName[fileName.index(after: dot)...].lowercased() {
            case "htm", "html": self = .html
            case "markdown", "md": self = .md
            case "text", "txt": self = .txt
            case "pdf": self = .pdf
            default: return nil
            }
        }
    }

    public var source: Source
    public var format = Format.html
    /// The language of what the output says about the curriculum (`--lang`); `nil`: the
    /// curriculum's own.
    public var language: Language?
    public var audience = Handout.Audience.trainers
    /// A selection's title, dates, place, participants and trainers; an empty title is made from
    /// what is selected.
    public var metadata = PlanMetadata()
    /// Timing given by the caller, which wins over the plan file's and the manifest's.
    public var settings = PlanSettings()
    public var autoBreaks = false
    /// The command as typed (`curriculum export`), for hints.
    public var commandLine = "curriculum export"

    public init(source: Source) {
        self.source = source
    }
}
