/// The content of one field as gathered by a parser: its label, where it was, and its blocks.
struct FieldContent {
    var kind: FieldKind
    var label: String
    var labelLocation: SourceLocation
    var labelLength: Int
    /// Where the value starts (after the colon, or on the next line).
    var valueLocation: SourceLocation
    var builder = BlockBuilder()
    /// Set when the field is reported (repeated, misplaced): its content is read but not kept.
    var ignored = false

    mutating func finish() -> [TextBlock] { builder.finish() }
}
