/// Frames JSON-RPC messages for LSP: a `Content-Length` header counting the UTF-8 bytes of the
/// body, an empty line, then the body.
public enum MessageWriter {
    /// One message, framed, as bytes ready to write.
    public static func frame(_ message: JSONValue) -> [UInt8] {
        let body = Array(message.encoded.utf8)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
