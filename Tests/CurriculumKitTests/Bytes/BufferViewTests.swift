import Testing

@testable import CurriculumKit

/// `BufferView` and its byte reading against plain readings of the same arrays.
@Suite struct BufferViewTests {
    /// The eight bytes from `offset` assembled one at a time, lowest address lowest.
    static func referenceWord(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    @Test(arguments: AlignedBytes.offsets)
    func wordsAreReadLittleEndianAtEveryOffset(offset: Int) {
        let bytes = (0..<48).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        AlignedBytes.withView(of: bytes, at: offset, padding: 0xFF) { view in
            for position in 0...(bytes.count - 8) {
                #expect(view.word(at: position) == Self.referenceWord(bytes, at: position), "at \(position)")
            }
        }
    }

    /// `elementsEqual(_:)` of two views and `hasSameBytes(as:)` of two strings agree with a byte
    /// loop, for every length, every place of a difference and every alignment; canonically
    /// equivalent strings with different bytes are different.
    @Test(arguments: AlignedBytes.offsets)
    func viewsCompareByteForByte(offset: Int) {
        for length in AlignedBytes.lengths {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 97) }
            for position in -1..<length {
                var other = bytes
                if position >= 0 { other[position] ^= 0x01 }
                let same = AlignedBytes.withView(of: bytes, at: offset, padding: 0) { view in
                    other.withBufferView { view.elementsEqual($0) }
                }
                #expect(same == (bytes == other), "length \(length), difference at \(position)")
            }
            #expect(!bytes.withBufferView { view in (bytes + [0]).withBufferView { view.elementsEqual($0) } })
        }
        #expect("caf\u{E9}" == "cafe\u{301}")
        #expect(!"caf\u{E9}".hasSameBytes(as: "cafe\u{301}"))
        #expect("lange tekst met é".hasSameBytes(as: "lange tekst met " + "é"))
        #expect("".hasSameBytes(as: []))
        #expect("ab".hasSameBytes(as: [0x61, 0x62]) && !"ab".hasSameBytes(as: [0x61, 0x63]))
    }

    /// `firstIndex(of:in:)` finds the first `<` wherever it sits, never one outside the range, and
    /// nothing where there is none.
    @Test(arguments: AlignedBytes.offsets)
    func bytesAreFoundAtEveryPosition(offset: Int) {
        for length in AlignedBytes.lengths {
            for position in -1..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                if position >= 0 { bytes[position] = 0x3C }
                if position >= 0, position + 3 < length { bytes[position + 3] = 0x3C }
                for start in [0, min(length, 3)] {
                    let expected = bytes[start...].firstIndex(of: 0x3C)
                    let found = AlignedBytes.withView(of: bytes, at: offset, padding: 0x3C) {
                        $0.firstIndex(of: 0x3C, in: start..<length)
                    }
                    #expect(found == expected, "length \(length), < at \(position), from \(start)")
                }
            }
        }
    }

    @Test func partsAreViewsIndexedFromZero() {
        let bytes = Array("abcdé, fgh".utf8)
        bytes.withBufferView { view in
            #expect(view.count == bytes.count)
            #expect(Array(view) == bytes)
            let part = view.extracting(2..<7)
            #expect(part.startIndex == 0 && part.count == 5 && part[0] == 0x63)
            #expect(part.string == "cdé,")
            #expect(view.string(in: 4..<9) == "é, f")
            #expect(view.string(in: 4..<5) == "\u{FFFD}", "half a character is repaired, as String(decoding:) does")
            #expect(view.extracting(2..<3).elementsEqual("c" as StaticString))
            #expect(!view.extracting(2..<4).elementsEqual("c" as StaticString))
        }
        #expect("cdé".withByteView { Array($0) } == Array("cdé".utf8))
    }

    @Test func scratchBuffersBuildStrings() {
        let text = String(utf8Capacity: 16) { buffer in
            buffer[0] = 0x3E
            return "héllo".withByteView { buffer.write($0, at: 1) }
        }
        #expect(text == ">héllo")
        let sum = withScratchBuffer(of: UInt64.self, capacity: 4) { buffer -> UInt64 in
            for index in 0..<4 { buffer[index] = UInt64(index + 1) }
            return buffer.prefix(3).reduce(0, +)
        }
        #expect(sum == 6)
    }
}
