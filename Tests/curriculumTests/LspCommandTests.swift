import Foundation
import Testing

/// `curriculum lsp` as a process: bad input gets JSON-RPC errors, a client that vanishes ends the
/// server, a 10 MB document is diagnosed; never a crash or a hang.
@Suite struct LspCommandTests {
    static func frame(_ json: String) -> String { "Content-Length: \(json.utf8.count)\r\n\r\n\(json)" }
    static let initialize = frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
    static let shutdownAndExit =
        frame(#"{"jsonrpc":"2.0","id":99,"method":"shutdown"}"#) + frame(#"{"jsonrpc":"2.0","method":"exit"}"#)

    /// The messages of the server's output, in order.
    static func messages(_ output: String) throws -> [[String: Any]] {
        var rest = Substring(output)
        var found: [[String: Any]] = []
        while let header = rest.range(of: "\r\n\r\n") {
            let length =
                Int(rest[..<header.lowerBound].split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "")
                ?? 0
            let body = rest[header.upperBound...].utf8.prefix(length)
            found.append(try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]))
            rest = Substring(String(decoding: rest[header.upperBound...].utf8.dropFirst(length), as: UTF8.self))
        }
        return found
    }

    @Test func brokenFramesAndUnknownMethodsGetErrorsAndTheSessionGoesOn() throws {
        let input =
            "Content-Length: many\r\n\r\n{}" + Self.frame("{not json") + Self.initialize
            + Self.frame(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/unknownThing","params":{}}"#)
            + Self.frame(
                #"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere/never-opened.md"},"position":{"line":0,"character":0}}}"#
            ) + Self.shutdownAndExit
        let output = try CLI.run(["lsp"], input: input)
        let messages = try Self.messages(output.stdout)
        let codes = messages.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(codes == [-32_700, -32_700, -32_601])
        #expect(messages.contains { $0["id"] as? Int == 1 && $0["result"] != nil })
        #expect(messages.contains { $0["id"] as? Int == 3 && $0["result"] is NSNull })
        #expect(messages.contains { $0["id"] as? Int == 99 })
        #expect(output.status == 0)
    }

    /// 200,000 nested arrays: a parse error, not a stack overflow.
    @Test func deeplyNestedJSONIsAParseError() throws {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let output = try CLI.run(["lsp"], input: Self.initialize + Self.frame(deep) + Self.shutdownAndExit)
        let codes = try Self.messages(output.stdout).compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(codes == [-32_700])
        #expect(output.status == 0)
    }

    @Test func aClientThatVanishesEndsTheServerWithOne() throws {
        let output = try CLI.run(["lsp"], input: Self.initialize + "Content-Length: 500\r\n\r\n{\"half")
        #expect(output.status == 1)
        #expect(try Self.messages(output.stdout).first?["id"] as? Int == 1)
    }

    @Test func aTenMegabyteDocumentIsDiagnosed() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("module-9.md").path
        let text =
            "# Module 9: Groot\n\n"
            + String(repeating: "Een regel tekst over de cursus, met een emoji 🎭 en een accent é.\n", count: 150_000)
        #expect(text.utf8.count > 10_000_000)
        let escaped = text.replacingOccurrences(of: "\n", with: "\\n")
        let open = Self.frame(
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file://\#(path)","languageId":"markdown","version":1,"text":"\#(escaped)"}}}"#
        )
        let output = try CLI.run(["lsp"], input: Self.initialize + open + Self.shutdownAndExit)
        let published = try Self.messages(output.stdout).filter {
            $0["method"] as? String == "textDocument/publishDiagnostics"
        }
        #expect((published.first?["params"] as? [String: Any])?["uri"] as? String == "file://\(path)")
        #expect(output.status == 0)
    }
}
