/// The folder CI reports name their files from, so that an annotation or a code scanning alert
/// lands on the right file wherever `check` was run from.
///
/// The shown paths of a check are relative to the working directory (they are for people at a
/// terminal). GitHub, GitLab and SARIF viewers resolve paths from the repository root instead, so
/// the CI renderers rewrite each shown path relative to this root. The library reads no working
/// directory and runs no git: the command line finds the root (the nearest folder upwards holding
/// `.git`, else the working directory) and passes both in as absolute paths.
public struct RepositoryRoot: Sendable, Equatable {
    /// The repository root, absolute, without a trailing slash (`/` alone for the file system root).
    public let path: String
    /// The folder the shown paths are relative to, absolute.
    public let workingDirectory: String

    public init(path: String, workingDirectory: String) {
        self.path = Self.normalized(path)
        self.workingDirectory = Self.normalized(workingDirectory)
    }

    /// A root that is the working directory itself: shown paths stay as they are.
    public init(workingDirectory: String) {
        self.init(path: workingDirectory, workingDirectory: workingDirectory)
    }

    /// `path` (relative to the working directory, or absolute) relative to the root, or `nil` when
    /// the file lies outside the root.
    public func relativePath(of shown: String) -> String? {
        let absolute = shown.hasPrefix("/") ? shown : workingDirectory + "/" + shown
        let file = Self.components(of: absolute)
        let root = Self.components(of: path)
        guard file.count > root.count, Array(file.prefix(root.count)) == root else { return nil }
        return file.dropFirst(root.count).joined(separator: "/")
    }

    /// `path` as reports show it: relative to the root when it lies inside, absolute otherwise.
    public func reportedPath(of shown: String) -> String {
        relativePath(of: shown) ?? "/"
            + Self.components(of: shown.hasPrefix("/") ? shown : workingDirectory + "/" + shown)
            .joined(separator: "/")
    }

    /// The root as a `file://` URI ending in `/`, as SARIF's `originalUriBaseIds` wants it.
    public var fileURI: String {
        let segments = Self.components(of: path).map { SARIFRenderer.percentEncoded($0[...]) }
        return "file:///" + segments.map { $0 + "/" }.joined()
    }

    /// The segments of an absolute path with `.` and empty segments dropped and `..` applied.
    static func components(of absolute: String) -> [String] {
        var out: [String] = []
        for segment in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !out.isEmpty { out.removeLast() }
            default: out.append(String(segment))
            }
        }
        return out
    }

    static func normalized(_ path: String) -> String {
        "/" + components(of: path.hasPrefix("/") ? path : "/" + path).joined(separator: "/")
    }
}
