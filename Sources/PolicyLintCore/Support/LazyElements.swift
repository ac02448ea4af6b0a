import Foundation

/// A fixed number of values, each computed the first time it is asked for and then shared by every thread.
final class LazyElements<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Value?]
    private let make: @Sendable (Int) -> Value

    /// `count` values, value `index` being `make(index)`.
    init(count: Int, _ make: @escaping @Sendable (Int) -> Value) {
        stored = Array(repeating: nil, count: count)
        self.make = make
    }

    /// Value `index`, computed by the first caller.
    subscript(index: Int) -> Value {
        lock.lock()
        if let value = stored[index] {
            lock.unlock()
            return value
        }
        lock.unlock()
        // Computed outside the lock, so a slow value does not hold up the others; a race computes it twice, harmlessly.
        let made = make(index)
        lock.lock()
        defer { lock.unlock() }
        if let value = stored[index] { return value }
        stored[index] = made
        return made
    }
}
