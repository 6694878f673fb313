/// What `fmt` is asked to do with the files the paths name.
public struct FmtRequest: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Rewrite every file that is not in canonical layout, in place and atomically.
        case write
        /// Write nothing; list the files that would change.
        case check
        /// Write nothing; show the changes as a unified diff.
        case diff
    }

    public var paths: [String]
    public var mode = Mode.write

    public init(paths: [String], mode: Mode = .write) {
        self.paths = paths
        self.mode = mode
    }
}

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
    /// Whether a file was left alone because formatting would change its meaning.
    public var refusedAFile = false

    /// `2 of 5 files reformatted, 3 already formatted`, for standard error.
    public func summary(mode: FmtRequest.Mode) -> String? {
        guard let total else { return nil }
        let verb = mode == .write ? "reformatted" : "would be reformatted"
        let leftAlone = total - changed - unchanged
        return "\(changed) of \(total) file\(total == 1 ? "" : "s") \(verb), \(unchanged) already formatted"
            + (leftAlone > 0 ? ", \(leftAlone) left alone (see above)" : "") + "\n"
    }
}

/// The `fmt` pipeline: each file read, formatted with its meaning checked, and rewritten, listed
/// or shown as a diff.
public struct FmtJob: Sendable {
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    public func run(_ request: FmtRequest) -> FmtResult {
        var result = FmtResult()
        let targets: [FormatTarget]
        switch FormatTargets.find(request.paths, fileSystem: fileSystem) {
        case .success(let found): targets = found
        case .failure(let diagnostic): return FmtResult(diagnostics: [diagnostic])
        }
        result.total = targets.count
        var fileSystem = self.fileSystem
        let loader = CurriculumLoader(fileSystem: fileSystem)
        for target in targets {
            let bytes: [UInt8]
            switch fileSystem.read(target.path, limit: loader.maximumFileSize) {
            case .failure(let error):
                result.diagnostics.append(error.diagnostic(path: target.path))
                continue
            case .success(let read): bytes = read
            }
            let source: SourceText
            switch SourceText.decode(bytes, path: target.path) {
            case .failure(let failure):
                result.diagnostics.append(failure.diagnostic(path: target.path))
                continue
            case .success(let decoded): source = decoded
            }
            let formatter = Formatter(
                language: target.language ?? Formatter.language(of: source), notation: target.notation)
            let text: String
            switch formatter.formatChecked(source, role: target.role) {
            case .meaningWouldChange(let diagnostic):
                result.diagnostics.append(diagnostic)
                result.sources[target.path] = source
                result.refusedAFile = true
                continue
            case .formatted(let formatted): text = formatted
            }
            let output = Array(text.utf8)
            if output == bytes {
                result.unchanged += 1
                continue
            }
            result.changed += 1
            switch request.mode {
            case .diff: result.output += Self.diff(source, text, path: target.path)
            case .check: result.output += target.path + "\n"
            case .write:
                if case .failure(let failure) = fileSystem.write(output, to: target.path, overwrite: .inPlace) {
                    result.diagnostics.append(failure.diagnostic(path: target.path))
                    continue
                }
                result.output += target.path + "\n"
            }
        }
        return result
    }

    /// The change as a unified diff, or a line saying that only invisible bytes change.
    static func diff(_ source: SourceText, _ text: String, path: String) -> String {
        let old = (0..<source.lineCount).map { source.line($0 + 1) }
        var new = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if new.last == "" { new.removeLast() }
        let diff = UnifiedDiff(old: old, new: new)
        guard diff.isEmpty else { return diff.rendered(oldName: path, newName: "\(path) (formatted)") }
        return
            "--- \(path)\n+++ \(path) (formatted)\n(only line ends, the byte-order mark or the final newline change)\n"
    }
}
