/// A JSON-RPC 2.0 error as LSP 3.17 defines the codes.
public struct JSONRPCError: Error, Hashable, Sendable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ message: String) -> JSONRPCError { .init(code: -32_700, message: message) }
    public static func invalidRequest(_ message: String) -> JSONRPCError { .init(code: -32_600, message: message) }
    public static func methodNotFound(_ method: String) -> JSONRPCError {
        .init(code: -32_601, message: "unknown method '\(method)'")
    }
    public static func invalidParams(_ message: String) -> JSONRPCError { .init(code: -32_602, message: message) }
    public static let serverNotInitialized = JSONRPCError(
        code: -32_002, message: "the server is not initialized: send 'initialize' first")
    public static let requestCancelled = JSONRPCError(code: -32_800, message: "the request was cancelled")

    /// The framing error as the parse error the spec asks for.
    public init(_ error: MessageReaderError) {
        switch error {
        case .missingContentLength: self = .parseError("a message without a Content-Length header")
        case .invalidContentLength: self = .parseError("a Content-Length that is not a number")
        case .malformedHeader: self = .parseError("a header line that is not 'Name: value'")
        case .headerTooLong: self = .parseError("a header block that does not end")
        case .bodyTooLarge(let size): self = .parseError("a message of \(size) bytes, more than the server reads")
        case .invalidJSON: self = .parseError("a message body that is not JSON")
        }
    }

    var json: JSONValue { ["code": .int(code), "message": .string(message)] }
}
