import Foundation

/// Checks files on several cores at once; results come back in the order the files were given in.
public enum ParallelChecker {
    /// Checks files, each with the linter `linterFor` gives its index, handing each report to `emit` in the
    /// given order as soon as it and every earlier one are done; at most a few reports wait at once. With one file and
    /// spare cores, the text rules' shared state is built on one while the file is read, and the file's prose fields are
    /// then shared out between them.
    public static func stream(files: [String], jobs: Int, linterFor: @escaping @Sendable (Int) -> Linter, emit: (Int, FileReport) -> Void) {
        let workers = jobs < 1 ? ProcessInfo.processInfo.activeProcessorCount : jobs
        guard workers > 1, files.count > 1 else {
            guard workers > 1, files.count == 1, var engine = linterFor(0).engine else {
                for (index, file) in files.enumerated() { emit(index, linterFor(index).checkFile(file)) }
                return
            }
            // One file and spare cores: build the text rules' shared state on another core while the file is read and
            // validated, then check its prose fields on all of them.
            engine.prepareInBackground()
            engine.proseWorkers = workers
            let linter = linterFor(0)
            emit(0, Linter(options: linter.options, engine: engine).checkFile(files[0]))
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
