#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// JSON for scripts, as every job and renderer writes it: sorted keys, pretty-printed, slashes
/// unescaped, so that the same value always gives the same bytes.
enum JSONText {
    /// The value as JSON; `fallback` (an empty document of the right shape) if it cannot be encoded.
    static func encode<T: Encodable>(_ value: T, fallback: String = "{}") -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return fallback }
        return String(decoding: data, as: UTF8.self)
    }
}
