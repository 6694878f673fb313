import Testing

@testable import CurriculumKit

@Suite struct DevToolsFramesTests {
    static let stream = Array(#"{"id":1,"result":{}}"#.utf8) + [0] + Array(#"{"method":"é🎭"}"#.utf8) + [0]

    static func drain(_ frames: inout DevToolsFrames) throws -> [String] {
        var messages: [String] = []
        while let message = try frames.next() { messages.append(String(decoding: message, as: UTF8.self)) }
        return messages
    }

    /// Several messages in one read come out one by one, in order.
    @Test func severalMessagesInOneRead() throws {
        var frames = DevToolsFrames()
        frames.append(Self.stream)
        #expect(try Self.drain(&frames) == [#"{"id":1,"result":{}}"#, #"{"method":"é🎭"}"#])
        #expect(frames.pendingByteCount == 0)
    }

    /// Every split point of the stream: the reader waits for the NUL, then yields the same messages.
    @Test func aMessageSplitAcrossReads() throws {
        for split in 0...Self.stream.count {
            var frames = DevToolsFrames()
            frames.append(Self.stream[..<split])
            var messages = try Self.drain(&frames)
            frames.append(Self.stream[split...])
            messages += try Self.drain(&frames)
            #expect(messages == [#"{"id":1,"result":{}}"#, #"{"method":"é🎭"}"#], "split at \(split)")
        }
    }

    @Test func oneByteAtATime() throws {
        var frames = DevToolsFrames()
        var messages: [String] = []
        for byte in Self.stream {
            frames.append([byte])
            messages += try Self.drain(&frames)
        }
        #expect(messages.count == 2)
    }

    /// Bytes with no NUL yet stay pending: the caller tells an unfinished message at end of input.
    @Test func aMessageWithoutItsNULStaysPending() throws {
        var frames = DevToolsFrames()
        frames.append(Array(#"{"id":1"#.utf8))
        #expect(try frames.next() == nil)
        #expect(frames.pendingByteCount == 7)
    }

    @Test func aMessageBeyondTheLimitFails() {
        var frames = DevToolsFrames(maximumMessageSize: 8)
        frames.append(Array("0123456789".utf8))
        #expect(throws: DevToolsFailure.tooLarge(bytes: 10)) { try frames.next() }
    }
}
