/// Fixed slots that concurrent workers fill by index: lets `Checker` check curricula on every core
/// and still report them in the order the paths named them.
///
/// Each index is written by one worker only, and the values are read once every worker has
/// finished (`DispatchQueue.concurrentPerform` returns only then), so the slots need no lock: no two
/// threads ever touch the same slot, and the storage never moves.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Value?>.allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Fills slot `index`; called by the one worker that owns it.
    func store(_ value: Value, at index: Int) {
        precondition(index >= 0 && index < count, "slot \(index) of \(count)")
        slots[index] = value
    }

    /// The values in index order (empty slots left out); read after every worker has finished.
    var values: [Value] {
        (0..<count).compactMap { slots[$0] }
    }
}
