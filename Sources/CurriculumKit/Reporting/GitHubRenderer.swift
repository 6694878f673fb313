/// Renders findings as GitHub Actions workflow commands, which the runner turns into annotations on
/// the pull request's diff:
///
/// ```
/// ::error file=curriculum/igma-femina/module-1.md,line=352,col=3,endColumn=17,title=CUR401::`0.A.2 bijlage 1` is not in the annex catalogue…
/// ```
///
/// Severities map to `error`, `warning` and `notice`. `endColumn` is the last column of the range
/// (inclusive) and is given only for single-line ranges; `endLine` only for ranges that span lines.
/// The hint follows the message on a second line. Escaping follows GitHub's toolkit
/// (`@actions/core`): in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in property values
/// `:` and `,` also become `%3A` and `%2C`.
///
/// `file=` is relative to the repository root when one is given (GitHub resolves it from there),
/// so annotations land on the diff wherever `check` ran from. The output ends with one summary
/// annotation (`::notice title=curriculum check::5 errors, 3 warnings in 3 files`): GitHub shows
/// only the first ten annotations of each kind per step, so the summary says how many there are
/// and, past ten, that the job log holds the rest.
///
/// Annotations are read by people on the pull request, so they are written in `language`: English
/// unless the workflow asks for Dutch with `--lang nl`. The command line never passes the locale
/// here (a runner's locale is an accident of its image, docs/ci.md).
public enum GitHubRenderer {
    /// How many annotations of one kind GitHub shows per step.
    public static let annotationsShownPerStep = 10

    /// One workflow command per finding, then the summary; `root` makes `file=` relative to the
    /// repository root, which is where GitHub looks for it (without it paths stay as shown).
    public static func render(_ report: CheckReport, root: RepositoryRoot? = nil, language: Language = .english)
        -> String
    {
        var out = ""
        for diagnostic in report.diagnostics {
            out += line(for: diagnostic, root: root, language: language) + "\n"
        }
        return out + summary(of: report, language: language) + "\n"
    }

    /// The last annotation: the counts, and where to find what GitHub does not show.
    public static func summary(of report: CheckReport, language: Language = .english) -> String {
        var text = CheckSummary.counts(of: report, in: language)
        let most = max(report.errorCount, report.warningCount, report.noteCount)
        if most > annotationsShownPerStep {
            text +=
                LocalizedText(
                    en:
                        "; GitHub shows the first \(annotationsShownPerStep) annotations of each kind per step: the job log lists every finding",
                    nl:
                        "; GitHub toont per stap de eerste \(annotationsShownPerStep) meldingen van elke soort: het log van de job noemt ze allemaal"
                )[language]
        }
        return "::notice title=curriculum check::" + escapeData(text)
    }

    /// One workflow command.
    public static func line(for diagnostic: Diagnostic, root: RepositoryRoot? = nil, language: Language = .english)
        -> String
    {
        let command: String
        switch diagnostic.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties: [(String, String)] = []
        if let range = diagnostic.range {
            properties.append(("file", root?.reportedPath(of: range.file) ?? range.file))
            properties.append(("line", String(range.start.line)))
            if range.endLine > range.start.line { properties.append(("endLine", String(range.endLine))) }
            properties.append(("col", String(range.start.column)))
            if range.endLine == range.start.line {
                properties.append(("endColumn", String(max(range.start.column, range.endColumn - 1))))
            }
        }
        properties.append(("title", diagnostic.code.id))
        var message = diagnostic.text[language]
        if let hint = diagnostic.hint {
            message += "\n" + HumanRenderer.word(.help, in: language) + ": " + hint.text[language]
        }
        return "::\(command) " + properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",") + "::"
            + escapeData(message)
    }

    /// `%`, CR and LF, as GitHub's toolkit escapes command data.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// As `escapeData`, and `:` and `,`, which separate properties.
    public static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
