extension LegacyBytes {
    /// The finding for a file that is not UTF-8: the likely encoding, the bytes as the characters
    /// they probably are (`é` as 0xE9), and the command that converts the file.
    public func diagnostic(path: String) -> Diagnostic {
        .notUTF8(path, self)
    }

    /// `é` as 0xE9, or `0x81` for a byte that is no character in the likely encoding.
    func shown(_ byte: Byte) -> LocalizedText {
        let hex = "0x" + String(byte.value, radix: 16, uppercase: true)
        guard let character = byte.character else { return .same(hex) }
        return LocalizedText(en: "`\(character)` as \(hex)", nl: "`\(character)` als \(hex)")
    }

    /// The distinct bytes after the first, at most four, for the message.
    var others: [Byte] {
        var seen: Set<UInt8> = [bytes.first?.value ?? 0]
        return bytes.filter { seen.insert($0.value).inserted }.prefix(4).map { $0 }
    }
}

extension LegacyBytes.Encoding {
    /// The encoding's name in a sentence: `Windows-1252 of Latin-1` in Dutch.
    var name: LocalizedText {
        switch self {
        case .windows1252: return .same(rawValue)
        case .latin1: return LocalizedText(en: "Windows-1252 or Latin-1", nl: "Windows-1252 of Latin-1")
        }
    }
}

extension Diagnostic {
    fileprivate static func notUTF8(_ path: String, _ legacy: LegacyBytes) -> Diagnostic {
        let first = legacy.bytes.first ?? LegacyBytes.Byte(line: 1, column: 1, value: 0x80, character: nil)
        let encoding = legacy.encoding.name
        let others = legacy.others.map(legacy.shown)
        let more =
            legacy.bytes.count > 1
            ? LocalizedText(
                en: "; \(legacy.bytes.count) such bytes in all, also "
                    + others.map(\.english).joined(separator: ", "),
                nl: "; in totaal \(legacy.bytes.count) zulke bytes, ook "
                    + others.map(\.dutch).joined(separator: ", "))
            : .same("")
        let convert =
            "iconv -f \(legacy.encoding.iconvName) -t UTF-8 '\(path)' > '\(path).utf8' && mv '\(path).utf8' '\(path)'"
        let hint =
            legacy.mixesUTF8
            ? FixHint(
                en:
                    "the file mixes UTF-8 with \(encoding.english), so converting all of it would garble the rest: retype these characters in an editor that saves UTF-8 (they read as � until then)",
                nl:
                    "het bestand mengt UTF-8 met \(encoding.dutch); heel het bestand omzetten verminkt de rest: typ deze tekens opnieuw in een editor die UTF-8 bewaart (tot dan worden ze als � gelezen)"
            )
            : FixHint(
                en: "convert it to UTF-8: \(convert) (these characters read as � until then)",
                nl: "zet het om naar UTF-8: \(convert) (tot dan worden deze tekens als � gelezen)")
        let shown = legacy.shown(first)
        return Diagnostic(
            .invalidUTF8,
            en:
                "the file is not UTF-8 but probably \(encoding.english): \(shown.english) at line \(first.line)\(more.english)",
            nl:
                "het bestand is geen UTF-8 maar waarschijnlijk \(encoding.dutch): \(shown.dutch) op regel \(first.line)\(more.dutch)",
            at: SourceLocation(file: path, line: first.line, column: first.column), hint: hint)
    }
}
