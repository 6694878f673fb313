import CurriculumKit

/// A mistake in how the command was called: reported with the usage line, exit status 2.
///
/// The message holds both languages, like a finding's (`LocalizedText`): the usage error is shown
/// in the user's language, and a missing translation does not compile.
struct UsageError: Error, Sendable {
    var message: LocalizedText
    /// The command whose usage to show.
    var path: [String]
    /// The nearest valid word, quoted (`'check'`): said the same in every language.
    var suggestion: String?

    init(en english: String, nl dutch: String, path: [String], suggestion: String? = nil) {
        self.message = LocalizedText(en: english, nl: dutch)
        self.path = path
        self.suggestion = suggestion
    }
}
