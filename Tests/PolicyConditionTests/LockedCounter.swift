import Foundation

/// A thread-safe counter for concurrency tests.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Adds one.
    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    /// The current count.
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
