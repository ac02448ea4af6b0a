/// A pattern compiled for the Pike VM: the flat program, its classes, and where matches can begin.
///
/// Threads advance in lock step, in priority order, so matching `n` scalars costs at most `O(n × m)`
/// steps for `m` instructions, whatever the pattern.
struct PatternProgram: Sendable {
    /// The program in the flat form the VM runs.
    let steps: [PatternStep]
    /// The classes `set` steps name, consulted only for scalars outside ASCII.
    private let sets: [ScalarSet]
    /// Whether classes match ignoring case.
    private let ignoresCase: Bool
    /// ASCII scalars 0–63 (folded when ignoring case) that can begin a match.
    private let startsLow: UInt64
    /// ASCII scalars 64–127 that can begin a match.
    private let startsHigh: UInt64
    /// Whether a match can begin with a scalar outside ASCII.
    private let otherStarts: Bool
    /// Whether every way to begin a match passes a `\b` first, so no match begins inside a word.
    private let startsAtWordBoundary: Bool

    /// Compiles a parsed pattern (Thompson's construction, straight to the flat form).
    init(_ node: PatternNode, ignoreCase: Bool) {
        let (steps, sets) = PatternCompiler.compile(node, ignoreCase: ignoreCase)
        self.steps = steps
        self.sets = sets
        ignoresCase = ignoreCase
        (startsLow, startsHigh, otherStarts) = Self.starts(of: steps, sets: sets)
        startsAtWordBoundary = Self.startsAtWordBoundary(steps)
    }

    /// The first match in `scalars[window]` (already folded when ignoring case); `^`, `$` and `\b` see only the window.
    ///
    /// When `scratch` has an automaton for the program (`owner` names it), the automaton first checks that the
    /// window holds a match at all, which is much cheaper than the VM on the many windows that hold none.
    func firstMatch(in scalars: [Unicode.Scalar], window: Range<Int>, scratch: PatternScratch, owner: AnyObject? = nil) -> Range<Int>? {
        let (lower, upper) = (window.lowerBound, window.upperBound)
        return scalars.withUnsafeBufferPointer { text in
            var position = lower
            while position < upper {
                let value = text[position].value
                if value < 128 ? startsWith(value) : otherStarts { break }
                position += 1
            }
            if position >= upper { return nil }
            return steps.withUnsafeBufferPointer { program in
                if let owner, let automaton = scratch.automaton(for: owner, programSize: program.count, searching: upper - position),
                   automaton.scan(self, steps: program, text: text, from: position, window: window) == .noMatch {
                    return nil
                }
                return scratch.withStorage(programSize: program.count) { stamps, work, stamp in
                    run(program, on: text, from: position, window: window, stamps: stamps, work: work, stamp: &stamp)
                }
            }
        }
    }

    /// Whether the consuming instruction `step` accepts `scalar` (already folded when ignoring case).
    func accepts(_ step: PatternStep, _ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch step.operation {
        case .scalar: return value == UInt32(bitPattern: step.first)
        case .set: return value < 128 ? step.containsASCII(value) : sets[Int(step.first)].contains(scalar, ignoreCase: ignoresCase)
        case .any: return true
        case .split, .jump, .assertStart, .assertEnd, .assertWordBoundary, .assertNotWordBoundary, .match: return false
        }
    }

    /// Whether some match lies in `scalars[window]`: the automaton's answer when `scratch` has one for `owner` and it
    /// can tell, the VM's otherwise.
    func hasMatch(in scalars: [Unicode.Scalar], window: Range<Int>, scratch: PatternScratch, owner: AnyObject) -> Bool {
        guard !window.isEmpty, let automaton = scratch.automaton(for: owner, programSize: steps.count, searching: window.count) else {
            return firstMatch(in: scalars, window: window, scratch: scratch) != nil
        }
        let answer = scalars.withUnsafeBufferPointer { text in
            steps.withUnsafeBufferPointer { program in
                automaton.scan(self, steps: program, text: text, from: window.lowerBound, window: window)
            }
        }
        switch answer {
        case .match: return true
        case .noMatch: return false
        case .unknown: return firstMatch(in: scalars, window: window, scratch: scratch) != nil
        }
    }

    /// The scalars a match can begin with: those the first consuming instructions accept.
    private static func starts(of program: [PatternStep], sets: [ScalarSet]) -> (UInt64, UInt64, Bool) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var other = false
        let bounded = firstConsumers(of: program, stopAtWordBoundary: false) { step in
            switch step.operation {
            case .scalar:
                let value = UInt32(bitPattern: step.first)
                if value < 64 {
                    low |= 1 << UInt64(value)
                } else if value < 128 {
                    high |= 1 << UInt64(value - 64)
                } else {
                    other = true
                }
            case .set:
                low |= step.lowASCII
                high |= step.highASCII
                let set = sets[Int(step.first)]
                if set.negated || set.items.contains(where: { if case .range(_, let top) = $0 { return top >= 128 } else { return true } }) {
                    other = true
                }
            default:
                return false
            }
            return true
        }
        return bounded ? (low, high, other) : (.max, .max, true)
    }

    /// Whether every path from the first instruction to one that consumes a scalar (or matches) passes a `\b`.
    private static func startsAtWordBoundary(_ program: [PatternStep]) -> Bool {
        firstConsumers(of: program, stopAtWordBoundary: true) { _ in false }
    }

    /// Follows every path from the first instruction through jumps, splits and assertions, handing `visit` each
    /// instruction that consumes a scalar or matches (a path ends there, or at a `\b` when `stopAtWordBoundary`);
    /// false as soon as `visit` returns false.
    private static func firstConsumers(of program: [PatternStep], stopAtWordBoundary: Bool, _ visit: (PatternStep) -> Bool) -> Bool {
        var seen = [Bool](repeating: false, count: program.count)
        var stack = [0]
        while let pc = stack.popLast() {
            guard pc >= 0, pc < program.count, !seen[pc] else { continue }
            seen[pc] = true
            let step = program[pc]
            switch step.operation {
            case .jump: stack.append(Int(step.first))
            case .split: stack += [Int(step.first), Int(step.second)]
            case .assertWordBoundary where stopAtWordBoundary: continue
            case .assertStart, .assertEnd, .assertWordBoundary, .assertNotWordBoundary: stack.append(pc + 1)
            case .match, .any, .scalar, .set: if !visit(step) { return false }
            }
        }
        return true
    }

    /// Whether an ASCII `value` is a word scalar (`ScalarFolding.isWord` for ASCII).
    @inline(__always)
    private static func isASCIIWord(_ value: UInt32) -> Bool {
        (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39) || value == 0x5F
    }

    /// Whether an ASCII `value` can begin a match.
    @inline(__always)
    private func startsWith(_ value: UInt32) -> Bool {
        value < 64 ? (startsLow >> UInt64(value)) & 1 == 1 : (startsHigh >> UInt64(value - 64)) & 1 == 1
    }

    /// The Pike VM: threads advance in lock step, in priority order, from `position` to the end of `window`.
    ///
    /// `work` holds the current and next thread lists (instruction and match start each) and the closure stack;
    /// a list's members are the instructions whose `stamps` entry equals the list's stamp.
    private func run(_ program: UnsafeBufferPointer<PatternStep>, on text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int,
                     window: Range<Int>, stamps: UnsafeMutableBufferPointer<Int>, work: UnsafeMutableBufferPointer<Int>,
                     stamp: inout Int) -> Range<Int>? {
        let size = program.count
        let upper = window.upperBound
        let stackBase = 4 * size
        var current = (pcs: 0, starts: size, count: 0, stamp: 0)
        var next = (pcs: 2 * size, starts: 3 * size, count: 0, stamp: 0)
        stamp += 1
        current.stamp = stamp
        stamp += 1
        next.stamp = stamp
        var position = start
        var matched: Range<Int>?
        while true {
            if matched == nil {
                if current.count == 0 {
                    // No thread is alive, so skip where no match can begin: at an ASCII scalar no match begins with,
                    // or inside a word (between two ASCII word scalars) when every match begins at `\b`.
                    while position < upper {
                        let value = text[position].value
                        if value >= 128 { break }
                        if startsWith(value) {
                            guard startsAtWordBoundary, position > window.lowerBound, Self.isASCIIWord(value) else { break }
                            let previous = text[position - 1].value
                            guard previous < 128, Self.isASCIIWord(previous) else { break }
                        }
                        position += 1
                    }
                }
                addThread(0, start: position, at: position, to: &current, program: program, text: text, window: window,
                          stamps: stamps, work: work, stackBase: stackBase)
            }
            if current.count == 0 {
                if matched != nil || position >= upper { break }
                stamp += 1
                current.stamp = stamp
                position += 1
                continue
            }
            stamp += 1
            next.stamp = stamp
            next.count = 0
            let scalar: UInt32 = position < upper ? text[position].value : UInt32.max
            scan: for entry in 0..<current.count {
                let pc = work[current.pcs + entry]
                let threadStart = work[current.starts + entry]
                let step = program[pc]
                let advances: Bool
                switch step.operation {
                case .match:
                    matched = threadStart..<position
                    break scan
                case .scalar: advances = scalar == UInt32(bitPattern: step.first)
                case .set:
                    if scalar < 128 {
                        advances = step.containsASCII(scalar)
                    } else if scalar == UInt32.max {
                        advances = false
                    } else {
                        advances = sets[Int(step.first)].contains(text[position], ignoreCase: ignoresCase)
                    }
                case .any: advances = scalar != UInt32.max
                case .split, .jump, .assertStart, .assertEnd, .assertWordBoundary, .assertNotWordBoundary: advances = false
                }
                if advances {
                    addThread(pc + 1, start: threadStart, at: position + 1, to: &next, program: program, text: text, window: window,
                              stamps: stamps, work: work, stackBase: stackBase)
                }
            }
            if position >= upper { break }
            swap(&current, &next)
            position += 1
        }
        return matched
    }

    /// Adds the thread at `pc` and everything reachable without consuming a scalar, in priority order.
    @inline(__always)
    private func addThread(_ pc: Int, start: Int, at position: Int, to list: inout (pcs: Int, starts: Int, count: Int, stamp: Int),
                           program: UnsafeBufferPointer<PatternStep>, text: UnsafeBufferPointer<Unicode.Scalar>, window: Range<Int>,
                           stamps: UnsafeMutableBufferPointer<Int>, work: UnsafeMutableBufferPointer<Int>, stackBase: Int) {
        var depth = 1
        work[stackBase] = pc
        while depth > 0 {
            depth -= 1
            let top = work[stackBase + depth]
            guard top >= 0, top < program.count, stamps[top] != list.stamp else { continue }
            stamps[top] = list.stamp
            let step = program[top]
            switch step.operation {
            case .jump:
                work[stackBase + depth] = Int(step.first)
                depth += 1
            case .split:
                work[stackBase + depth] = Int(step.second)
                work[stackBase + depth + 1] = Int(step.first)
                depth += 2
            case .assertStart:
                if position == window.lowerBound {
                    work[stackBase + depth] = top + 1
                    depth += 1
                }
            case .assertEnd:
                if position == window.upperBound {
                    work[stackBase + depth] = top + 1
                    depth += 1
                }
            case .assertWordBoundary, .assertNotWordBoundary:
                let before = position > window.lowerBound && ScalarFolding.isWord(text[position - 1])
                let after = position < window.upperBound && ScalarFolding.isWord(text[position])
                if (before != after) == (step.operation == .assertWordBoundary) {
                    work[stackBase + depth] = top + 1
                    depth += 1
                }
            case .scalar, .set, .any, .match:
                work[list.pcs + list.count] = top
                work[list.starts + list.count] = start
                list.count += 1
            }
        }
    }
}
