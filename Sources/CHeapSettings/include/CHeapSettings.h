// The C allocator's settings the command line changes at start-up (Sources/curriculum/HeapSettings.swift).
// `mallopt` lives in <malloc.h>, which the Swift Glibc module does not import.
#ifndef CHEAP_SETTINGS_H
#define CHEAP_SETTINGS_H

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>

/// Keeps up to `bytes` of freed memory at the top of the heap instead of giving it back to the
/// system at once; returns 1 when glibc took the setting.
static inline int curriculum_keep_freed_heap(int bytes) {
#ifdef M_TRIM_THRESHOLD
    return mallopt(M_TRIM_THRESHOLD, bytes);
#else
    (void)bytes;
    return 0;
#endif
}
#else
static inline int curriculum_keep_freed_heap(int bytes) {
    (void)bytes;
    return 0;
}
#endif

#endif
