/// A whole curriculum: its manifest, its modules in course order and its annex catalogue.
///
/// Built by `CurriculumLoader` from a folder, or by `CurriculumParser` from texts in memory. Holds
/// no file handles and no references to the outside: a value that can be checked, planned and
/// exported on any thread.
public struct Curriculum: Hashable, Sendable, Codable {
    /// The folder the curriculum was read from, as given.
    public var folder: String
    public var manifest: Manifest
    public var modules: [Module]
    public var annexCatalogue: AnnexCatalogue?
    /// Every comment in every file, in file order.
    public var comments: [Comment]

    public init(
        folder: String, manifest: Manifest, modules: [Module] = [], annexCatalogue: AnnexCatalogue? = nil,
        comments: [Comment] = []
    ) {
        self.folder = folder
        self.manifest = manifest
        self.modules = modules
        self.annexCatalogue = annexCatalogue
        self.comments = comments
    }

    public var title: String { manifest.title }
    public var language: Language { manifest.language }

    /// Every exercise in course order.
    public var exercises: [Exercise] { modules.flatMap(\.exercises) }

    public var topics: [Topic] { modules.flatMap(\.topics) }

    public var totalMinutes: Duration {
        modules.reduce(.zero) { $0 + $1.totalMinutes }
    }

    /// The exercise with this ID, if the curriculum has one.
    public func exercise(id: ExerciseID) -> Exercise? {
        for module in modules where module.number == id.module {
            for topic in module.topics where topic.id.letter == id.topic {
                for level in topic.levels where level.number == id.level {
                    if let exercise = level.exercises.first(where: { $0.id == id }) { return exercise }
                }
            }
        }
        return exercises.first { $0.id == id }
    }

    /// The exercise with this ID, or else the exercise that lists it as a former ID (`Eerder:`), so
    /// that an ID printed in a book or used before a renumbering still finds its exercise;
    /// `viaFormerID` says which, for the caller's note.
    public func exercise(resolving id: ExerciseID) -> (exercise: Exercise, viaFormerID: Bool)? {
        if let exercise = exercise(id: id) { return (exercise, false) }
        return exercises.first { $0.formerIDs.contains(id) }.map { ($0, true) }
    }

    public func module(number: Int) -> Module? {
        modules.first { $0.number == number }
    }

    public func topic(id: TopicID) -> Topic? {
        module(number: id.module)?.topics.first { $0.id == id }
    }

    /// The name of a level in this curriculum (`Kennis`), from the manifest or the level heading.
    public func levelName(_ number: Int) -> String? {
        manifest.levelNames[number]
    }
}
