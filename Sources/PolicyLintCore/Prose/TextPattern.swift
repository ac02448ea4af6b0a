/// A compiled text-rule pattern, matched by a Pike VM in time linear in the text.
///
/// Matching a window of `n` scalars costs at most `O(n × m)` steps for a program of `m`
/// instructions (`m` is capped by `PatternCompiler.maxInstructions`), whatever the pattern:
/// the VM runs every alternative in lock step instead of backtracking, so patterns such as
/// `(a+)+$` cannot blow up. The leftmost match wins; among matches starting there, the one
/// the pattern prefers (greedy or lazy quantifiers, earlier alternatives first), as in Perl.
public struct TextPattern: Sendable {
    /// The pattern as written.
    public let source: String
    /// Whether matching ignores case.
    public let ignoresCase: Bool
    let program: [PatternInstruction]
    /// ASCII scalars (folded when ignoring case) that can begin a match.
    private let asciiStarts: [Bool]
    /// Whether a match can begin with a scalar outside ASCII.
    private let otherStarts: Bool
    /// Literals one of which every match contains, when the pattern has them.
    private let literals: [[Unicode.Scalar]]?

    /// Parses and compiles `source`; a case-insensitive pattern is matched against folded text.
    public init(_ source: String, ignoreCase: Bool = true) throws(PatternSyntaxError) {
        var parser = PatternParser(source, ignoreCase: ignoreCase)
        let node = try parser.parse()
        let length = source.unicodeScalars.count
        if node.isNullable {
            throw PatternSyntaxError(message: "the pattern can match empty text, so it would match everywhere", offset: 0, length: max(1, length))
        }
        if node.programSize > PatternCompiler.maxInstructions {
            throw PatternSyntaxError(message: "the pattern is too large once its repetitions are expanded (over \(PatternCompiler.maxInstructions) steps); use smaller bounds",
                                     offset: 0, length: max(1, length))
        }
        self.source = source
        self.ignoresCase = parser.ignoreCase
        literals = RequiredLiterals.of(node)
        let program = PatternCompiler.compile(node)
        self.program = program
        (asciiStarts, otherStarts) = Self.starts(of: program, ignoreCase: parser.ignoreCase)
    }

    /// The scalars a match can begin with: those the first consuming instructions accept.
    private static func starts(of program: [PatternInstruction], ignoreCase: Bool) -> ([Bool], Bool) {
        var ascii = Array(repeating: false, count: 128)
        var other = false
        var seen = Set<Int>()
        var stack = [0]
        while let pc = stack.popLast() {
            guard pc < program.count, seen.insert(pc).inserted else { continue }
            switch program[pc] {
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack += [first, second]
            case .assert: stack.append(pc + 1)
            case .match, .any: return (Array(repeating: true, count: 128), true)
            case .scalar(let scalar):
                if scalar.value < 128 { ascii[Int(scalar.value)] = true } else { other = true }
            case .set(let set):
                for value in 0..<128 {
                    if let scalar = Unicode.Scalar(value), set.contains(scalar, ignoreCase: ignoreCase) { ascii[value] = true }
                }
                if set.negated || set.items.contains(where: { if case .range(_, let high) = $0 { return high >= 128 } else { return true } }) {
                    other = true
                }
            }
        }
        return (ascii, other)
    }

    /// The first match in `text[range]`, as a range of scalar offsets; `^`, `$` and `\b` see only the window.
    public func firstMatch(in text: ProseText, range: Range<Int>) -> Range<Int>? {
        firstMatch(in: text, range: range, scratch: PatternScratch())
    }

    /// `firstMatch(in:range:)` reusing `scratch`'s storage.
    func firstMatch(in text: ProseText, range: Range<Int>, scratch: PatternScratch) -> Range<Int>? {
        let scalars = ignoresCase ? text.folded : text.scalars
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        let window = lower..<upper
        if let literals, !RequiredLiterals.any(literals, in: scalars, range: window) { return nil }
        var position = lower
        while position < upper {
            let value = scalars[position].value
            if value < 128 ? asciiStarts[Int(value)] : otherStarts { break }
            position += 1
        }
        if position >= upper { return nil }
        var (current, next) = scratch.lists(for: program.count)
        defer { scratch.keep(current, next) }
        var matched: Range<Int>?
        while true {
            if matched == nil { addThread(&current, pc: 0, start: position, at: position, scalars: scalars, window: window) }
            if current.isEmpty {
                if matched != nil || position >= upper { break }
                current.clear()
                position += 1
                continue
            }
            next.clear()
            let scalar: Unicode.Scalar? = position < upper ? scalars[position] : nil
            scan: for entry in 0..<current.count {
                let (pc, start) = current.thread(entry)
                let advances: Bool
                switch program[pc] {
                case .match:
                    matched = start..<position
                    break scan
                case .scalar(let wanted): advances = scalar == wanted
                case .set(let set): advances = scalar.map { set.contains($0, ignoreCase: ignoresCase) } ?? false
                case .any: advances = scalar != nil
                case .split, .jump, .assert: advances = false
                }
                if advances { addThread(&next, pc: pc + 1, start: start, at: position + 1, scalars: scalars, window: window) }
            }
            if position >= upper { break }
            swap(&current, &next)
            position += 1
        }
        return matched
    }

    /// Whether the pattern matches anywhere in `text[range]`.
    public func matches(in text: ProseText, range: Range<Int>) -> Bool {
        firstMatch(in: text, range: range) != nil
    }

    /// `matches(in:range:)` reusing `scratch`'s storage.
    func matches(in text: ProseText, range: Range<Int>, scratch: PatternScratch) -> Bool {
        firstMatch(in: text, range: range, scratch: scratch) != nil
    }

    /// Adds the thread at `pc` and everything reachable without consuming a scalar, in priority order.
    private func addThread(_ list: inout ThreadList, pc: Int, start: Int, at position: Int, scalars: [Unicode.Scalar], window: Range<Int>) {
        var stack = list.takeStack()
        defer { list.returnStack(stack) }
        stack.append(pc)
        while let top = stack.popLast() {
            guard list.mark(top) else { continue }
            switch program[top] {
            case .jump(let target):
                stack.append(target)
            case .split(let preferred, let other):
                stack.append(other)
                stack.append(preferred)
            case .assert(let assertion):
                if holds(assertion, at: position, scalars: scalars, window: window) { stack.append(top + 1) }
            case .scalar, .set, .any, .match:
                list.append(top, start: start)
            }
        }
    }

    private func holds(_ assertion: PatternAssertion, at position: Int, scalars: [Unicode.Scalar], window: Range<Int>) -> Bool {
        switch assertion {
        case .start: return position == window.lowerBound
        case .end: return position == window.upperBound
        case .wordBoundary, .notWordBoundary:
            let before = position > window.lowerBound && ScalarFolding.isWord(scalars[position - 1])
            let after = position < window.upperBound && ScalarFolding.isWord(scalars[position])
            return (before != after) == (assertion == .wordBoundary)
        }
    }
}
