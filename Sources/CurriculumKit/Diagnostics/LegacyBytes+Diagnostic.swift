extension LegacyBytes {
    /// The finding for a file that is not UTF-8: the likely encoding, the bytes as the characters
    /// they probably are (`é` as 0xE9), and the command that converts the file.
    public func diagnostic(path: String) -> Diagnostic {
        .notUTF8(path, self)
    }

    /// `é` as 0xE9, or `0x81` for a byte that is no character in the likely encoding.
    func shown(_ byte: Byte) -> String {
        let hex = "0x" + String(byte.value, radix: 16, uppercase: true)
        return byte.character.map { "`\($0)` as \(hex)" } ?? hex
    }

    /// The distinct bytes after the first, at most four, for the message.
    var others: [Byte] {
        var seen: Set<UInt8> = [bytes.first?.value ?? 0]
        return bytes.filter { seen.insert($0.value).inserted }.prefix(4).map { $0 }
    }
}

extension Diagnostic {
    fileprivate static func notUTF8(_ path: String, _ legacy: LegacyBytes) -> Diagnostic {
        let first = legacy.bytes.first ?? LegacyBytes.Byte(line: 1, column: 1, value: 0x80, character: nil)
        let more =
            legacy.bytes.count > 1
            ? "; \(legacy.bytes.count) such bytes in all, also "
                + legacy.others.map(legacy.shown).joined(separator: ", ")
            : ""
        let hint =
            legacy.mixesUTF8
            // nl: het bestand mengt UTF-8 met \(legacy.encoding.rawValue); heel het bestand omzetten verminkt de rest: typ deze tekens opnieuw in een editor die UTF-8 bewaart (ze worden nu als � gelezen)
            ? "the file mixes UTF-8 with \(legacy.encoding.rawValue), so converting all of it would garble the rest: retype these characters in an editor that saves UTF-8 (they read as � until then)"
            // nl: zet het om naar UTF-8: iconv -f \(legacy.encoding.iconvName) -t UTF-8 '\(path)' > '\(path).utf8' && mv '\(path).utf8' '\(path)' (tot dan worden deze tekens als � gelezen)
            : "convert it to UTF-8: iconv -f \(legacy.encoding.iconvName) -t UTF-8 '\(path)' > '\(path).utf8' && mv '\(path).utf8' '\(path)' (these characters read as � until then)"
        return Diagnostic(
            .invalidUTF8,
            // nl: het bestand is geen UTF-8 maar waarschijnlijk \(legacy.encoding.rawValue): \(legacy.shown(first)) op regel \(first.line)\(more)
            "the file is not UTF-8 but probably \(legacy.encoding.rawValue): \(legacy.shown(first)) at line \(first.line)\(more)",
            at: SourceLocation(file: path, line: first.line, column: first.column), hint: FixHint(hint))
    }
}
