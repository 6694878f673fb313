/// An edit that repairs one finding, offered as a code action in the editor and, when it is the
/// one right answer, applied by `check --fix`.
public struct QuickFix: Hashable, Sendable {
    public var title: String
    public var edits: [TextEdit]
    /// The finding it repairs.
    public var diagnostic: Diagnostic
    /// The one right answer (`FixHint.isSafe`): editors mark it preferred, `check --fix` applies it.
    public var isSafe: Bool

    public init(title: String, edits: [TextEdit], diagnostic: Diagnostic, isSafe: Bool) {
        self.title = title
        self.edits = edits
        self.diagnostic = diagnostic
        self.isSafe = isSafe
    }
}
