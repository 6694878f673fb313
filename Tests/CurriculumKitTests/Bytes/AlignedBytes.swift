@testable import CurriculumKit

/// Test inputs for the `Bytes` routines at every alignment.
enum AlignedBytes {
    /// The offsets into a buffer at which a view starts: every position of two eight-byte words.
    static let offsets = 0..<16
    /// The lengths of the views: every length up to five words and a bit.
    static let lengths = 0...43

    /// Calls `body` with a view of `bytes` that starts `offset` bytes into a larger buffer, with
    /// `padding` before and after it: a routine that reads outside its view meets the padding,
    /// which is chosen to change its answer.
    static func withView<R>(of bytes: [UInt8], at offset: Int, padding: UInt8, _ body: (ByteView) -> R) -> R {
        let buffer = [UInt8](repeating: padding, count: offset) + bytes + [UInt8](repeating: padding, count: 24)
        return buffer.withBufferView { body($0.extracting(offset..<(offset + bytes.count))) }
    }
}
