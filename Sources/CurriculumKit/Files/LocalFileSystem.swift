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

/// The disk, through POSIX calls: precise about links, loops, devices and sizes, so that every odd
/// path gets its own clear message instead of a generic failure.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func kind(of path: String) -> FileKind {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ELOOP { return .linkLoop }
            if code == ENOENT || code == ENOTDIR { return .missing }
            return .unreadable(String(cString: strerror(code)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int(info.st_size))
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public func read(_ path: String, limit: Int) -> Result<[UInt8], FileError> {
        switch kind(of: path) {
        case .missing: return .failure(.missing)
        case .directory: return .failure(.isDirectory)
        case .other: return .failure(.notRegular)
        case .linkLoop: return .failure(.linkLoop)
        case .unreadable(let reason): return .failure(.unreadable(reason))
        case .file(let size) where size > limit: return .failure(.tooLarge(size: size, limit: limit))
        case .file(let size):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                let code = errno
                // The file may have gone between the look and the read.
                if code == ENOENT { return .failure(.missing) }
                return .failure(.unreadable(String(cString: strerror(code))))
            }
            defer { close(descriptor) }
            // Read straight into uninitialised storage: zero-filling it first would touch every
            // byte of every file once more.
            var failure: FileError?
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                var total = 0
                while total < size {
                    let count = posixRead(descriptor, buffer.baseAddress.map { $0 + total }, size - total)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = .unreadable(String(cString: strerror(errno)))
                        break
                    }
                    if count == 0 { break }
                    total += count
                }
                initialized = total
            }
            if let failure { return .failure(failure) }
            return .success(bytes)
        }
    }

    public func entries(of folder: String) -> Result<[String], FileError> {
        switch kind(of: folder) {
        case .directory: break
        case .missing: return .failure(.missing)
        case .linkLoop: return .failure(.linkLoop)
        case .unreadable(let reason): return .failure(.unreadable(reason))
        default: return .failure(.notRegular)
        }
        guard let directory = opendir(folder) else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    public func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
