/// What `fmt` did: the files it rewrote (or would), the diffs, and the findings.
public struct FmtResult: JobResult {
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: SourceText] = [:]
    /// For standard output: the paths changed (or that would change), or the diffs.
    public var output = ""
    /// The files looked at, changed (or that would change) and already canonical; `nil` when the
    /// paths named nothing to format.
    public var total: Int?
    public var changed = 0
    public var unchanged = 0
    /// The files that needed rewriting but could not be written.
    public var failed = 0
    /// Whether a file was left alone because formatting would change its meaning.
    public var refusedAFile = false

    /// `2 of 5 files reformatted, 3 already formatted`, for standard error.
    /// In Dutch: `2 van 5 bestanden opgemaakt, 3 waren al opgemaakt`.
    public func summary(mode: FmtRequest.Mode, language: Language = .english) -> String? {
        guard let total else { return nil }
        let leftAlone = total - changed - unchanged - failed
        switch language {
        case .english:
            let verb = mode == .write ? "reformatted" : "would be reformatted"
            return "\(changed) of \(total) file\(total == 1 ? "" : "s") \(verb), \(unchanged) already formatted"
                + (failed > 0 ? ", \(failed) could not be written (see above)" : "")
                + (leftAlone > 0 ? ", \(leftAlone) left alone (see above)" : "") + "\n"
        case .dutch:
            let verb = mode == .write ? "opgemaakt" : "zou\(changed == 1 ? "" : "den") opgemaakt worden"
            return "\(changed) van \(total) \(total == 1 ? "bestand" : "bestanden") \(verb), \(unchanged) "
                + "\(unchanged == 1 ? "was" : "waren") al opgemaakt"
                + (failed > 0 ? ", \(failed) niet geschreven (zie hierboven)" : "")
                + (leftAlone > 0 ? ", \(leftAlone) niet aangeraakt (zie hierboven)" : "") + "\n"
        }
    }
}
