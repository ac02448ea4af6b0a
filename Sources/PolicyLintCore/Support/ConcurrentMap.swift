import Foundation

/// Maps independent work items on all cores, keeping the results in the items' order.
enum ConcurrentMap {
    /// `transform` applied to every item, run concurrently in chunks; the result is in the order of `items`.
    ///
    /// Fewer than `minimumItems` items are mapped on the calling thread, where starting workers costs more than it saves;
    /// `cores` (nil: every core) sets how many workers the items are chunked for, and at 1 keeps them on the calling thread.
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], minimumItems: Int = 8, cores limit: Int? = nil,
                                                      _ transform: @Sendable (Item) -> Result) -> [Result] {
        let available = ProcessInfo.processInfo.activeProcessorCount
        let cores = min(available, limit ?? available)
        guard items.count >= minimumItems, cores > 1 else { return items.map(transform) }
        let slots = ResultSlots<Result>(count: items.count)
        // More chunks than cores, so a worker that draws slow items does not hold up the others.
        let chunks = min(items.count, cores * 4)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < items.count {
                slots.store(transform(items[index]), at: index)
                index += chunks
            }
        }
        return slots.collected()
    }
}

/// Storage that concurrent workers fill, each index written exactly once.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private var values: [Result?]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func store(_ value: Result, at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    /// The values, every slot filled (the workers have finished when this is called).
    func collected() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return values.compactMap { $0 }
    }
}
