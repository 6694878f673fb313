import CurriculumKit

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

/// `check --watch`: checks, then waits for a Markdown file under the paths to be saved and checks
/// again, until interrupted. For people without an LSP editor. Linux waits on inotify (through
/// Glibc, no polling); other systems compare modification times once a second.
enum CheckWatching {
    static func run(paths: [String], console: Console, check: () -> Int32) -> Int32 {
        // Ctrl-C and `kill` must end it even when started with those signals blocked or ignored (a
        // parent's mask is inherited across exec).
        var stops = sigset_t()
        sigemptyset(&stops)
        for stop in [SIGINT, SIGTERM] {
            signal(stop, SIG_DFL)
            sigaddset(&stops, stop)
        }
        sigprocmask(SIG_UNBLOCK, &stops, nil)
        while true {
            _ = check()
            let watched = paths.joined(separator: ", ")
            let watching = LocalizedText(
                en: "watching \(watched) for changes (Ctrl-C to stop)",
                nl: "wacht op wijzigingen in \(watched) (stoppen met Ctrl-C)")
            console.err(watching[console.language] + "\n")
            console.flush()
            waitForChange(in: folders(under: paths))
            let changed = LocalizedText(
                en: "changed: checking again", nl: "bestand gewijzigd: de controle loopt opnieuw")
            console.err("\n" + changed[console.language] + "\n")
        }
    }

    /// The folders to watch: each path that is a folder and the folders below it (plans, several
    /// curricula), or the folder of each path that is a file.
    static func folders(under paths: [String]) -> [String] {
        let disk = LocalFileSystem()
        var found: [String] = []
        func walk(_ folder: String, depth: Int) {
            found.append(folder)
            guard depth < 3, case .success(let names) = disk.entries(of: folder) else { return }
            for name in names where !name.hasPrefix(".") {
                let path = disk.join(folder, name)
                if case .directory = disk.kind(of: path) { walk(path, depth: depth + 1) }
            }
        }
        for path in paths {
            switch disk.kind(of: path) {
            case .directory: walk(path, depth: 0)
            case .file:
                let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
                    separator: "/")
                found.append(parent.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : parent)
            default: break
            }
        }
        return found
    }

    /// Returns once a `.md` file in the folders was written, created, moved in or deleted, after
    /// letting a burst of events (an editor's save) settle for a tenth of a second.
    static func waitForChange(in folders: [String]) {
        #if os(Linux)
            let descriptor = inotify_init1(Int32(IN_CLOEXEC))
            if descriptor >= 0 {
                defer { close(descriptor) }
                let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
                for folder in folders { _ = inotify_add_watch(descriptor, folder, mask) }
                var buffer = [UInt8](repeating: 0, count: 16_384)
                while true {
                    let count = read(descriptor, &buffer, buffer.count)
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { break }
                    if names(in: buffer, count: count).contains(where: { $0.hasSuffix(".md") }) {
                        var settle = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                        while poll(&settle, 1, 100) > 0 { _ = read(descriptor, &buffer, buffer.count) }
                        return
                    }
                }
            }
        #endif
        let before = fingerprint(folders)
        while fingerprint(folders) == before { sleep(1) }
    }

    /// The file names of the inotify events in the first `count` bytes: each event is a 16-byte
    /// header (watch, mask, cookie, name length, native-endian 32-bit) then the NUL-padded name.
    static func names(in buffer: [UInt8], count: Int) -> [String] {
        var names: [String] = []
        var offset = 0
        while offset + 16 <= count {
            let length = (12..<16).reversed().reduce(0) { $0 << 8 | Int(buffer[offset + $1]) }
            let start = offset + 16
            let end = min(start + length, count)
            names.append(String(decoding: buffer[start..<end].prefix { $0 != 0 }, as: UTF8.self))
            offset = start + length
        }
        return names
    }

    /// The name, size and modification time of every `.md` file in the folders.
    static func fingerprint(_ folders: [String]) -> [String] {
        folders.flatMap { folder in
            let names = (try? LocalFileSystem().entries(of: folder).get()) ?? []
            return names.filter { $0.hasSuffix(".md") }.map { name -> String in
                var status = stat()
                let path = folder + "/" + name
                guard stat(path, &status) == 0 else { return path }
                #if canImport(Darwin)
                    let modified = status.st_mtimespec
                #else
                    let modified = status.st_mtim
                #endif
                return "\(path) \(status.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
            }
        }.sorted()
    }
}
