import Synchronization

/// Fixed slots that concurrent workers fill by index: lets `Checker` check curricula on every core
/// and still report them in the order the paths named them.
///
/// Each worker stores one value per curriculum it checked, so the lock is taken a few hundred
/// times per run at most, against milliseconds of work each: a `Mutex` costs nothing measurable
/// here and needs no reasoning about which thread may touch which memory.
final class ConcurrentSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>
    let count: Int

    init(count: Int) {
        self.count = count
        slots = Mutex([Value?](repeating: nil, count: count))
    }

    /// Fills slot `index`; called by the one worker that owns it.
    func store(_ value: sending Value, at index: Int) {
        precondition(index >= 0 && index < count, "slot \(index) of \(count)")
        slots.withLock { $0[index] = value }
    }

    /// The values in index order (empty slots left out); read after every worker has finished.
    var values: [Value] {
        slots.withLock { $0.compactMap { $0 } }
    }
}
