import CHeapSettings

/// How the C allocator keeps freed memory, set once at start-up for the one-shot commands.
///
/// glibc hands memory at the top of the heap back to the system as soon as 128 KiB of it is free,
/// and takes it back (as fresh zeroed pages) a moment later. A command that builds and drops a
/// curriculum model per file or folder does that hundreds of times: `fmt --check` of the 200 × 100
/// corpus made 1,148 `brk` calls and about 5,000 page faults, against `check`'s 107 and 1,200.
/// Keeping up to 256 MiB of freed heap cut `fmt --check`'s CPU time by about 5% and `check`'s by
/// about 3%, with the same peak memory (docs/performance.md). The language server, which runs for
/// hours, keeps glibc's default.
enum HeapSettings {
    static func keepFreedMemory() {
        _ = curriculum_keep_freed_heap(256 << 20)
    }
}
