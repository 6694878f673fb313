import Testing

@testable import CurriculumKit

@Suite struct MessageReaderTests {
    static func framed(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

    @Test func aFrameIsReadWhole() {
        var reader = MessageReader()
        reader.append(Self.framed(#"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#))
        #expect(reader.next() == .message(["jsonrpc": "2.0", "id": 1, "method": "initialize"]))
        #expect(reader.next() == nil)
        #expect(reader.pendingByteCount == 0)
    }

    /// Every split point of two frames, byte by byte: the reader waits, then yields both in order.
    @Test func partialReadsYieldTheSameFrames() {
        let bytes = Self.framed(#"{"a":"é🎭"}"#) + Self.framed(#"{"b":[1,2]}"#)
        for split in 0...bytes.count {
            var reader = MessageReader()
            var frames: [MessageReader.Frame] = []
            reader.append(bytes[..<split])
            while let frame = reader.next() { frames.append(frame) }
            reader.append(bytes[split...])
            while let frame = reader.next() { frames.append(frame) }
            #expect(frames == [.message(["a": "é🎭"]), .message(["b": [1, 2]])], "split at \(split)")
        }
    }

    @Test func oneByteAtATime() {
        let bytes = Self.framed(#"{"x":true}"#)
        var reader = MessageReader()
        var frames: [MessageReader.Frame] = []
        for byte in bytes {
            reader.append([byte])
            while let frame = reader.next() { frames.append(frame) }
        }
        #expect(frames == [.message(["x": true])])
    }

    @Test func otherHeadersAndAnyCaseAreAccepted() {
        var reader = MessageReader()
        reader.append(
            Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
        #expect(reader.next() == .message([:]))
    }

    @Test(arguments: [
        ("Content-Type: x\r\n\r\n{}", MessageReaderError.missingContentLength),
        ("Content-Length: two\r\n\r\n{}", .invalidContentLength),
        ("Content-Length: -2\r\n\r\n{}", .invalidContentLength),
        ("Content-Length 2\r\n\r\n{}", .malformedHeader),
        ("Content-Length: 5\r\n\r\n{oops", .invalidJSON),
    ])
    func brokenFramesAreErrorsAndTheNextFrameIsRead(broken: String, error: MessageReaderError) {
        var reader = MessageReader()
        reader.append(Array(broken.utf8) + Self.framed(#"{"ok":1}"#))
        var frames: [MessageReader.Frame] = []
        while let frame = reader.next() { frames.append(frame) }
        #expect(frames.first == .failure(error))
        #expect(frames.last == .message(["ok": 1]))
    }

    /// A Content-Length too long swallows the next header: the body is no JSON, and the reader
    /// resumes at the swallowed header instead of losing that message.
    @Test func aTooLongContentLengthLosesOnlyItsOwnMessage() {
        var reader = MessageReader()
        reader.append(Array("Content-Length: 30\r\n\r\n{}".utf8) + Self.framed(#"{"next":"message here"}"#))
        var frames: [MessageReader.Frame] = []
        while let frame = reader.next() { frames.append(frame) }
        #expect(frames == [.failure(.invalidJSON), .message(["next": "message here"])])
    }

    @Test func aBodyLargerThanTheLimitIsRefusedUnbuffered() {
        var reader = MessageReader(maximumBodySize: 10)
        reader.append(Array("Content-Length: 100\r\n\r\n".utf8) + Self.framed("{}"))
        #expect(reader.next() == .failure(.bodyTooLarge(100)))
        #expect(reader.next() == .message([:]))
    }

    @Test func aHeaderThatNeverEndsIsDropped() {
        var reader = MessageReader()
        reader.append([UInt8](repeating: 0x41, count: MessageReader.maximumHeaderSize + 10))
        #expect(reader.next() == .failure(.headerTooLong))
        #expect(reader.pendingByteCount < 20)
    }

    @Test func aTenMegabyteDocumentIsOneFrame() {
        let text = String(repeating: "- 1.A.1.1 bijlage 1: een regel tekst\n", count: 280_000)
        let body = JSONValue.object(["text": .string(text)]).encoded
        #expect(body.utf8.count > 10_000_000)
        var reader = MessageReader()
        reader.append(Self.framed(body))
        #expect(reader.next() == .message(["text": .string(text)]))
    }
}

@Suite struct MessageWriterTests {
    @Test func theLengthCountsUTF8Bytes() {
        let bytes = MessageWriter.frame(["t": "é🎭"])
        #expect(String(decoding: bytes, as: UTF8.self) == "Content-Length: 14\r\n\r\n{\"t\":\"é🎭\"}")
    }

    @Test func whatTheWriterWritesTheReaderReads() {
        let message: JSONValue = [
            "jsonrpc": "2.0", "id": "x",
            "result": ["s": "quote \" backslash \\ newline \n tab \t nul \u{01}", "n": .number(-3.5)],
        ]
        var reader = MessageReader()
        reader.append(MessageWriter.frame(message))
        #expect(reader.next() == .message(message))
    }
}

@Suite struct PositionTests {
    /// LSP counts UTF-16 code units: 🎭 is two, é one; the library counts scalars.
    @Test(arguments: [
        ("abc", 3, 3), ("é🎭x", 1, 1), ("é🎭x", 2, 3), ("é🎭x", 3, 4), ("🎭🎭", 1, 2), ("🎭🎭", 2, 4),
    ])
    func scalarColumnsBecomeUTF16Characters(line: String, column: Int, character: Int) {
        #expect(LSPPosition(line: 1, column: column + 1, lineText: line).character == character)
        #expect(LSPPosition(line: 0, character: character).column(in: line) == column + 1)
    }

    @Test func aCharacterInsideASurrogatePairMeansTheCharacterAfterIt() {
        #expect(LSPPosition(line: 0, character: 1).column(in: "🎭x") == 2)
    }

    @Test func aCharacterPastTheEndMeansTheEndOfTheLine() {
        #expect(LSPPosition(line: 0, character: 40).column(in: "é🎭x") == 4)
    }

    @Test func incrementalEditsCountUTF16() {
        var document = TextDocument(text: "Duur: 🎭 1 uur\nBijlagen:\r\n- x", version: 1)
        document.replace(from: LSPPosition(line: 0, character: 9), to: LSPPosition(line: 0, character: 10), with: "2")
        #expect(document.line(0) == "Duur: 🎭 2 uur")
        document.replace(from: LSPPosition(line: 2, character: 2), to: LSPPosition(line: 2, character: 3), with: "y")
        #expect(document.text == "Duur: 🎭 2 uur\nBijlagen:\r\n- y")
        document.replace(from: LSPPosition(line: 9, character: 0), to: LSPPosition(line: 9, character: 0), with: "!")
        #expect(document.text.hasSuffix("- y!"))
    }

    @Test func fileURIsRoundTrip() {
        let path = "/home/anne/cursus met spatie/módulo-1.md"
        #expect(DocumentURI.uri(path) == "file:///home/anne/cursus%20met%20spatie/m%C3%B3dulo-1.md")
        #expect(DocumentURI.path(DocumentURI.uri(path)) == path)
        #expect(DocumentURI.path("untitled:Untitled-1") == nil)
    }
}
