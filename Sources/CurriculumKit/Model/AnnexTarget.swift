/// Where an annex document can be found: a web address or a file inside the curriculum folder.
public enum AnnexTarget: Hashable, Sendable, Codable, CustomStringConvertible {
    case url(String)
    /// A path relative to the curriculum folder.
    case path(String)

    /// Reads the text between `<` and `>`: anything with a scheme (`https:`, `http:`, `ftp:`) is a
    /// URL, the rest a path.
    public init(written: String) {
        let text = written.trimmingWhitespace()
        if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy({ $0.isASCIILetter }),
            text.distance(from: text.startIndex, to: colon) >= 2
        {
            self = .url(text)
        } else {
            self = .path(text)
        }
    }

    public var description: String {
        switch self {
        case .url(let url): return url
        case .path(let path): return path
        }
    }
}
