import Foundation
import Testing

/// Pointer code stays fenced: only a few files under `Sources/` may mention `unsafe` in code.
///
/// The library keeps its pointer code in `Bytes/BufferView.swift` and `Bytes/ScratchBuffer.swift`
/// (at most three files outside `Files/`); `Files/` and the command line's operating-system
/// interop have three more. Comments and string literals do not count: they may talk about it.
@Suite struct UnsafeFenceTests {
    static let limit = 6

    /// The code of a Swift file without its comments and string literals (each replaced by a space).
    static func code(of text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0
        func starts(with literal: String, at index: Int) -> Bool {
            let pattern = Array(literal.utf8)
            return index + pattern.count <= bytes.count && Array(bytes[index..<(index + pattern.count)]) == pattern
        }
        while i < bytes.count {
            if starts(with: "//", at: i) {
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                output.append(0x20)
            } else if starts(with: "/*", at: i) {
                var depth = 0
                repeat {
                    if starts(with: "/*", at: i) {
                        depth += 1
                        i += 2
                    } else if starts(with: "*/", at: i) {
                        depth -= 1
                        i += 2
                    } else {
                        i += 1
                    }
                } while depth > 0 && i < bytes.count
                output.append(0x20)
            } else if bytes[i] == 0x23 || bytes[i] == 0x22 {
                // A string literal, raw (`#"…"#`) or not, single-line or multi-line (`"""`).
                var hashes = 0
                while i + hashes < bytes.count, bytes[i + hashes] == 0x23 { hashes += 1 }
                guard i + hashes < bytes.count, bytes[i + hashes] == 0x22 else {
                    output.append(bytes[i])
                    i += 1
                    continue
                }
                i += hashes
                let quotes = starts(with: "\"\"\"", at: i) ? 3 : 1
                i += quotes
                let closing =
                    Array(String(repeating: "\"", count: quotes).utf8) + [UInt8](repeating: 0x23, count: hashes)
                while i < bytes.count {
                    if hashes == 0, bytes[i] == 0x5C {
                        i += 2
                        continue
                    }
                    if bytes[i] == 0x22, i + closing.count <= bytes.count,
                        Array(bytes[i..<(i + closing.count)]) == closing
                    {
                        i += closing.count
                        break
                    }
                    i += 1
                }
                output.append(0x20)
            } else {
                output.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The files under `Sources/` whose code mentions `unsafe` in any case, relative to the root.
    static func filesMentioningUnsafe() -> [String] {
        let sources = Repository.root.appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(atPath: sources.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().filter { path in
            let text = (try? String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)) ?? ""
            return code(of: text).lowercased().contains("unsafe")
        }
    }

    @Test func fewFilesHoldPointerCode() {
        let files = Self.filesMentioningUnsafe()
        #expect(!files.isEmpty, "no file found: is Sources/ where the test looks?")
        let list = files.joined(separator: "\n")
        #expect(
            files.count <= Self.limit,
            "\(files.count) files under Sources/ mention unsafe in code (at most \(Self.limit)):\n\(list)")
    }

    @Test(arguments: [
        ("let a = 1 // unsafe", false),
        ("/* unsafe /* nested */ still */ let a = 1", false),
        ("let s = \"an unsafe word\"", false),
        ("let s = \"\\\" unsafe\"", false),
        ("let s = #\"raw \" unsafe\"#", false),
        ("let s = \"\"\"\n  unsafe \"quoted\"\n  \"\"\"", false),
        ("let p: UnsafePointer<Int>", true),
        ("x.withUnsafeBufferPointer { $0 }", true),
        ("let s = \"a\" + unsafeName", true),
        ("#if os(Linux) let unsafe = 1 #endif", true),
    ])
    func onlyCodeCounts(source: String, mentions: Bool) {
        #expect(Self.code(of: source).lowercased().contains("unsafe") == mentions, "\(source)")
    }
}
