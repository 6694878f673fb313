/// The forms a check's findings can take: one for people, the rest for scripts and CI systems.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// `path:line:col: error[CODE]: message`, the source line and a caret, on standard error.
    case human
    /// One JSON document (docs/ci.md).
    case json
    /// GitHub Actions workflow commands, which the runner shows as annotations.
    case github
    /// A SARIF 2.1.0 log for code scanning.
    case sarif
    /// A JUnit XML report for CI dashboards.
    case junit
    /// GitLab's code quality report (Code Climate JSON) for merge requests.
    case gitlab

    /// Whether the findings go to standard error as text for people (and the summary line with
    /// them); every other format is one complete document on standard output.
    public var isForPeople: Bool { self == .human }

    /// Whether the summary line is printed on standard error beside the output.
    public var printsSummary: Bool { self == .human || self == .github }

    /// The document for standard output, or `nil` for the human format (whose findings are
    /// rendered one by one by `HumanRenderer`). The CI formats (GitHub, SARIF, GitLab) name files
    /// relative to `root` when given; JSON and JUnit keep the paths as shown.
    ///
    /// `language` is what the user asked for explicitly (`--lang`), never the locale. Only the
    /// GitHub annotations, which people read on a pull request, follow it; JSON, SARIF, JUnit and
    /// GitLab are read by programs and dashboards that gather runs from many machines, and stay
    /// English, with the codes as their stable key (docs/ci.md).
    public func document(
        for report: CheckReport, strict: Bool, toolVersion: String, root: RepositoryRoot? = nil,
        language: Language = .english
    ) -> String? {
        switch self {
        case .human: return nil
        case .json: return JSONRenderer.render(report, toolVersion: toolVersion)
        case .github: return GitHubRenderer.render(report, root: root, language: language)
        case .sarif: return SARIFRenderer.render(report, toolVersion: toolVersion, root: root)
        case .junit: return JUnitRenderer.render(report, strict: strict)
        case .gitlab: return GitLabRenderer.render(report, root: root)
        }
    }
}
