import Dispatch

/// Module files already parsed, by path and exact bytes, so that a loader reading a curriculum
/// again (the language server, after each keystroke) parses only the files whose bytes changed;
/// the others' models and decoded texts are reused as they were.
///
/// Shared between loaders (a reference type), so every access holds its lock.
public final class ParseCache: @unchecked Sendable {
    private struct Entry {
        var bytes: [UInt8]
        var source: SourceText
        var parsed: ModuleParser.Result
    }

    private let lock = DispatchSemaphore(value: 1)
    private var modules: [String: Entry] = [:]
    /// How many module files were parsed (not found in the cache): for tests and benchmarks.
    public private(set) var parseCount = 0

    public init() {}

    /// The decoded text and parse of a module file with exactly these bytes: from the cache, or
    /// decoded and parsed now and kept. A file that cannot be decoded is not kept.
    func module(at path: String, bytes: [UInt8]) -> Result<(SourceText, ModuleParser.Result), SourceText.DecodingError>
    {
        lock.wait()
        let known = modules[path]
        lock.signal()
        if let known, known.bytes == bytes { return .success((known.source, known.parsed)) }
        switch SourceText.decode(bytes, path: path) {
        case .failure(let error): return .failure(error)
        case .success(let source):
            let parsed = ModuleParser.parse(source)
            lock.wait()
            modules[path] = Entry(bytes: bytes, source: source, parsed: parsed)
            parseCount += 1
            lock.signal()
            return .success((source, parsed))
        }
    }
}
