/// Compiles a `PatternNode` to the Pike VM's flat program (Thompson's construction).
///
/// A counted repetition such as `[^.;]{0,200}` expands to one copy of its body per count, so most of a shipped
/// pattern's program is copies. The body is compiled once; each further copy is that stretch of steps moved along,
/// sharing its classes, rather than compiled again.
struct PatternCompiler {
    /// The most instructions a compiled pattern may have; with the text length this bounds matching time.
    static let maxInstructions = 5_000

    /// Whether classes match ignoring case (their ASCII members are folded when compiled).
    private let ignoreCase: Bool
    /// The program so far.
    private(set) var steps: [PatternStep] = []
    /// The classes `set` steps name, by index.
    private(set) var sets: [ScalarSet] = []

    private init(ignoreCase: Bool) {
        self.ignoreCase = ignoreCase
    }

    /// Compiles `node` followed by `match`: the program and the classes its `set` steps name.
    static func compile(_ node: PatternNode, ignoreCase: Bool) -> (steps: [PatternStep], sets: [ScalarSet]) {
        var compiler = PatternCompiler(ignoreCase: ignoreCase)
        compiler.steps.reserveCapacity(node.programSize + 1)
        compiler.emit(node)
        compiler.steps.append(.match)
        return (compiler.steps, compiler.sets)
    }

    /// A jump to be aimed later; its index.
    private mutating func placeholder() -> Int {
        steps.append(.jump(to: -1))
        return steps.count - 1
    }

    /// Appends `node`'s steps.
    private mutating func emit(_ node: PatternNode) {
        switch node {
        case .empty:
            break
        case .scalar(let scalar):
            steps.append(.scalar(scalar))
        case .set(let set):
            steps.append(.set(set, index: sets.count, ignoreCase: ignoreCase))
            sets.append(set)
        case .any:
            steps.append(.any)
        case .whitespaceRun:
            emit(.repetition(.set(ScalarSet(items: [.space], negated: false)), min: 1, max: nil, greedy: true))
        case .assertion(let assertion):
            steps.append(.assertion(assertion))
        case .concat(let items):
            for item in items { emit(item) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (offset, branch) in branches.enumerated() {
                if offset == branches.count - 1 {
                    emit(branch)
                } else {
                    let split = placeholder()
                    emit(branch)
                    jumps.append(placeholder())
                    steps[split] = .split(preferring: split + 1, other: steps.count)
                }
            }
            for jump in jumps { steps[jump] = .jump(to: steps.count) }
        case .repetition(let inner, let low, let high, let greedy):
            emitRepetition(of: inner, min: low, max: high, greedy: greedy)
        }
    }

    /// Appends `inner` `low` times, then up to `high - low` optional copies (or a loop when `high` is nil), compiling
    /// `inner` once and copying its steps for the other copies.
    private mutating func emitRepetition(of inner: PatternNode, min low: Int, max high: Int?, greedy: Bool) {
        var body: Range<Int>?
        /// Appends one copy of `inner`: compiled the first time, moved along from the first copy after that.
        func emitCopy(_ compiler: inout PatternCompiler) {
            if let body {
                compiler.appendCopy(of: body)
            } else {
                let start = compiler.steps.count
                compiler.emit(inner)
                body = start..<compiler.steps.count
            }
        }
        for _ in 0..<low { emitCopy(&self) }
        let split = { (here: Int, after: Int) -> PatternStep in
            greedy ? .split(preferring: here + 1, other: after) : .split(preferring: after, other: here + 1)
        }
        if let high {
            var splits: [Int] = []
            for _ in low..<Swift.max(low, high) {
                splits.append(placeholder())
                emitCopy(&self)
            }
            for index in splits { steps[index] = split(index, steps.count) }
        } else {
            let index = placeholder()
            emitCopy(&self)
            steps.append(.jump(to: index))
            steps[index] = split(index, steps.count)
        }
    }

    /// Appends the steps at `range` again, their jump and split targets moved along with them; classes are shared.
    private mutating func appendCopy(of range: Range<Int>) {
        let offset = Int32(steps.count - range.lowerBound)
        for index in range { steps.append(steps[index].moved(by: offset)) }
    }
}
