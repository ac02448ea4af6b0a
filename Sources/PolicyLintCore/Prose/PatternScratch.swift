/// Reusable thread lists for matching, so running many patterns over many short texts does not allocate.
///
/// Not shareable between threads: make one per run (a `TextRuleRunner` call makes its own).
final class PatternScratch {
    var current = ThreadList(capacity: 0)
    var next = ThreadList(capacity: 0)

    /// Takes the lists, emptied for a program of `size` instructions (the scratch holds none until `keep`).
    func lists(for size: Int) -> (ThreadList, ThreadList) {
        var first = current
        var second = next
        current = ThreadList(capacity: 0)
        next = ThreadList(capacity: 0)
        first.prepare(capacity: size)
        second.prepare(capacity: size)
        return (first, second)
    }

    /// Takes the lists back after a match so their storage is reused.
    func keep(_ first: ThreadList, _ second: ThreadList) {
        current = first
        next = second
    }
}
