/// A deterministic automaton, built lazily from a pattern's program, that says in one table lookup per scalar
/// whether the pattern matches anywhere in a window; the Pike VM then runs only on windows that hold a match.
///
/// A state is the set of instructions threads wait at before the next scalar (jumps, splits and assertions not
/// yet followed), whether the scalar before was a word scalar, and whether the state sits at the window's start.
/// Assertions are resolved once the next scalar is known, so `^`, `$`, `\b` and `\B` see exactly what the VM
/// sees. A new thread starts at every position, as in the VM's unanchored search. States and their ASCII
/// transitions are made on first need; past `maxStates`, or once the budget it shares with other automata is spent,
/// it gives up and the caller uses the VM.
///
/// Not shareable between threads: each `PatternScratch` keeps its own automata.
final class PatternAutomaton {
    /// The most states one automaton makes (each costs a 512-byte transition row).
    static let maxStates = 512

    /// The states a group of automata may still make between them.
    final class Budget {
        /// States left to make.
        var states: Int

        /// A budget of `states` states.
        init(states: Int) {
            self.states = states
        }
    }

    /// What a scan found out.
    enum Answer {
        /// Some match lies in the window.
        case match
        /// No match lies in the window.
        case noMatch
        /// The automaton reached its state limit; only the VM can tell.
        case unknown
    }

    /// A state's identity.
    private struct Key: Hashable {
        let waiting: [Int32]
        let previousIsWord: Bool
        let atStart: Bool
    }

    /// Transition table entries that are not state numbers.
    private static let unknownTransition: Int32 = -1
    private static let matchTransition: Int32 = -2
    private static let overflowTransition: Int32 = -3
    /// A new state's transition row, copied whole (appending 128 repeated elements went one by one).
    private static let unknownRow = [Int32](repeating: unknownTransition, count: 128)

    private var keys: [Key] = []
    private var numbers: [Key: Int32] = [:]
    /// 128 entries per state, one per ASCII scalar: the next state, or one of the markers above.
    private var table: [Int32] = []
    /// Per state: whether the window ending there holds a match (-1 not yet known, 0 no, 1 yes).
    private var acceptsAtEnd: [Int8] = []
    /// Visit marks for the closure walk, one per instruction.
    private var marks: [Int]
    private var mark = 0
    /// The closure walk's stack and the instructions found waiting, reused by every transition.
    private var stack: [Int32] = []
    private var waiting: [Int32] = []

    /// The budget new states are taken from.
    private let budget: Budget

    /// The number of states made so far.
    var stateCount: Int { keys.count }

    /// An automaton for a program of `size` instructions, with no states yet, making states while `budget` lasts.
    init(programSize size: Int, budget: Budget) {
        marks = Array(repeating: 0, count: max(1, size))
        self.budget = budget
    }

    /// Whether `program` matches anywhere in `text[window]` at or after `start`, the first position where a match can begin.
    func scan(_ program: PatternProgram, steps: UnsafeBufferPointer<PatternStep>, text: UnsafeBufferPointer<Unicode.Scalar>,
              from start: Int, window: Range<Int>) -> Answer {
        let previousIsWord = start > window.lowerBound && ScalarFolding.isWord(text[start - 1])
        guard var state = intern(Key(waiting: [], previousIsWord: previousIsWord, atStart: start == window.lowerBound)) else { return .unknown }
        var position = start
        let upper = window.upperBound
        while position < upper {
            let scalar = text[position]
            let value = scalar.value
            var next: Int32
            if value < 128 {
                let slot = Int(state) &* 128 &+ Int(value)
                next = table[slot]
                if next == Self.unknownTransition {
                    next = transition(from: state, on: scalar, program: program, steps: steps)
                    table[slot] = next
                }
            } else {
                next = transition(from: state, on: scalar, program: program, steps: steps)
            }
            if next < 0 { return next == Self.matchTransition ? .match : .unknown }
            state = next
            position += 1
        }
        let known = acceptsAtEnd[Int(state)]
        if known >= 0 { return known == 1 ? .match : .noMatch }
        let accepts = transition(from: state, on: nil, program: program, steps: steps) == Self.matchTransition
        acceptsAtEnd[Int(state)] = accepts ? 1 : 0
        return accepts ? .match : .noMatch
    }

    /// The state after `state` reads `scalar` (nil: the window ends), or `matchTransition` when a match ends before it.
    private func transition(from state: Int32, on scalar: Unicode.Scalar?, program: PatternProgram,
                            steps: UnsafeBufferPointer<PatternStep>) -> Int32 {
        let key = keys[Int(state)]
        let nextIsWord = scalar.map(ScalarFolding.isWord) ?? false
        mark += 1
        // The buffers are kept between calls; a new state's key takes a copy of `waiting`.
        stack.removeAll(keepingCapacity: true)
        stack += key.waiting
        stack.append(0)
        waiting.removeAll(keepingCapacity: true)
        while let pc = stack.popLast() {
            let index = Int(pc)
            guard index >= 0, index < steps.count, marks[index] != mark else { continue }
            marks[index] = mark
            let step = steps[index]
            switch step.operation {
            case .jump: stack.append(step.first)
            case .split:
                stack.append(step.second)
                stack.append(step.first)
            case .assertStart: if key.atStart { stack.append(pc + 1) }
            case .assertEnd: if scalar == nil { stack.append(pc + 1) }
            case .assertWordBoundary: if key.previousIsWord != nextIsWord { stack.append(pc + 1) }
            case .assertNotWordBoundary: if key.previousIsWord == nextIsWord { stack.append(pc + 1) }
            case .match: return Self.matchTransition
            case .scalar, .set, .any:
                if let scalar, program.accepts(step, scalar) { waiting.append(pc + 1) }
            }
        }
        waiting.sort()
        return intern(Key(waiting: waiting, previousIsWord: nextIsWord, atStart: false)) ?? Self.overflowTransition
    }

    /// The number of the state `key` names, made if new; nil when the automaton is full.
    private func intern(_ key: Key) -> Int32? {
        if let number = numbers[key] { return number }
        guard keys.count < Self.maxStates, budget.states > 0 else { return nil }
        budget.states -= 1
        let number = Int32(keys.count)
        keys.append(key)
        numbers[key] = number
        table.append(contentsOf: Self.unknownRow)
        acceptsAtEnd.append(-1)
        return number
    }
}
