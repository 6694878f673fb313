/// The path from one folder to another, both absolute: how a saved plan file names its curriculum
/// (`../igma-femina`) so that the pair can move together.
public enum RelativePath {
    public static func from(_ folder: String, to target: String) -> String {
        let a = folder.split(separator: "/")
        let b = target.split(separator: "/")
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let parts = Array(repeating: "..", count: a.count - common) + b[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// `path` made absolute against `workingDirectory`.
    public static func absolute(_ path: String, in workingDirectory: String) -> String {
        path.hasPrefix("/") ? path : workingDirectory + "/" + path
    }
}
