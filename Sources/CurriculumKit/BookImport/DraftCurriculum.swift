/// A curriculum as read from a course book, before it is written as files.
///
/// Every piece keeps the book's line numbers, so that the report can cite them; text the
/// importer could not place is kept with a comment saying so (`unplaced`).
struct DraftCurriculum: Sendable {
    var title: String
    var titleLine: Int
    /// The book's opening (before the first module), without its table of contents.
    var frontMatter: [BookLine] = []
    var modules: [DraftModule] = []
    var notes: [BookNote] = []
}

/// A module: heading, introduction, goals, topics.
struct DraftModule: Sendable {
    var number: Int
    var title: String?
    var line: Int
    var intro: [BookLine] = []
    var goals: [BookLine] = []
    var topics: [DraftTopic] = []
}

/// A topic: heading, introduction, exercises (levels are read from the exercise IDs).
struct DraftTopic: Sendable {
    var letter: Character
    var title: String?
    var line: Int
    var intro: [BookLine] = []
    /// Level introductions by level number, with the line they start at.
    var levelIntros: [Int: [BookLine]] = [:]
    var levelTitles: [Int: String] = [:]
    var exercises: [DraftExercise] = []
}

/// An exercise: what the book prints under its ID, in order, and the fields read from it.
struct DraftExercise: Sendable {
    /// One thing the book prints inside an exercise.
    enum Entry: Equatable, Sendable {
        case label(BookLabel, line: Int)
        case text(BookLine)
        case blank
    }

    var id: BookID
    var title: String
    var line: Int
    var entries: [Entry] = []
    /// Text before the first field that is not the title.
    var description: [BookLine] = []
    var fields: [DraftField] = []
    /// Comments to write above the heading (each a sentence).
    var comments: [String] = []
}

/// One field of an exercise with its value lines (blank lines kept as paragraph breaks).
struct DraftField: Sendable {
    var kind: FieldKind
    var label: String
    var line: Int
    var lines: [BookLine] = []
    /// Comments to write above the field.
    var comments: [String] = []
    var duration: BookDuration?
    var annexes: [DraftAnnex] = []
}

/// An annex reference as it will be written: `1.A.1.1 bijlage 1: title`.
struct DraftAnnex: Hashable, Sendable {
    var owner: String
    var number: Int
    var title: String
    var line: Int
}
