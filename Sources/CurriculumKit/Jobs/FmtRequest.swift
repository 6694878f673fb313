/// What `fmt` is asked to do with the files the paths name.
public struct FmtRequest: Sendable {
    public enum Mode: Sendable, Equatable {
        /// Rewrite every file that is not in canonical layout, in place and atomically.
        case write
        /// Write nothing; list the files that would change.
        case check
        /// Write nothing; show the changes as a unified diff.
        case diff
    }

    public var paths: [String]
    public var mode = Mode.write

    public init(paths: [String], mode: Mode = .write) {
        self.paths = paths
        self.mode = mode
    }
}
