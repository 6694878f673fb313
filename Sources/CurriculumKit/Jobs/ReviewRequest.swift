/// What `curriculum review` is asked for: delivered plan files to compare with their actuals.
public struct ReviewRequest: Sendable {
    /// The output `review --format` chooses.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, csv
    }

    /// The plan files, in the order given.
    public var paths: [String]
    /// The names the review shows for them (the paths as typed).
    public var names: [String]
    public var format: Format
    /// The language of what the output says about the curriculum (`--lang`); `nil`: the
    /// curriculum's own.
    public var language: Language?

    public init(paths: [String], names: [String]? = nil, format: Format = .text) {
        self.paths = paths
        self.names = names ?? paths
        self.format = format
    }
}
