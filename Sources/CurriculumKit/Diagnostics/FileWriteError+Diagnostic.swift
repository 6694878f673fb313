extension FileWriteError {
    /// The finding to report about the file that was not written; `alternative` says what to do
    /// instead of replacing an existing file (`choose another --output`).
    public func diagnostic(path: String, alternative: String = "choose another file name") -> Diagnostic {
        switch self {
        case .exists: return .outputExists(path, alternative: alternative)
        case .cannotWrite(let reason): return .unwritableOutput(path, reason: reason)
        }
    }
}

extension Diagnostic {
    fileprivate static func outputExists(_ path: String, alternative: String) -> Diagnostic {
        Diagnostic(
            .outputExists, "'\(path)' already exists; not overwriting it", at: nil,
            hint: FixHint("add --force to replace it, or \(alternative)"))
    }

    fileprivate static func unwritableOutput(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(
            .unwritableOutput, "cannot write '\(path)': \(reason)", at: nil,
            hint: FixHint("check that the folder exists and is writable; nothing was changed"))
    }
}
