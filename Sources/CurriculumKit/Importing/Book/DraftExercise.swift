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
