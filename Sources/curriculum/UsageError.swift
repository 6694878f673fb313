/// A mistake in how the command was called: reported with the usage line, exit status 2.
struct UsageError: Error, Sendable {
    var message: String
    /// The command whose usage to show.
    var path: [String]
    var suggestion: String?

    init(_ message: String, path: [String], suggestion: String? = nil) {
        self.message = message
        self.path = path
        self.suggestion = suggestion
    }
}
