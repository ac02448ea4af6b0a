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
    /// Each pattern's automaton once it has one, and the scalars searched for it so far, by the identity of the object
    /// that owns its program (held, so the identity is not reused).
    private var automata: [ObjectIdentifier: (owner: AnyObject, searched: Int, automaton: PatternAutomaton?)] = [:]
    /// The states this scratch's automata may still make, shared by all of them, which bounds their memory.
    private let stateBudget = PatternAutomaton.Budget(states: PatternScratch.maxAutomatonStates)

    /// The most automaton states one scratch holds (each state's transition row is 512 bytes).
    static let maxAutomatonStates = 32_768

    /// The scalars a pattern is searched over with a scratch before it gets an automaton, when matching files.
    ///
    /// An automaton state is made the first time each is reached and costs more than the VM's step, so on the text
    /// of one file, where most states are reached once or twice, the VM alone is faster; over many files the states
    /// are reused and the automaton wins. Like the lazy DFAs of RE2 and Rust's regex, which give up when they make
    /// states too often for the text they read, a pattern gets its automaton only once it has read enough text.
    static let searchedBeforeAutomaton = 16_384

    /// Whether matching first asks an automaton whether a window holds a match (false: the VM alone decides).
    let usesAutomata: Bool

    /// The scalars a pattern must have been searched over with this scratch before it gets an automaton.
    let searchedBeforeAutomaton: Int

    /// Empty storage. `usesAutomata: false` leaves every answer to the VM, which suits one-off matches and lets tests
    /// compare the two; otherwise a pattern gets an automaton once it has been searched over `searchedBeforeAutomaton`
    /// scalars with this scratch (0: at once).
    init(usesAutomata: Bool = true, searchedBeforeAutomaton: Int = 0) {
        self.usesAutomata = usesAutomata
        self.searchedBeforeAutomaton = searchedBeforeAutomaton
    }

    /// The states of every automaton made so far.
    var automatonStates: Int { automata.values.reduce(0) { $0 + ($1.automaton?.stateCount ?? 0) } }

    /// The automaton of the program `owner` owns, for a search over `scalars` more scalars; nil while the program has
    /// been searched over too few to have one (the search counts towards it).
    func automaton(for owner: AnyObject, programSize: Int, searching scalars: Int) -> PatternAutomaton? {
        guard usesAutomata else { return nil }
        let key = ObjectIdentifier(owner)
        var entry = automata[key] ?? (owner, 0, nil)
        if let automaton = entry.automaton { return automaton }
        entry.searched += scalars
        if entry.searched > searchedBeforeAutomaton {
            entry.automaton = PatternAutomaton(programSize: programSize, budget: stateBudget)
        }
        automata[key] = entry
        return entry.automaton
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
