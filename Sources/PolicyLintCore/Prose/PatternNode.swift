/// The parsed form of a text-rule pattern (see `PatternParser` for the subset).
indirect enum PatternNode: Sendable {
    /// Matches nothing, successfully.
    case empty
    /// One Unicode scalar (already case-folded when the pattern ignores case).
    case scalar(Unicode.Scalar)
    /// A character class.
    case set(ScalarSet)
    /// `.`: any one scalar.
    case any
    /// A literal space: one or more white-space scalars.
    case whitespaceRun
    /// A zero-width assertion.
    case assertion(PatternAssertion)
    /// One after another.
    case concat([PatternNode])
    /// The first alternative that leads to a match, left to right.
    case alternation([PatternNode])
    /// A bounded or unbounded repetition (`max` nil means no upper bound).
    case repetition(PatternNode, min: Int, max: Int?, greedy: Bool)

    /// Whether the node can match the empty string.
    var isNullable: Bool {
        switch self {
        case .empty, .assertion: return true
        case .scalar, .set, .any, .whitespaceRun: return false
        case .concat(let items): return items.allSatisfy(\.isNullable)
        case .alternation(let items): return items.contains(where: \.isNullable)
        case .repetition(let node, let min, _, _): return min == 0 || node.isNullable
        }
    }

    /// The number of VM instructions the node compiles to, saturating at `Int.max / 4`.
    var programSize: Int {
        let cap = Int.max / 4
        switch self {
        case .empty: return 0
        case .scalar, .set, .any, .assertion: return 1
        case .whitespaceRun: return 3
        case .concat(let items): return items.reduce(0) { min(cap, $0 + $1.programSize) }
        case .alternation(let items): return min(cap, items.reduce(0) { min(cap, $0 + $1.programSize + 2) })
        case .repetition(let node, let low, let high, _):
            let copies = high ?? (low + 1)
            let (product, overflow) = (node.programSize + 1).multipliedReportingOverflow(by: max(1, copies))
            return overflow ? cap : min(cap, product + 1)
        }
    }
}
