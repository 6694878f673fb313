import Testing

@testable import CurriculumKit

/// `UTF8Lines` against plain readings: lines split one byte at a time, validity decided by the
/// standard library's UTF-8 parser, at every alignment of the bytes in memory.
@Suite struct UTF8LinesTests {
    /// Splits the way `SourceText` documents it, one byte at a time: LF, CRLF and CR end a line; a
    /// final terminator starts no line.
    static func referenceLines(_ bytes: [UInt8]) -> [(Int, Int)] {
        var lines: [(Int, Int)] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                lines.append((start, i))
                start = i + 1
            } else if bytes[i] == 0x0D {
                lines.append((start, i))
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count || lines.isEmpty { lines.append((start, bytes.count)) }
        return lines
    }

    /// Lines of every length up to 40 bytes, so that each line end falls at every position of an
    /// eight-byte word; with accented letters, tabs and every kind of line end.
    @Test func linesSplitAtEveryAlignment() throws {
        var generator = SeededRandom(seed: 7)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("é".utf8), Array(" ".utf8), Array("\t".utf8), Array("x".utf8), Array("’".utf8),
        ]
        let ends: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D], [0x0A, 0x0A]]
        for round in 0..<300 {
            var bytes: [UInt8] = Array("Start".utf8)
            for _ in 0..<(1 + round % 9) {
                for _ in 0..<Int.random(in: 0...40, using: &generator) {
                    bytes += pieces.randomElement(using: &generator) ?? []
                }
                bytes += ends.randomElement(using: &generator) ?? []
            }
            if round % 3 == 0 { bytes += Array("tail".utf8) }
            let source = try #require(try? SourceText.decode(bytes, path: "t.md").get())
            let expected = Self.referenceLines(bytes)
            #expect(source.lineStarts == expected.map(\.0), "round \(round)")
            #expect(source.lineEnds == expected.map(\.1), "round \(round)")
        }
    }

    /// A NUL byte or a broken sequence is found wherever it sits in a word.
    @Test func badBytesAreFoundAtEveryOffset() {
        for offset in 0..<24 {
            var bytes = Array(String(repeating: "abcdefg\n", count: 4).utf8)
            bytes[offset] = 0
            let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
            #expect(SourceText.decode(bytes, path: "t.md").failure == .binary(line: line, byteOffset: offset))
            bytes[offset] = 0xC3  // a lead byte followed by ASCII: invalid
            if bytes[offset + 1] == 0x0A { continue }
            guard case .invalidUTF8(let badLine, _, let badOffset) = SourceText.decode(bytes, path: "t.md").failure
            else {
                Issue.record("offset \(offset): invalid UTF-8 not found")
                continue
            }
            #expect(badLine == line && badOffset == offset)
        }
    }

    @Test func whiteSpaceOnlyIsEmpty() {
        #expect(SourceText.decode(Array("        \n        \n\t".utf8), path: "t.md").failure == .empty)
        #expect(SourceText.decode(Array("                x".utf8), path: "t.md").failure == nil)
    }

    /// What `UTF8Lines.split` must answer, read one scalar at a time with the standard library's
    /// parser: the first NUL or ill-formed sequence by position, else the lines.
    static func reference(_ bytes: [UInt8]) -> Result<UTF8Lines, UTF8Lines.Failure> {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        /// The line (1 + the line ends before `offset`, CRLF counting once) and the column (1 + the
        /// characters between the line's start and `offset`).
        func position(of offset: Int) -> (line: Int, column: Int) {
            var line = 1
            var lineStart = 0
            var i = 0
            while i < offset {
                if bytes[i] == 0x0A || bytes[i] == 0x0D {
                    if bytes[i] == 0x0D, i + 1 < offset, bytes[i + 1] == 0x0A { i += 1 }
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
            return (line, bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1)
        }
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0 {
                    return .failure(.nul(line: position(of: offset).line, byteOffset: offset))
                }
                offset += encoded.count
            case .error:
                let (line, column) = position(of: offset)
                return .failure(.invalidUTF8(line: line, column: column, byteOffset: offset))
            case .emptyInput:
                break loop
            }
        }
        let lines = referenceLines(bytes)
        return .success(
            UTF8Lines(
                starts: lines.map(\.0), ends: lines.map(\.1),
                isOnlyWhiteSpace: bytes.allSatisfy { [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains($0) }))
    }

    /// Texts of every length up to 43 bytes with a line end, a NUL, a multi-byte character or a
    /// broken sequence at every position, at every alignment: the word-at-a-time path meets each
    /// at each of its eight byte positions.
    @Test(arguments: AlignedBytes.offsets)
    func splitAgreesWithAReferenceAtEveryPosition(offset: Int) {
        let specials: [[UInt8]] = [
            [0x0A], [0x0D, 0x0A], [0x0D], [0x00], Array("é".utf8), Array("’".utf8), Array("😀".utf8), [0xC3],
            [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80], [0x09], [0x0B],
        ]
        for length in AlignedBytes.lengths {
            for position in 0..<max(length, 1) {
                for special in specials {
                    // Printable ASCII, or only spaces, with the special bytes written at `position`.
                    var bytes = (0..<length).map { length % 2 == 0 ? UInt8(0x20) : UInt8(0x61 + $0 % 26) }
                    for (k, byte) in special.enumerated() where position + k < length { bytes[position + k] = byte }
                    let found = AlignedBytes.withView(of: bytes, at: offset, padding: 0x0A) { UTF8Lines.split($0) }
                    #expect(found == Self.reference(bytes), "offset \(offset), \(bytes)")
                }
            }
        }
    }

    /// Scalars of one to four bytes at every position of views at every alignment, read as the
    /// standard library reads them; a sequence cut off by the end of the view reads as `nil`.
    @Test(arguments: AlignedBytes.offsets)
    func scalarsDecodeAsTheStandardLibraryDecodesThem(offset: Int) {
        for text in ["aé’😀\u{0}z", "x" + String(repeating: "é", count: 9), "😀😀a😀"] {
            for cut in 0...text.utf8.count {
                let bytes = Array(text.utf8.prefix(cut))
                let expected = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
                var scalars: [UInt32] = []
                var complete = true
                AlignedBytes.withView(of: bytes, at: offset, padding: 0x80) { view in
                    var i = 0
                    while i < view.count {
                        guard let scalar = UTF8Lines.decodeScalar(view, at: &i) else {
                            complete = false
                            #expect(i == view.count)
                            break
                        }
                        scalars.append(scalar)
                    }
                }
                // A cut sequence is repaired to U+FFFD by the standard library and refused here.
                let whole = String(validating: bytes, as: UTF8.self) != nil
                #expect(complete == whole, "\(text) cut at \(cut)")
                if whole { #expect(scalars == expected, "\(text) cut at \(cut)") }
            }
        }
    }
}
