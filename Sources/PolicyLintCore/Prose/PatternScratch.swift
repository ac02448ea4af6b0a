/// Reusable storage for matching (thread lists, visit marks, the closure stack), so running many
/// patterns over many short texts does not allocate.
///
/// Not shareable between threads: make one per run, or borrow one from a `PatternScratchPool`. It also keeps each
/// pattern's lazily built automaton, so reusing a scratch across files reuses the states already made.
final class PatternScratch {
    /// Visit marks, one per instruction: an instruction is in a thread list when its mark equals the list's stamp.
    private var stamps: [Int] = []
    /// Two thread lists (instruction and match start each) and the closure stack.
    private var work: [Int] = []
    /// The last stamp handed out; stamps only grow, so marks left by earlier matches never collide.
    private var stamp = 0
    /// Each pattern's automaton, by the identity of the object that owns its program (held, so it is not reused).
    private var automata: [ObjectIdentifier: (owner: AnyObject, automaton: PatternAutomaton)] = [:]
    /// The states this scratch's automata may still make, shared by all of them, which bounds their memory.
    private let stateBudget = PatternAutomaton.Budget(states: PatternScratch.maxAutomatonStates)

    /// The most automaton states one scratch holds (each state's transition row is 512 bytes).
    static let maxAutomatonStates = 32_768

    /// Whether matching first asks an automaton whether a window holds a match (false: the VM alone decides).
    let usesAutomata: Bool

    /// Empty storage; `usesAutomata: false` leaves every answer to the VM, which suits one-off matches (an
    /// automaton's states pay for themselves only over many windows) and lets tests compare the two.
    init(usesAutomata: Bool = true) {
        self.usesAutomata = usesAutomata
    }

    /// The states of every automaton made so far.
    var automatonStates: Int { automata.values.reduce(0) { $0 + $1.automaton.stateCount } }

    /// The automaton of the program `owner` owns, made on first request.
    func automaton(for owner: AnyObject, programSize: Int) -> PatternAutomaton? {
        guard usesAutomata else { return nil }
        let key = ObjectIdentifier(owner)
        if let entry = automata[key] { return entry.automaton }
        let automaton = PatternAutomaton(programSize: programSize, budget: stateBudget)
        automata[key] = (owner, automaton)
        return automaton
    }

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
