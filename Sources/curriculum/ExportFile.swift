import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an export to its file atomically, never replacing an existing file unless asked.
///
/// The bytes go to a temporary file in the same folder, are flushed to disk, and then take the
/// file's name in one step: `link` when the file must not exist yet (it fails if someone created
/// it meanwhile), `rename` with `--force`. A reader never sees half a handout.
enum ExportFile {
    enum Failure: Error {
        case exists(String)
        case cannotWrite(String, reason: String)

        var message: String {
            switch self {
            case .exists(let path):
                return "error: '\(path)' already exists; not overwriting it\n  = help: add --force to replace it, or choose another --output\n"
            case .cannotWrite(let path, let reason):
                return "error: cannot write '\(path)': \(reason)\n"
            }
        }
    }

    /// Whether something is at `path` (a file, a folder, a dangling link).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func write(_ bytes: Data, to path: String, force: Bool) -> Failure? {
        if !force, exists(path) { return .exists(path) }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).export-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { return .cannotWrite(path, reason: reason()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
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
        if force {
            if rename(temporary, path) != 0 { let why = reason(); unlink(temporary); return .cannotWrite(path, reason: why) }
        } else {
            // link() refuses to replace: the no-overwrite promise holds even against a race.
            if link(temporary, path) != 0 {
                let code = errno, why = reason()
                // A file system without hard links (some network and FAT mounts): check, then rename.
                if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV, !exists(path), rename(temporary, path) == 0 { return nil }
                unlink(temporary)
                return code == EEXIST ? .exists(path) : .cannotWrite(path, reason: why)
            }
            unlink(temporary)
        }
        return nil
    }

    private static func reason() -> String {
        String(decoding: Array(UnsafeBufferPointer(start: strerror(errno), count: strlen(strerror(errno)))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// The system's `write`, under a name the enum's own `write` does not hide.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
