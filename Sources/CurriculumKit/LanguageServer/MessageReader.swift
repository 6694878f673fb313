/// Splits a byte stream into JSON-RPC messages framed as LSP frames them: a header block of
/// `Name: value` lines ended by an empty line (`\r\n\r\n`), then exactly `Content-Length` bytes of
/// JSON.
///
/// Bytes arrive in whatever pieces the pipe delivers (`append`); `next()` returns a message once
/// all of it is there. A broken frame (no or a wrong `Content-Length`, a body that is not JSON)
/// yields a typed error and the reader resynchronises at the next `Content-Length` header, so
/// one bad message never stops the ones after it and no input makes it wait for bytes it will
/// never get beyond the frame it is reading.
public struct MessageReader: Sendable {
    /// What one frame held.
    public enum Frame: Equatable, Sendable {
        case message(JSONValue)
        case failure(MessageReaderError)
    }

    /// Bodies larger than this are refused (and skipped) instead of buffered.
    public var maximumBodySize: Int
    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer`; the read part is dropped now and then, not per frame.
    private var start = 0

    public init(maximumBodySize: Int = 64 * 1_048_576) {
        self.maximumBodySize = maximumBodySize
    }

    /// Bytes not yet returned as a frame.
    public var pendingByteCount: Int { buffer.count - start }

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or `nil` when more bytes are needed.
    public mutating func next() -> Frame? {
        guard let headerEnd = find(Self.headerTerminator, from: start) else {
            // A header block that never ends: give up on it once it is implausibly long.
            if buffer.count - start > Self.maximumHeaderSize {
                skipToNextHeader(after: start + 1)
                return .failure(.headerTooLong)
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + Self.headerTerminator.count
        let length: Int
        switch Self.contentLength(in: header) {
        case .failure(let error):
            skipToNextHeader(after: bodyStart)
            return .failure(error)
        case .success(let value): length = value
        }
        guard length <= maximumBodySize else {
            skipToNextHeader(after: bodyStart)
            return .failure(.bodyTooLarge(length))
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        guard let value = JSONValue.parse(body) else {
            // A Content-Length too long swallows the next frame's header: resume there.
            if let inner = findHeaderName(in: bodyStart..<bodyStart + length) {
                start = inner
            } else {
                start = bodyStart + length
            }
            return .failure(.invalidJSON)
        }
        start = bodyStart + length
        return .message(value)
    }

    static let headerTerminator: [UInt8] = Array("\r\n\r\n".utf8)
    static let maximumHeaderSize = 8_192
    private static let headerName: [UInt8] = Array("content-length:".utf8)

    /// The `Content-Length` of a header block, checked: present once, a decimal number.
    static func contentLength(in header: String) -> Result<Int, MessageReaderError> {
        var found: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { return .failure(.malformedHeader) }
            let name = line[..<colon].trimmingWhitespace().lowercased()
            guard name == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            guard !value.isEmpty, value.utf8.count <= 12, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let number = Int(value)
            else { return .failure(.invalidContentLength) }
            if found != nil, found != number { return .failure(.invalidContentLength) }
            found = number
        }
        guard let found else { return .failure(.missingContentLength) }
        return .success(found)
    }

    private func find(_ needle: [UInt8], from offset: Int) -> Int? {
        guard needle.count <= buffer.count, offset <= buffer.count - needle.count else { return nil }
        var i = offset
        let last = buffer.count - needle.count
        while i <= last {
            if buffer[i] == needle[0] {
                var j = 1
                while j < needle.count, buffer[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The first `Content-Length:` (any case) in a range of the buffer.
    private func findHeaderName(in range: Range<Int>) -> Int? {
        let name = Self.headerName
        guard range.count >= name.count else { return nil }
        var i = range.lowerBound
        while i <= range.upperBound - name.count {
            var j = 0
            while j < name.count, Self.lower(buffer[i + j]) == name[j] { j += 1 }
            if j == name.count { return i }
            i += 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// Drops bytes up to the next header that could start a frame, or all but a tail that might
    /// begin one.
    private mutating func skipToNextHeader(after offset: Int) {
        let from = min(max(offset, start), buffer.count)
        if let next = findHeaderName(in: from..<buffer.count) {
            start = next
        } else {
            start = max(from, buffer.count - Self.headerName.count)
        }
    }
}

/// Why a frame could not be read; each becomes a JSON-RPC error response.
public enum MessageReaderError: Error, Equatable, Sendable {
    case missingContentLength
    case invalidContentLength
    case malformedHeader
    case headerTooLong
    case bodyTooLarge(Int)
    case invalidJSON
}
