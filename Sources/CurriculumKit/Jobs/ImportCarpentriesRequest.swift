/// What `import carpentries` is asked to do: read a Workbench lesson, write it as a curriculum.
public struct ImportCarpentriesRequest: Sendable {
    /// The lesson's folder (the one holding `config.yaml` and `episodes/`).
    public var lesson: String
    /// The curriculum folder to create.
    public var output: String
    /// Whether an existing output folder may be replaced (`--force`).
    public var force: Bool

    /// A request to import `lesson` into a new folder `output`, replacing one only with `force`.
    public init(lesson: String, output: String, force: Bool = false) {
        self.lesson = lesson
        self.output = output
        self.force = force
    }
}
