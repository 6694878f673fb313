import Foundation

/// Fixed slots that concurrent workers fill by index: lets `Checker` check curricula on every core
/// and still report them in the order the paths named them.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.lock(); defer { lock.unlock() }; return slots[index] }
        set { lock.lock(); slots[index] = newValue; lock.unlock() }
    }

    /// The values in index order (empty slots left out).
    var values: [Value] {
        lock.lock(); defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
