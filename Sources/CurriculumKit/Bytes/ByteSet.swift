/// A few byte values to search for eight bytes at a time (`ByteView.firstIndex(ofAnyIn:in:)`).
///
/// Meant for bytes that are rare in prose, where most words of eight bytes hold none of them: the
/// search then passes eight bytes with a few integer operations. A letter given in both cases
/// (`f` and `F`) costs one test, as bit 0x20 is set before comparing; at most three tests in all.
struct ByteSet {
    /// Up to three tests, each a byte to look for after or-ing `fold` into the byte (0x20 folds an
    /// ASCII letter's cases together; 0 compares exactly). Unused tests repeat the first.
    private let testCount: Int
    private let patterns: (UInt8, UInt8, UInt8)
    private let folds: (UInt8, UInt8, UInt8)
    /// The same, repeated in each byte of a word, for `matches(in:)`.
    private let patternWords: (UInt64, UInt64, UInt64)
    private let foldWords: (UInt64, UInt64, UInt64)
    private let patternVectors: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)
    private let foldVectors: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)

    /// The set of `bytes`, which must be at least one and need at most three tests (distinct
    /// bytes, a letter in both cases counting once): a program's constant, not input.
    init(_ bytes: [UInt8]) {
        var tests: [(pattern: UInt8, fold: UInt8)] = []
        for byte in Set(bytes).sorted() {
            let lower = byte | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A
            if isLetter, bytes.contains(lower), bytes.contains(lower & ~0x20) {
                if !tests.contains(where: { $0.pattern == lower && $0.fold == 0x20 }) { tests.append((lower, 0x20)) }
            } else {
                tests.append((byte, 0))
            }
        }
        precondition((1...3).contains(tests.count), "a ByteSet holds one to three tests")
        testCount = tests.count
        let padded = tests + Array(repeating: tests[0], count: 3 - tests.count)
        patterns = (padded[0].pattern, padded[1].pattern, padded[2].pattern)
        folds = (padded[0].fold, padded[1].fold, padded[2].fold)
        patternWords = (SWAR.repeating(patterns.0), SWAR.repeating(patterns.1), SWAR.repeating(patterns.2))
        foldWords = (SWAR.repeating(folds.0), SWAR.repeating(folds.1), SWAR.repeating(folds.2))
        patternVectors = (.init(repeating: patterns.0), .init(repeating: patterns.1), .init(repeating: patterns.2))
        foldVectors = (.init(repeating: folds.0), .init(repeating: folds.1), .init(repeating: folds.2))
    }

    /// Whether `byte` is in the set.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte | folds.0 == patterns.0 || byte | folds.1 == patterns.1 || byte | folds.2 == patterns.2
    }

    /// *Exact* (see `SWAR`): the bytes of `word` that are in the set.
    @inline(__always)
    func matches(in word: UInt64) -> UInt64 {
        var marks = SWAR.zeroBytes((word | foldWords.0) ^ patternWords.0)
        if testCount > 1 { marks |= SWAR.zeroBytes((word | foldWords.1) ^ patternWords.1) }
        if testCount > 2 { marks |= SWAR.zeroBytes((word | foldWords.2) ^ patternWords.2) }
        return marks
    }
}

extension ByteSet {
    /// Whether any of the sixteen bytes of `vector` is in the set: the same tests as
    /// `matches(in:)`, sixteen lanes at a time, for the stretches where nothing is found.
    @inline(__always)
    func anyMatch(in vector: SIMD16<UInt8>) -> Bool {
        let (f0, f1, f2) = foldVectors
        let (p0, p1, p2) = patternVectors
        var marks = (vector | f0) .== p0
        if testCount > 1 { marks .|= (vector | f1) .== p1 }
        if testCount > 2 { marks .|= (vector | f2) .== p2 }
        return any(marks)
    }
}

extension ByteView {
    /// The first offset in `range` whose byte is in `set`; `nil` when there is none. Tests eight
    /// bytes at a time, and the last few one by one.
    @inline(__always)
    func firstIndex(ofAnyIn set: ByteSet, in range: Range<Int>) -> Int? {
        let end = range.upperBound
        var i = range.lowerBound
        // Sixteen bytes at a time past the stretches with no byte of the set; the words find where.
        while i &+ 16 <= end, !set.anyMatch(in: vector(at: i)) { i &+= 16 }
        while i &+ 8 <= end {
            let marks = set.matches(in: word(at: i))
            if marks != 0 { return i &+ SWAR.firstMarkedByte(marks) }
            i &+= 8
        }
        while i < end {
            if set.contains(self[i]) { return i }
            i &+= 1
        }
        return nil
    }
}
