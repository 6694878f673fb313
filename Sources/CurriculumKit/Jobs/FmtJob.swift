import Dispatch

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
        // Reading, formatting and the meaning check of each file are independent: they run on every
        // core. Writing, and everything else that touches the result, runs in the targets' order.
        let outcomes = Self.formatAll(targets, fileSystem: fileSystem, mode: request.mode)
        var fileSystem = self.fileSystem
        for (target, outcome) in zip(targets, outcomes) {
            switch outcome {
            case .unreadable(let diagnostic):
                result.diagnostics.append(diagnostic)
            case .refused(let diagnostic, let source):
                result.diagnostics.append(diagnostic)
                result.sources[target.path] = source
                result.refusedAFile = true
            case .unchanged:
                result.unchanged += 1
            case .changed(let output, let diff):
                switch request.mode {
                case .diff: result.output += diff
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
        }
        return result
    }

    /// What formatting one file came to.
    enum Outcome: Sendable {
        case unreadable(Diagnostic)
        case refused(Diagnostic, SourceText)
        case unchanged
        /// The new bytes (kept for `.write` only) and the diff (made for `.diff` only).
        case changed([UInt8], diff: String)
    }

    /// Formats every target, on every core, returning the outcomes in the targets' order.
    static func formatAll(_ targets: [FormatTarget], fileSystem: any FileSystem, mode: FmtRequest.Mode) -> [Outcome] {
        let slots = ConcurrentSlots<Outcome>(count: targets.count)
        let limit = CurriculumLoader(fileSystem: fileSystem).maximumFileSize
        let work: @Sendable (Int) -> Void = { index in
            slots.store(formatOne(targets[index], fileSystem: fileSystem, limit: limit, mode: mode), at: index)
        }
        if targets.count < 2 {
            for index in targets.indices { work(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: targets.count, execute: work)
        }
        return slots.values
    }

    static func formatOne(_ target: FormatTarget, fileSystem: any FileSystem, limit: Int, mode: FmtRequest.Mode)
        -> Outcome
    {
        let bytes: [UInt8]
        switch fileSystem.read(target.path, limit: limit) {
        case .failure(let error): return .unreadable(error.diagnostic(path: target.path))
        case .success(let read): bytes = read
        }
        let source: SourceText
        switch SourceText.decode(bytes, path: target.path) {
        case .failure(let failure): return .unreadable(failure.diagnostic(path: target.path))
        case .success(let decoded): source = decoded
        }
        let formatter = Formatter(
            language: target.language ?? Formatter.language(of: source), notation: target.notation)
        let formatted: [UInt8]
        switch formatter.formatChecked(source, role: target.role) {
        case .meaningWouldChange(let diagnostic): return .refused(diagnostic, source)
        case .formatted(let text): formatted = text
        }
        if formatted == bytes { return .unchanged }
        return .changed(
            mode == .write ? formatted : [],
            diff: mode == .diff ? diff(source, String(decoding: formatted, as: UTF8.self), path: target.path) : "")
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
