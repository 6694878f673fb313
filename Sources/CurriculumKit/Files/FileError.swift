/// Why a file could not be read.
public enum FileError: Error, Equatable, Sendable {
    case missing
    case isDirectory
    case tooLarge(size: Int, limit: Int)
    case notRegular
    case linkLoop
    case unreadable(String)

}
