import Testing

@testable import CurriculumKit

/// Files in Windows-1252 or Latin-1: the bytes named as the characters they probably are, the rest
/// of the file still read (issue 13).
@Suite struct LegacyBytesTests {
    @Test func latin1BytesAreNamedAndReplaced() throws {
        let bytes: [UInt8] = Array("# Caf".utf8) + [0xE9] + Array(" au lait\nline ".utf8) + [0xEB, 0x0A]
        let source = try SourceText.decode(bytes, path: "m.md", repairing: true).get()
        #expect(source.line(1) == "# Caf\u{FFFD} au lait")
        #expect(source.line(2) == "line \u{FFFD}")
        let legacy = try #require(source.legacyBytes)
        #expect(legacy.encoding == .latin1)
        #expect(legacy.encoding.iconvName == "WINDOWS-1252")
        #expect(!legacy.mixesUTF8)
        #expect(legacy.bytes.map(\.line) == [1, 2])
        #expect(legacy.bytes.map(\.column) == [6, 6])
        #expect(legacy.bytes.map(\.character) == ["é", "ë"])
    }

    @Test func bytesFrom0x80To0x9FMeanWindows1252() throws {
        let bytes: [UInt8] = Array("it".utf8) + [0x92] + Array("s ".utf8) + [0x80, 0x81] + Array(" caf\u{E9}\n".utf8)
        let legacy = try #require(try SourceText.decode(bytes, path: "m.md", repairing: true).get().legacyBytes)
        #expect(legacy.encoding == .windows1252)
        #expect(legacy.bytes.map(\.character) == ["\u{2019}", "€", nil])
        // The `é` written in UTF-8 is valid: the file mixes both, so converting it whole would garble it.
        #expect(legacy.mixesUTF8)
    }

    @Test func withoutRepairingTheDecodingStillFails() {
        let bytes: [UInt8] = Array("# Caf".utf8) + [0xE9, 0x0A]
        #expect(SourceText.decode(bytes, path: "m.md").failure == .invalidUTF8(line: 1, column: 6, byteOffset: 5))
    }

    @Test func validUTF8IsLeftAsItIs() throws {
        let text = "# Caf\u{E9} \u{1F600} \u{20AC}\n"
        let source = try SourceText.decode(Array(text.utf8), path: "m.md", repairing: true).get()
        #expect(source.legacyBytes == nil)
        #expect(source.bytes == Array(text.utf8))
    }

    /// Every malformed sequence the UTF-8 validator refuses is repaired byte by byte: overlong
    /// forms, surrogates, truncated sequences and bytes above 0xF4.
    @Test(
        arguments: [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF],
        ] as [[UInt8]])
    func malformedSequencesAreReplaced(_ bad: [UInt8]) throws {
        let bytes = Array("a".utf8) + bad + Array("b\n".utf8)
        let source = try SourceText.decode(bytes, path: "m.md", repairing: true).get()
        #expect(source.line(1) == "a" + String(repeating: "\u{FFFD}", count: bad.count) + "b")
        #expect(source.legacyBytes?.bytes.count == bad.count)
    }

    @Test func theFindingNamesEncodingCharacterAndFix() throws {
        let bytes: [UInt8] = Array("# Caf".utf8) + [0xE9, 0x0A]
        let source = try SourceText.decode(bytes, path: "module 1.md", repairing: true).get()
        let diagnostic = try #require(source.legacyBytes).diagnostic(path: "module 1.md")
        #expect(diagnostic.code == .invalidUTF8)
        #expect(diagnostic.severity == .error)
        #expect(
            diagnostic.message == "the file is not UTF-8 but probably Windows-1252 or Latin-1: `é` as 0xE9 at line 1")
        #expect(diagnostic.location == SourceLocation(file: "module 1.md", line: 1, column: 6))
        #expect(
            diagnostic.hint?.message.contains(
                "iconv -f WINDOWS-1252 -t UTF-8 'module 1.md' > 'module 1.md.utf8' && mv 'module 1.md.utf8' 'module 1.md'"
            )
                == true)
    }
}
