import Testing

@testable import CurriculumKit

/// Each word-at-a-time test against the same question asked of each byte.
@Suite struct SWARTests {
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    static func mask(_ bytes: [UInt8], _ qualifies: (UInt8) -> Bool) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | (qualifies($1.element) ? 0x80 << (8 * UInt64($1.offset)) : 0) }
    }

    /// Backgrounds that surround the byte looked for: the bytes that most often fool a borrow or a
    /// carry (0x00, 0x7F, 0x80, 0xFF, neighbours of the target).
    static func words(around target: UInt8) -> [[UInt8]] {
        let neighbours: [UInt8] = [0x00, 0x7F, 0x80, 0xFF, target &- 1, target &+ 1, target ^ 0x20, 0x20]
        var words: [[UInt8]] = []
        for position in 0..<8 {
            for fill in neighbours {
                var bytes = [UInt8](repeating: fill, count: 8)
                bytes[position] = target
                words.append(bytes)
                words.append([UInt8](repeating: fill, count: 8))
                if position < 7 {
                    bytes[position + 1] = target
                    words.append(bytes)
                }
            }
        }
        return words
    }

    @Test(arguments: [0x00, 0x09, 0x0A, 0x20, 0x3C, 0x66, 0x7F, 0x80, 0xC3, 0xFF] as [UInt8])
    func equalBytesAreMarkedExactly(target: UInt8) {
        for bytes in Self.words(around: target) {
            let word = Self.word(bytes)
            #expect(SWAR.bytes(of: word, equalTo: target) == Self.mask(bytes) { $0 == target }, "\(bytes)")
            #expect((SWAR.mayHold(word, target) != 0) == bytes.contains(target), "\(bytes)")
            #expect(SWAR.isASCII(word) == bytes.allSatisfy { $0 < 0x80 })
        }
    }

    @Test(arguments: [0x0E, 0x20, 0x41, 0x80] as [UInt8])
    func asciiBytesBelowALimitAreMarkedExactly(limit: UInt8) {
        for target in [limit &- 1, limit, 0, 0x7F] where target < 0x80 {
            for bytes in Self.words(around: target) where bytes.allSatisfy({ $0 < 0x80 }) {
                #expect(SWAR.asciiBytes(of: Self.word(bytes), below: limit) == Self.mask(bytes) { $0 < limit })
            }
        }
    }

    @Test func theFirstMarkedByteIsTheLowestAddress() {
        for position in 0..<8 {
            var bytes = [UInt8](repeating: 0x61, count: 8)
            bytes[position] = 0x0A
            if position < 7 { bytes[7] = 0x0A }
            #expect(SWAR.firstMarkedByte(SWAR.bytes(of: Self.word(bytes), equalTo: 0x0A)) == position)
        }
    }
}
