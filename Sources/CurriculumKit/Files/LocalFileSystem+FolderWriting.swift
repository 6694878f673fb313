#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension LocalFileSystem: FolderWriting {
    /// `rename(2)`: atomic within one file system.
    public func moveItem(_ source: String, to target: String) -> Result<Void, FileWriteError> {
        guard !exists(target) else { return .failure(.exists) }
        #if canImport(Darwin)
            let status = Darwin.rename(source, target)
        #elseif canImport(Musl)
            let status = Musl.rename(source, target)
        #else
            let status = Glibc.rename(source, target)
        #endif
        return status == 0 ? .success(()) : .failure(.cannotWrite(String(cString: strerror(errno))))
    }

    /// Removes depth first with `unlink` and `rmdir`; a symbolic link is removed, never followed.
    public func removeItem(_ path: String) -> Result<Void, FileWriteError> {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .failure(.cannotWrite(String(cString: strerror(errno)))) }
        if info.st_mode & S_IFMT == S_IFDIR {
            if case .success(let names) = entries(of: path) {
                for name in names {
                    if case .failure(let failure) = removeItem(join(path, name)) { return .failure(failure) }
                }
            }
            return rmdir(path) == 0 ? .success(()) : .failure(.cannotWrite(String(cString: strerror(errno))))
        }
        return unlink(path) == 0 ? .success(()) : .failure(.cannotWrite(String(cString: strerror(errno))))
    }
}
