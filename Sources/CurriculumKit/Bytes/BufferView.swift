#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only view of an array's or a string's elements in place, lent for the length of a closure.
///
/// The parsers and rules read every byte of every file, and reading through `Array` costs a bounds
/// check and often a retain per access. This view is the one door to the elements' storage: it is
/// made by `withBufferView` and `withByteView` below (and by `ScratchBuffer`), and it never outlives
/// the closure that receives it (no code stores one). Indices start at 0; `extracting(_:)` gives a view of a part,
/// indexed from 0 again. Reading out of bounds is a programming error, checked in debug builds only,
/// as for the standard library's buffers.
///
/// This file, `ScratchBuffer.swift` and nothing else in the library outside `Files/` may hold
/// pointer code (`UnsafeFenceTests` counts them).
struct BufferView<Element>: RandomAccessCollection {
    private let base: UnsafeBufferPointer<Element>

    /// A view of `base`, which must stay valid while the view is used.
    init(_ base: UnsafeBufferPointer<Element>) { self.base = base }

    var startIndex: Int { 0 }
    var endIndex: Int { base.count }

    @inline(__always)
    subscript(position: Int) -> Element { base[position] }

    /// The elements in `range`, as a view indexed from 0.
    @inline(__always)
    func extracting(_ range: Range<Int>) -> BufferView<Element> {
        BufferView(UnsafeBufferPointer(rebasing: base[range]))
    }

    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R? {
        try body(base)
    }
}

/// A view of UTF-8 bytes: a file's, a line's or a string's.
typealias ByteView = BufferView<UInt8>

extension ByteView {
    /// The eight bytes from `offset` as one little-endian word, wherever they sit in memory: the
    /// unit of the word-at-a-time tests in `SWAR`. `offset + 8` must not pass the end.
    @inline(__always)
    func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawBufferPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The sixteen bytes from `offset` as one vector, wherever they sit in memory: the unit of the
    /// sixteen-at-a-time tests. `offset + 16` must not pass the end.
    @inline(__always)
    func vector(at offset: Int) -> SIMD16<UInt8> {
        UnsafeRawBufferPointer(base).loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
    }

    /// The first offset in `range` that holds `byte` (the C library's `memchr`, which reads many
    /// bytes per step); `nil` when there is none.
    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        guard !range.isEmpty, let start = base.baseAddress,
            let found = memchr(start + range.lowerBound, Int32(byte), range.count)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(start)
    }

    /// Appends the bytes in `range` to `array`, in one copy.
    func append(_ range: Range<Int>, to array: inout [UInt8]) {
        array.append(contentsOf: UnsafeBufferPointer(rebasing: base[range]))
    }

    /// The bytes in `range` as a string (invalid UTF-8 repaired, as `String(decoding:as:)` does).
    @inline(__always)
    func string(in range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: base[range]), as: UTF8.self)
    }

    /// All the bytes as a string.
    var string: String { String(decoding: base, as: UTF8.self) }

    /// Whether both views hold the same bytes (the C library's `memcmp`, which compares many bytes
    /// per step: the byte-at-a-time `elementsEqual` of two strings' UTF-8 was a tenth of `fmt`).
    func elementsEqual(_ other: ByteView) -> Bool {
        guard base.count == other.base.count else { return false }
        guard let start = base.baseAddress, let otherStart = other.base.baseAddress else { return true }
        return memcmp(start, otherStart, base.count) == 0
    }

    /// Whether the bytes equal a static text's.
    func elementsEqual(_ text: StaticString) -> Bool {
        text.utf8CodeUnitCount == base.count
            && UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount).elementsEqual(base)
    }
}

extension StaticString {
    /// The byte at `offset` of the text (which must be shorter than `offset`).
    @inline(__always)
    func byte(at offset: Int) -> UInt8 { utf8Start[offset] }
}

extension Array {
    /// Calls `body` with a view of the elements in place.
    @inline(__always)
    func withBufferView<R>(_ body: (BufferView<Element>) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try body(BufferView($0)) }
    }
}

extension String {
    /// Calls `body` with a view of the string's UTF-8 bytes, in place for a native string (a copy
    /// for a bridged one).
    @inline(__always)
    func withByteView<R>(_ body: (ByteView) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable({ try body(BufferView($0)) }) { return result }
        return try Array(utf8).withBufferView(body)
    }

    /// Whether two strings hold the same UTF-8 bytes. Unlike `==`, no Unicode equivalence: `é` as
    /// one scalar and as `e` plus an accent are different here.
    func hasSameBytes(as other: String) -> Bool {
        utf8.count == other.utf8.count && withByteView { bytes in other.withByteView { bytes.elementsEqual($0) } }
    }

    /// Whether the string's UTF-8 bytes are exactly `bytes`.
    func hasSameBytes(as bytes: [UInt8]) -> Bool {
        utf8.count == bytes.count && withByteView { view in bytes.withBufferView { view.elementsEqual($0) } }
    }
}
