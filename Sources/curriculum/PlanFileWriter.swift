import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves a plan file for `plan --write`: atomically, and never over an existing file without
/// `--force`.
///
/// The text goes to a temporary file in the same folder, is flushed, and takes the plan's name in
/// one step: `link` (which fails if the name exists, even if someone created it meanwhile) or,
/// with `--force`, `rename`.
enum PlanFileWriter {
    enum Failure: Error {
        case exists(String)
        case cannotWrite(String, reason: String)

        var message: String {
            switch self {
            case .exists(let path):
                return "error: '\(path)' already exists; not overwriting it\n  = help: add --force to replace it, or give another file to --write\n"
            case .cannotWrite(let path, let reason):
                return "error: cannot write '\(path)': \(reason)\n"
            }
        }
    }

    static func write(_ text: String, to path: String, force: Bool) -> Failure? {
        var info = stat()
        if !force, lstat(path, &info) == 0 { return .exists(path) }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).write-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { return .cannotWrite(path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        let bytes = Array(text.utf8)
        var offset = 0
        var failure: String?
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in planWrite(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                break
            }
            offset += written
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if let failure { unlink(temporary); return .cannotWrite(path, reason: failure) }
        if force {
            if rename(temporary, path) != 0 { let why = String(cString: strerror(errno)); unlink(temporary); return .cannotWrite(path, reason: why) }
            return nil
        }
        if link(temporary, path) != 0 {
            let code = errno, why = String(cString: strerror(code))
            if code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EXDEV, lstat(path, &info) != 0, rename(temporary, path) == 0 { return nil }
            unlink(temporary)
            return code == EEXIST ? .exists(path) : .cannotWrite(path, reason: why)
        }
        unlink(temporary)
        return nil
    }

    /// The path from `folder` to `target`, both absolute: `../igma-femina`.
    static func relativePath(from folder: String, to target: String) -> String {
        let a = folder.split(separator: "/"), b = target.split(separator: "/")
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let parts = Array(repeating: "..", count: a.count - common) + b[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}

private func planWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
