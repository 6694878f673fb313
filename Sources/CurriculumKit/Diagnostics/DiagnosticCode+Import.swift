/// Codes for importing a course book (CUR97x).
extension DiagnosticCode {
    public static let bookNotText = DiagnosticCode(
        "CUR970", "book-not-text", .error,
        summary: "the book to import is empty, binary or not UTF-8 text",
        help: "Give the text file pdftotext writes for the book (pdftotext -enc UTF-8 book.pdf book.txt).")
    public static let bookWithoutExercises = DiagnosticCode(
        "CUR971", "book-without-exercises", .error,
        summary: "the book to import holds no exercise the importer can find",
        help:
            "Check that the right file is named: exercises begin with an ID such as 1.A.1.1 or 0.A.1 followed by labels."
    )

    static let importCodes: [DiagnosticCode] = [bookNotText, bookWithoutExercises]
}
