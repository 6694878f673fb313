/// Why a file could not be written.
public enum FileWriteError: Error, Equatable, Sendable {
    /// The name is taken and the write may not replace it.
    case exists
    /// The system refused, in its own words (`Permission denied`).
    case cannotWrite(String)
}
