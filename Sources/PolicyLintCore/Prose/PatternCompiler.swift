/// Compiles a `PatternNode` to Pike VM instructions (Thompson's construction).
struct PatternCompiler {
    /// The most instructions a compiled pattern may have; with the text length this bounds matching time.
    static let maxInstructions = 5_000

    private(set) var program: [PatternInstruction] = []

    /// Compiles `node` followed by `match`.
    static func compile(_ node: PatternNode) -> [PatternInstruction] {
        var compiler = PatternCompiler()
        compiler.emit(node)
        compiler.program.append(.match)
        return compiler.program
    }

    private mutating func placeholder() -> Int {
        program.append(.jump(-1))
        return program.count - 1
    }

    private mutating func emit(_ node: PatternNode) {
        switch node {
        case .empty:
            break
        case .scalar(let scalar):
            program.append(.scalar(scalar))
        case .set(let set):
            program.append(.set(set))
        case .any:
            program.append(.any)
        case .whitespaceRun:
            emit(.repetition(.set(ScalarSet(items: [.space], negated: false)), min: 1, max: nil, greedy: true))
        case .assertion(let assertion):
            program.append(.assert(assertion))
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
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repetition(let inner, let low, let high, let greedy):
            for _ in 0..<low { emit(inner) }
            if let high {
                var splits: [Int] = []
                for _ in low..<max(low, high) {
                    splits.append(placeholder())
                    emit(inner)
                }
                for split in splits {
                    program[split] = greedy ? .split(split + 1, program.count) : .split(program.count, split + 1)
                }
            } else {
                let split = placeholder()
                emit(inner)
                program.append(.jump(split))
                program[split] = greedy ? .split(split + 1, program.count) : .split(program.count, split + 1)
            }
        }
    }
}
