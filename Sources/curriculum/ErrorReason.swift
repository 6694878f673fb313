#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file operation failed, in the system's words: `No such file or directory (/proc/nope)`.
///
/// FoundationEssentials' errors print as their raw structure, and only the full Foundation gives
/// them a localised description; the operating system's own message is what a user can act on.
enum ErrorReason {
    static func of(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        if let cocoa = error as? CocoaError, let posix = cocoa.userInfo["NSUnderlyingError"] as? POSIXError {
            let reason = String(cString: strerror(posix.code.rawValue))
            return cocoa.filePath.map { "\(reason) (\($0))" } ?? reason
        }
        return "\(error)"
    }
}
