import Foundation

/// Scratches lent to one thread at a time, so the pattern automata a scratch has built serve every later file.
///
/// It holds at most as many scratches as were ever borrowed at once, that is, one per worker thread.
final class PatternScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [PatternScratch] = []

    /// Runs `body` with a scratch no other thread is using, and takes it back afterwards.
    func withScratch<Result>(_ body: (PatternScratch) -> Result) -> Result {
        lock.lock()
        let scratch = idle.popLast() ?? PatternScratch(searchedBeforeAutomaton: PatternScratch.searchedBeforeAutomaton)
        lock.unlock()
        defer {
            lock.lock()
            idle.append(scratch)
            lock.unlock()
        }
        return body(scratch)
    }
}
