extension FileWriteError {
    /// What to do instead of replacing an existing file, as the command that writes it asks.
    public enum Alternative: Sendable {
        /// `choose another file name`: the default.
        case anotherFileName
        /// `choose another --output` (export).
        case anotherOutput
        /// `choose another --output-dir` (export of several plans).
        case anotherOutputFolder
        /// `give another file to --write` (plan).
        case anotherPlanFile
        /// `give a new or empty folder` (init).
        case newFolder

        var text: LocalizedText {
            switch self {
            case .anotherFileName:
                return LocalizedText(en: "choose another file name", nl: "kies een andere bestandsnaam")
            case .anotherOutput: return LocalizedText(en: "choose another --output", nl: "kies een andere --output")
            case .anotherOutputFolder:
                return LocalizedText(en: "choose another --output-dir", nl: "kies een andere --output-dir")
            case .anotherPlanFile:
                return LocalizedText(en: "give another file to --write", nl: "geef --write een ander bestand")
            case .newFolder: return LocalizedText(en: "give a new or empty folder", nl: "geef een nieuwe of lege map")
            }
        }
    }

    /// The finding to report about the file that was not written; `alternative` says what to do
    /// instead of replacing an existing file (`choose another --output`).
    public func diagnostic(path: String, alternative: Alternative = .anotherFileName) -> Diagnostic {
        switch self {
        case .exists: return .outputExists(path, alternative: alternative.text)
        case .cannotWrite(let reason): return .unwritableOutput(path, reason: reason)
        }
    }
}

extension Diagnostic {
    fileprivate static func outputExists(_ path: String, alternative: LocalizedText) -> Diagnostic {
        Diagnostic(
            .outputExists, en: "'\(path)' already exists; not overwriting it",
            nl: "'\(path)' bestaat al en wordt niet overschreven", at: nil,
            hint: FixHint(
                en: "add --force to replace it, or \(alternative.english)",
                nl: "voeg --force toe om het te vervangen, of \(alternative.dutch)"))
    }

    fileprivate static func unwritableOutput(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(
            .unwritableOutput, en: "cannot write '\(path)': \(reason)",
            nl: "'\(path)' kan niet geschreven worden: \(reason)",
            at: nil,
            hint: FixHint(
                en: "check that the folder exists and is writable; nothing was changed",
                nl: "kijk of de map bestaat en of je erin mag schrijven; er is niets veranderd"))
    }
}
