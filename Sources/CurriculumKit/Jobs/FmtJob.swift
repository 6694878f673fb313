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
            switch request.mode {
            case .diff: result.output += Self.diff(source, text, path: target.path)
            case .check: result.output += target.path + "\n"
            case .write:
                // A write that failed is a failure, never counted as reformatted (issue 14, item 9).
                if case .failure(let failure) = fileSystem.write(output, to: target.path, overwrite: .inPlace) {
                    result.diagnostics.append(failure.diagnostic(path: target.path))
                    result.failed += 1
                    continue
                }
                result.output += target.path + "\n"
            }
            result.changed += 1
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
