import Foundation

/// Checks files on several cores at once; results keep the order the files were given in.
public struct ParallelChecker: Sendable {
    /// The linter each file is checked with.
    public let linter: Linter
    /// How many files are checked at once.
    public let jobs: Int

    /// Creates a checker; `jobs` below 1 means one per core.
    public init(linter: Linter, jobs: Int) {
        self.linter = linter
        self.jobs = jobs < 1 ? ProcessInfo.processInfo.activeProcessorCount : jobs
    }

    /// Checks files, each with the linter `linterFor` gives its index, handing each report to `emit` in the
    /// given order as soon as it and every earlier one are done; at most a few reports wait at once.
    public static func stream(files: [String], jobs: Int, linterFor: @escaping @Sendable (Int) -> Linter, emit: (Int, FileReport) -> Void) {
        let workers = jobs < 1 ? ProcessInfo.processInfo.activeProcessorCount : jobs
        guard workers > 1, files.count > 1 else {
            for (index, file) in files.enumerated() { emit(index, linterFor(index).checkFile(file)) }
            return
        }
        let window = OrderedWindow<FileReport>(count: files.count, capacity: workers * 4)
        let group = DispatchGroup()
        for _ in 0..<min(workers, files.count) {
            DispatchQueue.global().async(group: group) {
                while let index = window.nextIndex() {
                    window.deliver(linterFor(index).checkFile(files[index]), at: index)
                }
            }
        }
        for index in files.indices { emit(index, window.take(index)) }
        group.wait()
    }

    /// The reports of every file, in the given order, whatever order they finished in.
    public func check(files: [String]) -> [FileReport] {
        guard jobs > 1, files.count > 1 else { return files.map(linter.checkFile) }
        let results = ResultSlots<FileReport>(count: files.count)
        let next = ResultSlots<Int>.Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, files.count)) { _ in
            while let index = next.take(below: files.count) {
                results.store(linter.checkFile(files[index]), at: index)
            }
        }
        return results.values()
    }
}

/// Fixed slots that worker threads fill by index under a lock.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }

    /// A shared counter handing out the next index to work on.
    final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }
}

/// Hands out work in order and returns results in order, never letting more than `capacity` results wait.
final class OrderedWindow<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [Int: Value] = [:]
    private var next = 0
    private var taken = 0
    private let count: Int
    private let capacity: Int

    init(count: Int, capacity: Int) {
        self.count = count
        self.capacity = max(1, capacity)
    }

    /// The next index to work on, waiting while the window is full; nil when all are handed out.
    func nextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count, next - taken >= capacity { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores the result for `index`.
    func deliver(_ value: Value, at index: Int) {
        condition.lock()
        slots[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// The result for `index`, waiting until it is delivered.
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = slots.removeValue(forKey: index) {
                taken = index + 1
                condition.broadcast()
                return value
            }
            condition.wait()
        }
    }
}
