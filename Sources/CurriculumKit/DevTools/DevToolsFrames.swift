/// The messages a browser writes on its DevTools pipe (`--remote-debugging-pipe`): JSON texts, each
/// ended by a NUL byte, in reads of any size. Bytes go in as they arrive; whole messages come out.
///
/// A message may be split across reads and one read may hold several; the search for the next NUL
/// starts where the last one stopped, so a PDF of megabytes in small reads is scanned once.
public struct DevToolsFrames: Sendable {
    /// The largest message accepted: a PDF travels as one message, in base64.
    public var maximumMessageSize: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0

    public init(maximumMessageSize: Int = 1_024 * 1_048_576) {
        self.maximumMessageSize = maximumMessageSize
    }

    /// The bytes received that belong to no whole message yet.
    public var pendingByteCount: Int { buffer.count - start }

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
            scanned = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next whole message without its NUL, `nil` when none is complete yet; fails when the
    /// message grows beyond `maximumMessageSize` without ending.
    public mutating func next() throws(DevToolsFailure) -> [UInt8]? {
        var index = max(scanned, start)
        while index < buffer.count, buffer[index] != 0 { index += 1 }
        guard index < buffer.count else {
            scanned = index
            if buffer.count - start > maximumMessageSize { throw .tooLarge(bytes: buffer.count - start) }
            return nil
        }
        let message = Array(buffer[start..<index])
        start = index + 1
        scanned = start
        if start > 1_048_576, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
            scanned = 0
        }
        return message
    }
}
