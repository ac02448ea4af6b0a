/// The threads of one Pike VM step: program counters in priority order, each with its match start.
struct ThreadList {
    private var stamps: [Int]
    private var stamp = 1
    private var pcs: [Int] = []
    private var starts: [Int] = []
    private var stack: [Int] = []

    /// An empty list for a program of `capacity` instructions.
    init(capacity: Int) {
        stamps = Array(repeating: 0, count: capacity)
        pcs.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
    }

    /// The number of threads.
    var count: Int { pcs.count }
    /// Whether there are none.
    var isEmpty: Bool { pcs.isEmpty }

    /// Marks `pc` as visited in this step; false when it already was.
    mutating func mark(_ pc: Int) -> Bool {
        guard pc >= 0, pc < stamps.count, stamps[pc] != stamp else { return false }
        stamps[pc] = stamp
        return true
    }

    /// Adds a thread after the existing ones.
    mutating func append(_ pc: Int, start: Int) {
        pcs.append(pc)
        starts.append(start)
    }

    /// The thread at `index`.
    func thread(_ index: Int) -> (pc: Int, start: Int) { (pcs[index], starts[index]) }

    /// Empties the list and makes room for a program of `capacity` instructions.
    mutating func prepare(capacity: Int) {
        if stamps.count < capacity { stamps += Array(repeating: 0, count: capacity - stamps.count) }
        clear()
    }

    /// The reusable work stack of the closure computation (empty), handed out so it is not reallocated.
    mutating func takeStack() -> [Int] {
        var taken: [Int] = []
        swap(&taken, &stack)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    /// Gives the work stack back.
    mutating func returnStack(_ returned: [Int]) {
        stack = returned
    }

    /// Empties the list in constant time.
    mutating func clear() {
        stamp += 1
        pcs.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
    }
}
