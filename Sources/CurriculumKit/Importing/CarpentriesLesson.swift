/// A Carpentries Workbench lesson: its `config.yaml` and its episodes in teaching order.
public struct CarpentriesLesson: Equatable, Sendable {
    /// The lesson's folder, as given.
    public var folder: String
    /// `config.yaml`'s `title`.
    public var title: String
    /// `config.yaml`'s `lang` (`en`, `es`, `nl`…), when given.
    public var language: String?
    /// `config.yaml`'s `source` (the lesson's repository), when given.
    public var source: String?
    /// `config.yaml`'s `license` (`CC-BY 4.0`), when given.
    public var license: String?
    /// The episodes in the order `config.yaml` lists them.
    public var episodes: [CarpentriesEpisode]
    /// The text of the lesson's `LICENSE.md`, copied with the import to keep the attribution.
    public var licenseText: String?

    /// A lesson with its title and episodes; the other fields are set by the reader.
    public init(folder: String, title: String, episodes: [CarpentriesEpisode]) {
        self.folder = folder
        self.title = title
        self.episodes = episodes
    }
}
