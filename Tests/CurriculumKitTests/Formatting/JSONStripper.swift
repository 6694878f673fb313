#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The reference reading for `MeaningEncoder`, which replaced it in the library: copies
/// encoder-made JSON, leaving out source locations (objects with exactly the keys `column`, `file`
/// and `line`), field labels, written duration text and written annex references.
struct JSONStripper {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// One value as copied, and whether it was a source location (which the caller leaves out).
    mutating func value(key: String?) -> (bytes: [UInt8], isLocation: Bool)? {
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var output: [UInt8] = [UInt8(ascii: "{")]
            var keys: [String] = []
            var first = true
            while true {
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    break
                }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    skipSpace()
                }
                guard let name = string() else { return nil }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                let member = String(decoding: name.dropFirst().dropLast(), as: UTF8.self)
                keys.append(member)
                guard let inner = value(key: member) else { return nil }
                if inner.isLocation || Self.dropped(member, in: key) { continue }
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                output += name
                output.append(UInt8(ascii: ":"))
                output += inner.bytes
            }
            output.append(UInt8(ascii: "}"))
            return (output, keys == ["column", "file", "line"])
        case UInt8(ascii: "["):
            index += 1
            var output: [UInt8] = [UInt8(ascii: "[")]
            var first = true
            while true {
                skipSpace()
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    break
                }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard let inner = value(key: key) else { return nil }
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                output += inner.isLocation ? Array("null".utf8) : inner.bytes
            }
            output.append(UInt8(ascii: "]"))
            return (output, false)
        case UInt8(ascii: "\""):
            return string().map { ($0, false) }
        default:
            let start = index
            while index < bytes.count,
                ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09].contains(
                    bytes[index])
            { index += 1 }
            return index > start ? (Array(bytes[start..<index]), false) : nil
        }
    }

    /// A string token, quotes and escapes included, copied as it is.
    mutating func string() -> [UInt8]? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard index < bytes.count else { return nil }
        index += 1
        return Array(bytes[start..<index])
    }

    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    /// The parts formatting may change, by the key they sit under.
    static func dropped(_ member: String, in parent: String?) -> Bool {
        switch parent {
        case "fields": return member == "label"
        case "duration": return member == "text"
        case "annexes", "entries": return member == "written"
        default: return false
        }
    }
}
