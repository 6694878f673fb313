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
