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
    public func summary(mode: FmtRequest.Mode) -> String? {
        guard let total else { return nil }
        let verb = mode == .write ? "reformatted" : "would be reformatted"
        let leftAlone = total - changed - unchanged - failed
        return "\(changed) of \(total) file\(total == 1 ? "" : "s") \(verb), \(unchanged) already formatted"
            // nl: , \(failed) niet geschreven (zie boven)
            + (failed > 0 ? ", \(failed) could not be written (see above)" : "")
            + (leftAlone > 0 ? ", \(leftAlone) left alone (see above)" : "") + "\n"
    }
}
