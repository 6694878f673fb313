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
