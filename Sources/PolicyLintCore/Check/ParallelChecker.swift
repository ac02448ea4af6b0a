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
