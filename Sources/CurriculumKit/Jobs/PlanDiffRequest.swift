/// What `plan diff` is asked for: two plan files to lay out and compare.
public struct PlanDiffRequest: Sendable {
    /// The plan files' paths as the user sees them.
    public var old: String
    public var new: String
    /// The names the comparison shows for them (the paths as typed).
    public var oldName: String
    public var newName: String
    public var autoBreaks = false
    /// The language of what the output says about the curriculum (`--lang`); `nil`: the
    /// curriculum's own.
    public var language: Language?

    public init(old: String, new: String, oldName: String? = nil, newName: String? = nil) {
        self.old = old
        self.new = new
        self.oldName = oldName ?? old
        self.newName = newName ?? new
    }
}
