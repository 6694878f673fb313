/// Writable room for a few plain values (bytes, packed words) for the length of a closure: on the
/// stack when it is small, with no array to grow and no reference count to keep.
///
/// Made only by `withScratchBuffer` and `String(utf8Capacity:initializingWith:)`; like
/// `BufferView`, it never outlives the closure that receives it. Only plain values
/// (`BitwiseCopyable`) go in, so writing over room that was never filled leaks nothing. Writing or
/// reading out of bounds is a programming error, checked in debug builds only.
struct ScratchBuffer<Element: BitwiseCopyable> {
    private let base: UnsafeMutableBufferPointer<Element>

    fileprivate init(_ base: UnsafeMutableBufferPointer<Element>) { self.base = base }

    var count: Int { base.count }

    @inline(__always)
    subscript(position: Int) -> Element {
        get { base[position] }
        nonmutating set { base[position] = newValue }
    }

    /// The first `count` elements, to read.
    @inline(__always)
    func prefix(_ count: Int) -> BufferView<Element> {
        BufferView(UnsafeBufferPointer(rebasing: base[..<count]))
    }
}

extension ScratchBuffer<UInt8> {
    /// Copies `bytes` to the buffer at `offset` (there must be room); returns the offset after them.
    @inline(__always)
    func write(_ bytes: ByteView, at offset: Int) -> Int {
        guard let target = base.baseAddress, !bytes.isEmpty else { return offset }
        bytes.withContiguousStorageIfAvailable { source in
            guard let from = source.baseAddress else { return }
            (target + offset).update(from: from, count: source.count)
        }
        return offset + bytes.count
    }
}

/// Calls `body` with room for `capacity` values of type `Element`, uninitialised.
@inline(__always)
func withScratchBuffer<Element: BitwiseCopyable, R>(
    of type: Element.Type, capacity: Int, _ body: (ScratchBuffer<Element>) throws -> R
) rethrows -> R {
    try withUnsafeTemporaryAllocation(of: type, capacity: capacity) { try body(ScratchBuffer($0)) }
}

extension String {
    /// A string of at most `capacity` UTF-8 bytes written in place by `body`, which returns how
    /// many it wrote; the string is made without an intermediate array.
    @inline(__always)
    init(utf8Capacity capacity: Int, initializingWith body: (ScratchBuffer<UInt8>) -> Int) {
        self.init(unsafeUninitializedCapacity: capacity) { body(ScratchBuffer($0)) }
    }
}
