/// One line of a course book after cleaning, with the number it has in the book.
struct BookLine: Equatable, Sendable {
    /// 1-based line number in the book file: every note in the import report cites it.
    var number: Int
    var text: String

    var isBlank: Bool { text.isEmpty }
}
