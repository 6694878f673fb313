/// The manifest of a curriculum (`curriculum.md`): its title, language, defaults and files.
public struct Manifest: Hashable, Sendable, Codable {
    public var file: String
    public var title: String
    public var language: Language
    public var description: [TextBlock]
    /// Names of the levels: `1: Kennis`, `2: Praktijk`.
    public var levelNames: [Int: String]
    public var dayFrame: DayFrame?
    public var lunchWindow: DayFrame?
    public var maximumStretch: Duration?
    /// The thresholds every plan of the curriculum starts from (a plan file overrides them): the
    /// length of a short break and of lunch, and how many participants one trainer can take.
    public var breakMinutes: Int?
    public var lunchMinutes: Int?
    public var participantsPerTrainer: Int?
    /// The module files in course order, as listed, with where each is listed.
    public var moduleFiles: [FileReference]
    /// The annex catalogue's file name, relative to the curriculum folder.
    public var annexFile: String
    /// Whether `fmt` keeps label and duration spellings as written (`Notatie: zoals geschreven`).
    public var notation: Notation
    public var fields: [FieldOccurrence]
    public var location: SourceLocation

    public init(file: String, title: String, language: Language, location: SourceLocation) {
        self.file = file
        self.title = title
        self.language = language
        self.description = []
        self.levelNames = [:]
        self.dayFrame = nil
        self.lunchWindow = nil
        self.maximumStretch = nil
        self.moduleFiles = []
        self.annexFile = "annexes.md"
        self.notation = .canonical
        self.fields = []
        self.location = location
    }
}
