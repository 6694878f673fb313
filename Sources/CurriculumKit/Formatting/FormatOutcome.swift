/// The result of formatting one file with the meaning checked: the text to write, or why nothing
/// may be written.
public enum FormatOutcome: Sendable, Equatable {
    /// The canonical text as UTF-8 bytes (which may equal the input's): what a file is written
    /// with, compared with what it holds, without a `String` of it in between.
    case formatted([UInt8])
    /// Formatting would change the meaning or is not stable; the file must be left alone.
    case meaningWouldChange(Diagnostic)
}

extension Formatter {
    /// Formats `source` and proves the result safe before handing it out: the formatted text must
    /// parse to the same `MeaningFingerprint` (compared directly, `ParsedMeaning`) and format to itself again. Anything else is reported
    /// as CUR802 instead of being written, so a bug in a rewrite can never cost a user a word.
    public func formatChecked(_ source: SourceText, role: FileRole) -> FormatOutcome {
        // Each text is split into lines once; its layout and its fingerprint read the same scan.
        let scanner = LineScanner(source: source)
        let (text, decisions) = format(scanner, role: role, recording: true)
        // Already canonical (the usual case of `fmt --check` in CI): the same bytes mean the same.
        if text.withBufferView({ bytes in source.bytes.withBufferView { bytes.elementsEqual($0) } }) {
            return .formatted(text)
        }
        let at = SourceLocation(file: source.path, line: 1, column: 1)
        guard case .success(let formatted) = SourceText.decode(text, path: source.path) else {
            return .meaningWouldChange(.formattingLeavesNothing(source.path, at: at))
        }
        let formattedScanner = LineScanner(source: formatted)
        // The two readings compared directly; only a difference is encoded, to be decided and
        // described by the fingerprints exactly as before.
        let before = ParsedMeaning(scanner: scanner, role: role)
        let after = ParsedMeaning(scanner: formattedScanner, role: role)
        if !before.meansTheSame(as: after),
            let difference = MeaningFingerprint(before).difference(from: MeaningFingerprint(after))
        {
            return .meaningWouldChange(.formattingChangesMeaning(source.path, difference, at: at))
        }
        // Formatting the result again renders only the lines the first pass changed; every other
        // line's rendering is the first pass's (same bytes, scan and context: `LineDecisions`).
        // The second text's bytes are compared as it is laid out; only when they differ is it built
        // and compared as strings, with `==` (Unicode equivalence), as before.
        guard
            formats(formattedScanner, role: role, reusing: decisions, toBytesOf: text)
                || String(decoding: format(formattedScanner, role: role, reusing: decisions).bytes, as: UTF8.self)
                    == String(decoding: text, as: UTF8.self)
        else {
            return .meaningWouldChange(.unstableFormatting(source.path, at: at))
        }
        return .formatted(text)
    }
}

extension Diagnostic {
    fileprivate static func formattingLeavesNothing(_ path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .meaningChangingFormat,
            en: "formatting '\(path)' would leave nothing readable; the file was left as it is",
            nl: "na opmaken zou er van '\(path)' niets leesbaars overblijven; het bestand is niet veranderd",
            at: location)
    }

    fileprivate static func formattingChangesMeaning(
        _ path: String, _ difference: LocalizedText, at location: SourceLocation
    ) -> Diagnostic {
        Diagnostic(
            .meaningChangingFormat,
            en: "formatting would change what '\(path)' means (\(difference.english)); the file was left as it is",
            nl:
                "opmaken zou de betekenis van '\(path)' veranderen (\(difference.dutch)); het bestand is niet veranderd",
            at: location, hint: bugInFmt)
    }

    fileprivate static func unstableFormatting(_ path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .meaningChangingFormat,
            en: "formatting '\(path)' is not stable (a second run would change it again); the file was left as it is",
            nl:
                "het opmaken van '\(path)' is niet stabiel (een tweede keer zou het weer veranderen); het bestand is niet veranderd",
            at: location, hint: bugInFmt)
    }

    private static var bugInFmt: FixHint {
        FixHint(
            en: "this is a bug in `curriculum fmt`; please report it with the file",
            nl: "dit is een fout in `curriculum fmt`; meld hem graag, met het bestand erbij")
    }
}
