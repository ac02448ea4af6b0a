/// Reusable storage for matching (thread lists, visit marks, the closure stack), so running many
/// patterns over many short texts does not allocate.
///
/// Not shareable between threads: make one per run (a `TextRuleRunner` call makes its own).
final class PatternScratch {
    /// Visit marks, one per instruction: an instruction is in a thread list when its mark equals the list's stamp.
    private var stamps: [Int] = []
    /// Two thread lists (instruction and match start each) and the closure stack.
    private var work: [Int] = []
    /// The last stamp handed out; stamps only grow, so marks left by earlier matches never collide.
    private var stamp = 0

    /// Runs `body` with storage for a program of `size` instructions: `stamps` (at least `size` entries),
    /// `work` (at least `workSize(for: size)` entries) and the stamp counter.
    func withStorage<Result>(programSize size: Int,
                             _ body: (UnsafeMutableBufferPointer<Int>, UnsafeMutableBufferPointer<Int>, inout Int) -> Result) -> Result {
        let needed = Self.workSize(for: size)
        if stamps.count < max(1, size) { stamps += Array(repeating: 0, count: max(1, size) - stamps.count) }
        if work.count < needed { work += Array(repeating: 0, count: needed - work.count) }
        var counter = stamp
        defer { stamp = counter }
        return stamps.withUnsafeMutableBufferPointer { marks in
            work.withUnsafeMutableBufferPointer { lists in body(marks, lists, &counter) }
        }
    }

    /// The work entries a program of `size` instructions needs: four lists of `size` and a stack of `2 × size + 2`.
    static func workSize(for size: Int) -> Int { 6 * size + 2 }
}
