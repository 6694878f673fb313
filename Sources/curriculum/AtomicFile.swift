import CurriculumKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every file the command line writes goes through here: atomically, and never over an existing
/// file unless the caller says it may.
///
/// The bytes go to a temporary file in the same folder, are flushed to disk, and then take the
/// file's name in one step: `link` when the name must not exist yet (it fails even if someone
/// created the file meanwhile), `rename` when replacing is allowed. A reader never sees half a
/// file, and a write that fails leaves whatever was there as it was.
enum AtomicFile {
    /// Whether an existing file may be replaced.
    enum Replacing {
        /// Refuse when the name exists (export and plan without `--force`, `init`).
        case never
        /// Replace it (`--force`).
        case allowed
        /// Replace it in place, keeping its permissions and following a symbolic link so the link
        /// stays a link (`fmt` rewriting the user's own file).
        case inPlace
    }

    enum Failure: Error, Equatable {
        case exists(String)
        case cannotWrite(String, reason: String)

        /// The message for stderr; `alternative` says what to do instead of overwriting.
        func message(alternative: String = "choose another file name") -> String {
            switch self {
            case .exists(let path):
                return
                    "error: '\(path)' already exists; not overwriting it\n  = help: add --force to replace it, or \(alternative)\n"
            case .cannotWrite(let path, let reason):
                return
                    "error: cannot write '\(path)': \(reason)\n  = help: check that the folder exists and is writable; nothing was changed\n"
            }
        }
    }

    /// Whether something is at `path` (a file, a folder, a dangling link).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func write(_ bytes: [UInt8], to path: String, replacing: Replacing) -> Failure? {
        if replacing == .never, exists(path) { return .exists(path) }
        let target = replacing == .inPlace ? (LocalFileSystem().canonicalPath(path) ?? path) : path
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[..<$0]) } ?? "."
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).tmp-\(mkstempSuffix)".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { return .cannotWrite(path, reason: reason()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var info = stat()
        if replacing == .inPlace, stat(target, &info) == 0 {
            fchmod(descriptor, info.st_mode & 0o7777)
        } else {
            // A new file gets the permissions an ordinary create would give (mkstemp makes 0600).
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = reason()
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = reason() }
        close(descriptor)
        if let failure {
            unlink(temporary)
            return .cannotWrite(path, reason: failure)
        }
        if replacing != .never {
            if rename(temporary, target) != 0 {
                let why = reason()
                unlink(temporary)
                return .cannotWrite(path, reason: why)
            }
            return nil
        }
        // link() refuses to replace: the no-overwrite promise holds even against a race.
        if link(temporary, target) != 0 {
            let code = errno
            let why = reason()
            // A file system without hard links (some network and FAT mounts): check, then rename.
            if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV, !exists(target),
                rename(temporary, target) == 0
            {
                return nil
            }
            unlink(temporary)
            return code == EEXIST ? .exists(path) : .cannotWrite(path, reason: why)
        }
        unlink(temporary)
        return nil
    }

    /// The six characters mkstemp(3) replaces with a unique name.
    private static let mkstempSuffix = String(repeating: "X", count: 6)

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}

/// The system's `write`, under a name the enum's own `write` does not hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
