/// What a path names.
public enum FileKind: Equatable, Sendable {
    case file(size: Int)
    case directory
    case missing
    /// A device, socket or pipe.
    case other
    /// A chain of symbolic links that never ends.
    case linkLoop
    case unreadable(String)
}
